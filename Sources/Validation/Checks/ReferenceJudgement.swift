/// How a figure (or a value derived from it) compares with a reference value, and what to say about
/// the reference: its edition, price basis, and whether the article is later than the edition.
struct ReferenceJudgement {
    var verdict: Verdict
    var deviation: Double?
    /// A sentence on the numbers: how far apart, against which tolerance, and why the verdict.
    var reasoning: String

    /// What the numbers say, before any wording: one decision, worded in either language.
    enum Outcome {
        /// Close to the reference, within tolerance (and a bound met).
        case close
        /// A bound the reference meets, but far from it: true, an over- or understatement.
        case boundHolds
        /// Beyond tolerance, within what a newer edition of estimates can explain.
        case withinRevision
        /// Beyond tolerance (and revision).
        case apart

        var verdict: Verdict {
            switch self {
            case .close: return .consistent
            case .boundHolds, .withinRevision: return .compatible
            case .apart: return .conflict
            }
        }
    }

    /// Judges a stated range against a reference value.
    ///
    /// - Parameters:
    ///   - range: What the figure allows.
    ///   - reference: The reference value.
    ///   - tolerance: The tolerance.
    ///   - laterEdition: Whether the article is later than the reference's edition and the value is an
    ///     estimate, so that a newer edition may differ.
    ///   - options: For the revision allowance.
    init(_ range: StatedRange, against reference: Double, tolerance: Tolerance, laterEdition: Bool,
         options: ValidationOptions, format: (Double) -> String, language: ExplanationLanguage = .en) {
        let deviation = Check.deviation(range.central, from: reference)
        let gap = range.gap(to: StatedRange(value: reference))
        let close = abs(deviation ?? .infinity) <= tolerance.percent + 1e-9
        let revisionLimit = tolerance.value + options.revisionAllowance
        let outcome: Outcome
        if close && gap <= tolerance.value {
            outcome = .close
        } else if gap <= tolerance.value {
            outcome = .boundHolds
        } else if laterEdition && gap <= revisionLimit {
            outcome = .withinRevision
        } else {
            outcome = .apart
        }
        self.deviation = deviation
        verdict = outcome.verdict
        reasoning = language == .fr
            ? Self.french(outcome, range, deviation: deviation, gap: gap, tolerance: tolerance, laterEdition: laterEdition, revisionLimit: revisionLimit)
            : Self.english(outcome, range, deviation: deviation, gap: gap, tolerance: tolerance, laterEdition: laterEdition, revisionLimit: revisionLimit)
    }

    /// The outcome in English.
    private static func english(_ outcome: Outcome, _ range: StatedRange, deviation: Double?, gap: Double,
                                tolerance: Tolerance, laterEdition: Bool, revisionLimit: Double) -> String {
        let apart = deviation.map { Wording.percent(abs($0)) + ($0 < 0 ? " below" : " above") + " the reference" } ?? "not comparable"
        let away = range.isPoint ? "the figure is \(apart)"
            : "the figure's \(range.shapeNoun) is \(Wording.percent(gap * 100)) away from the reference value"
        switch outcome {
        case .close:
            return range.isPoint
                ? "the figure is \(apart), \(tolerance.phrase(true))"
                : "the reference value meets the figure's \(range.shapeNoun) and is close to it (\(apart)), \(tolerance.phrase(true))"
        case .boundHolds:
            let how = range.isUpperBound ? "an overstatement" : "an understatement"
            return "the reference value meets the figure's \(range.shapeNoun), so the statement holds, "
                + "but the bound is \(apart) (\(tolerance.phrase(false))): true, and \(how) of what the reference gives"
        case .withinRevision:
            return away + ", \(tolerance.phrase(false)) but within the \(Wording.percent(revisionLimit * 100)) a newer edition of estimates can explain"
        case .apart:
            return away + ", \(tolerance.phrase(false))" + (laterEdition ? ", more than a newer edition of estimates is likely to explain" : "")
        }
    }

    /// The outcome in French.
    private static func french(_ outcome: Outcome, _ range: StatedRange, deviation: Double?, gap: Double,
                               tolerance: Tolerance, laterEdition: Bool, revisionLimit: Double) -> String {
        let apart = deviation.map { Wording.percent(abs($0), in: .fr) + ($0 < 0 ? " en dessous de" : " au-dessus de") + " la référence" }
            ?? "non comparable"
        let shape = "la " + range.shapeFR.dropFirst(4)
        let away = range.isPoint ? "le chiffre est \(apart)"
            : "\(shape) du chiffre est à \(Wording.percent(gap * 100, in: .fr)) de la valeur de référence"
        switch outcome {
        case .close:
            return range.isPoint
                ? "le chiffre est \(apart), \(tolerance.phraseFR(true))"
                : "la valeur de référence respecte \(shape) du chiffre et en est proche (\(apart)), \(tolerance.phraseFR(true))"
        case .boundHolds:
            let how = range.isUpperBound ? "surestime" : "sous-estime"
            return "la valeur de référence respecte \(shape) du chiffre, l'énoncé tient donc, "
                + "mais la borne est \(apart) (\(tolerance.phraseFR(false))) : vrai, mais il \(how) ce que donne la référence"
        case .withinRevision:
            let limit = Wording.percent(revisionLimit * 100, in: .fr)
            return away + ", \(tolerance.phraseFR(false)) mais dans les \(limit) qu'une nouvelle édition des estimations peut expliquer"
        case .apart:
            return away + ", \(tolerance.phraseFR(false))" + (laterEdition ? ", plus qu'une nouvelle édition des estimations ne l'expliquerait" : "")
        }
    }

    /// Whether an article is later than a reference edition and the value is an estimate.
    static func isLaterEdition(_ claim: Claim, _ value: ReferenceValue, in table: ReferenceTable) -> Bool {
        guard value.isEstimate, let date = claim.date, table.sources.indices.contains(value.source),
              let year = table.sources[value.source].editionYear else { return false }
        return date.year > year
    }

    /// "NATO's … 2024 edition (file.csv) gives 506.7 billion USD at current prices and exchange
    /// rates, an estimate".
    static func describe(_ value: ReferenceValue, in table: ReferenceTable, format: (Double) -> String,
                         language: ExplanationLanguage = .en) -> String {
        let source = table.sources.indices.contains(value.source) ? table.sources[value.source] : nil
        if language == .fr {
            var text = (source.map { "\($0.edition) (\($0.name))" } ?? "la référence") + " donne " + format(value.value)
            if value.basis != .notApplicable { text += " à \(value.basis.french)" }
            if value.isEstimate { text += ", une estimation" }
            return text
        }
        var text = (source.map { "\($0.edition) (\($0.name))" } ?? "the reference") + " gives " + format(value.value)
        if value.basis != .notApplicable { text += " at \(value.basis)" }
        if value.isEstimate { text += ", an estimate" }
        return text
    }

    /// The note on a later edition: what the article may quote instead.
    static func laterEditionNote(_ claim: Claim, _ value: ReferenceValue, in table: ReferenceTable,
                                 language: ExplanationLanguage = .en) -> String {
        guard let date = claim.date, table.sources.indices.contains(value.source),
              let year = table.sources[value.source].editionYear else { return "" }
        if language == .fr {
            return " L'article (\(date)) est postérieur à cette édition \(year) et la valeur est une estimation : l'article cite "
                + "probablement une édition plus récente, qui révise les estimations et peut exprimer les prix constants dans une autre année de base."
        }
        return " The article (\(date)) is later than this \(year) edition and the value is an estimate: the article "
            + "likely quotes a newer edition, which revises estimates and may restate constant prices in another base year."
    }
}
