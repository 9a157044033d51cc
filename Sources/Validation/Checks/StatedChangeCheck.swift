/// A level and the change stated with it in one sentence: "485 milliards de dollars en 2024, soit
/// une augmentation de près de 20 % par rapport à 2023".
struct ChangeStatement: Sendable {
    /// The index of the level's claim.
    var level: Int
    /// The index of the change's claim.
    var change: Int
}

/// Check 3: a value with a stated change against the previous period's value found elsewhere.
///
/// "485 milliards en 2024, +20 % par rapport à 2023" implies 485 / 1.20 ≈ 404.2 milliards in 2023;
/// that is compared with every other statement of the same quantity for 2023 (in any article) and
/// with the reference data for 2023.
enum StatedChangeCheck {
    /// How many other statements of the previous period are compared with, at most.
    static let maxComparisons = 3

    static func run(
        _ statement: ChangeStatement, claims: [Claim], byKey: [ClaimKey: [Int]], table: ReferenceTable,
        options: ValidationOptions
    ) -> [Check] {
        let level = claims[statement.level]
        let change = claims[statement.change]
        guard let key = level.key, let year = (level.period ?? change.period), year.first == year.last else { return [] }
        let base = change.basePeriod ?? year.first - 1
        let signed = StatedRange(change: change.figure).central
        let factor = 1 + signed / 100
        let currency = level.figure.currency
        let tolerance = Tolerance(base: options.tolerance, claims: [level, change])
        let lang = options.language(for: level)
        let semi = Wording.say(lang, "; ", " ; ")
        var intro = ReferenceCheck.gives(level, lang) + Wording.say(lang, " with a change of ", " avec une variation de ")
            + Wording.quote(change) + Wording.say(lang, " on \(base)", " par rapport à \(base)")
        guard factor > 0 else {
            return [Check(kind: .statedChange, verdict: .unverifiable, key: key.description,
                          figure: SameQuantityCheck.statement(level), other: SameQuantityCheck.statement(change),
                          explanation: intro + semi + Wording.say(lang, "a fall of 100% or more leaves no previous value to compare.",
                                                                  "une baisse de 100\u{A0}% ou plus ne laisse aucune valeur antérieure à comparer."))]
        }
        let implied = level.value / factor
        intro += Wording.say(lang, ", which implies about ", ", soit environ ") + Wording.amount(implied, currency, in: lang)
            + Wording.say(lang, " in ", " en ") + "\(base) "
            + "(\(Wording.amount(level.value, currency, in: lang)) / \(Wording.decimal(factor, places: 4, in: lang)))"
        var previousKey = key
        previousKey.period = String(base)
        var checks: [Check] = []
        let others = (byKey[previousKey] ?? []).sorted { SameQuantityCheck.order(claims[$0], claims[$1]) }
        for index in others.prefix(maxComparisons) {
            let other = claims[index]
            let t = Tolerance(base: options.tolerance, claims: [level, change, other])
            let b = StatedRange(other.figure)
            let a = StatedRange(value: implied)
            let deviation = Check.deviation(implied, from: b.central)
            let gap = a.gap(to: b)
            let close = abs(deviation ?? .infinity) <= t.percent + 1e-9
            let verdict: Verdict = close && gap <= t.value ? .consistent : (gap <= t.value ? .compatible : .conflict)
            let apart = deviation.map { Wording.signedPercent($0, in: lang) } ?? "?"
            var text = intro + semi + Wording.say(lang,
                "\(Wording.source(other)) gives \(Wording.quote(other)) for \(base): the implied value is \(apart) from it, ",
                "\(Wording.source(other)) donne \(Wording.quote(other)) pour \(base) : la valeur déduite en est à \(apart), ")
            switch verdict {
            case .consistent: text += t.phrase(true, in: lang) + "."
            case .compatible: text += Wording.say(lang, "and \(Wording.quote(other)) is \(b.shape) that allows it.",
                                                  "et \(Wording.quote(other)) est \(b.shapeFR) qui l'admet.")
            default: text += t.phrase(false, in: lang) + "."
            }
            checks.append(Check(
                kind: .statedChange, verdict: verdict, key: key.description, figure: SameQuantityCheck.statement(level),
                other: SameQuantityCheck.statement(other), compared: implied, expected: b.central, unit: currency ?? "",
                deviationPercent: deviation, tolerancePercent: t.percent, basis: "the other article",
                explanation: text))
        }
        if let subject = level.subject, let measure = level.measure, table.covers(subject, .level(measure)) {
            let bases = table.bases(subject, measure, year: base, currency: currency)
            let basis = bases.first { level.isReal ? $0.isConstant : $0 == .current } ?? bases.first
            if let basis, let point = table.level(subject, measure, year: base, currency: currency, basis: basis) {
                let value = ReferenceValue(point)
                let later = ReferenceJudgement.isLaterEdition(level, value, in: table)
                let format = { (v: Double) in Wording.amount(v, currency, in: lang) }
                let judgement = ReferenceJudgement(StatedRange(value: implied), against: point.value, tolerance: tolerance,
                                                   laterEdition: later, options: options, format: format, language: lang)
                var text = intro + semi + ReferenceJudgement.describe(value, in: table, format: format, language: lang)
                    + Wording.say(lang, " for \(base): ", " pour \(base) : ") + judgement.reasoning + "."
                if later { text += ReferenceJudgement.laterEditionNote(level, value, in: table, language: lang) }
                let source = table.sources.indices.contains(point.source) ? table.sources[point.source] : nil
                checks.append(Check(
                    kind: .statedChange, verdict: judgement.verdict, key: key.description,
                    figure: SameQuantityCheck.statement(level),
                    other: Check.Statement(source: source?.name ?? "reference", text: point.label, value: .computed(point.value)),
                    compared: implied, expected: point.value, unit: currency ?? "", deviationPercent: judgement.deviation,
                    tolerancePercent: tolerance.percent,
                    basis: [source?.edition, point.basis.description, point.isEstimate ? "estimate" : nil].compactMap { $0 }.joined(separator: "; "),
                    explanation: text))
            }
        }
        if checks.isEmpty {
            checks.append(Check(
                kind: .statedChange, verdict: .unverifiable, key: key.description,
                figure: SameQuantityCheck.statement(level), other: SameQuantityCheck.statement(change),
                compared: implied, unit: currency ?? "", tolerancePercent: tolerance.percent,
                explanation: intro + semi + Wording.say(lang,
                    "no article and no reference data give \(Wording.topic(level).replacingYear(year.first, with: base)), so there is nothing to compare it with.",
                    "aucun article et aucune donnée de référence ne donnent \(Wording.topic(level, in: .fr).replacingYear(year.first, with: base, word: " en ")), il n'y a donc rien à comparer.")))
        }
        return checks
    }
}

extension String {
    /// The text with " in YEAR" replaced by " in OTHER".
    fileprivate func replacingYear(_ year: Int, with other: Int, word: String = " in ") -> String {
        let needle = word + "\(year)"
        guard let range = firstRange(of: needle) else { return self + word + "\(other)" }
        var text = self
        text.replaceSubrange(range, with: word + "\(other)")
        return text
    }
}
