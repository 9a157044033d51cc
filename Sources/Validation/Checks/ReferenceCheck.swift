import Money

/// Check 4: a figure against reference data for the same subject, measure and year, saying which
/// edition and price basis the reference uses.
///
/// Amounts are compared at current prices unless the sentence says constant prices or real terms;
/// changes are compared with the reference's change over the same years (nominal, or real when the
/// sentence says so); spending added since a year is compared with the sum of each year's spending
/// above that year's, at constant prices (NATO's convention). An amount in another currency than
/// the reference's is converted at the ECB average of the year, and the explanation says so.
enum ReferenceCheck {
    static func run(
        _ claim: Claim, table: ReferenceTable, rates: ConversionRates, options: ValidationOptions
    ) -> Check? {
        guard let key = claim.key, let subject = claim.subject, let measure = claim.measure else { return nil }
        // A measure carried from an earlier amount is a guess, not a statement to hold against the reference.
        if claim.measureIsCarried { return nil }
        // An amount by which spending changes ("augmentera de 3,1 milliards") is not a level.
        if claim.figure.kind == .money, claim.figure.change != nil, !measure.isCumulative { return nil }
        let tolerance = Tolerance(base: options.tolerance, claims: [claim])
        let lang = options.language(for: claim)
        let who = lang == .fr ? Wording.nameFR(subject) : Wording.name(subject)
        switch (key.form, measure) {
        case (.money, .defenceSpending), (.money, .militaryAid):
            guard let year = claim.period, year.first == year.last,
                  table.covers(subject, .level(measure)) else { return nil }
            return level(claim, key, subject, measure, year: year.first, table: table, rates: rates, tolerance: tolerance, options: options)
        case (.percentChange, .defenceSpending):
            guard let year = claim.period?.last, let base = claim.basePeriod, table.covers(subject, .level(measure)) else { return nil }
            guard let value = table.change(subject, measure, from: base, to: year, currency: nil, real: claim.isReal) else {
                return missing(claim, key, Wording.say(lang,
                    "the reference has no \(claim.isReal ? "real" : "nominal") change of \(who)'s defence spending from \(base) to \(year)",
                    "la référence n'a pas de variation \(claim.isReal ? "réelle" : "nominale") des dépenses de défense de \(who) de \(base) à \(year)"), lang)
            }
            let range = StatedRange(change: claim.figure)
            var note = ""
            if !claim.isReal, base == year - 1, let real = table.change(subject, measure, from: base, to: year, currency: value.currency, real: true) {
                note = Wording.say(lang, " In real terms (\(real.basis)) the reference gives ", " En termes réels (\(real.basis.named(in: .fr))), la référence donne ")
                    + Wording.signedPercent(real.value, in: lang) + "."
            }
            return judged(claim, key, range, range.central, value, table: table, tolerance: tolerance, options: options,
                          unit: "%", format: { Wording.signedPercent($0, in: lang) }, note: note,
                          basisWords: claim.isReal ? Wording.say(lang, "real", "réelle") : Wording.say(lang, "nominal", "nominale"), lang)
        case (.percent, .shareOfGDP):
            guard let year = claim.period, year.first == year.last, table.covers(subject, .level(.shareOfGDP)) else { return nil }
            guard let point = table.values(subject, .level(.shareOfGDP), year: year.first).first else {
                return missing(claim, key, Wording.say(lang, "the reference has no share of GDP of \(who) for \(year)",
                                                       "la référence n'a pas de part du PIB de \(who) pour \(year)"), lang)
            }
            return judged(claim, key, StatedRange(claim.figure), claim.value, ReferenceValue(point), table: table,
                          tolerance: tolerance, options: options, unit: "%", format: { Wording.percent($0, in: lang) }, note: "",
                          basisWords: nil, lang)
        case (.money, .addedSpending(let since)):
            guard let since, let currency = claim.figure.currency, table.covers(subject, .level(.defenceSpending)) else { return nil }
            guard let through = claim.period?.last ?? claim.date.map({ $0.year - 1 }) else { return nil }
            let bases = table.bases(subject, .defenceSpending, year: since, currency: currency)
            let preferred = bases.first(where: \.isConstant) ?? bases.first
            guard let basis = preferred, let value = table.added(subject, since: since, through: through, currency: currency, basis: basis) else {
                return missing(claim, key, Wording.say(lang,
                    "the reference cannot give \(who)'s spending above \(since) for every year to \(through) in \(currency)",
                    "la référence ne donne pas les dépenses de \(who) au-dessus de \(since) pour chaque année jusqu'à \(through) en \(currency)"), lang)
            }
            var note = Wording.say(lang, " NATO states spending added since \(since) at constant prices, so the constant-price series is used.",
                                   " L'OTAN donne les dépenses ajoutées depuis \(since) à prix constants : la série à prix constants est utilisée.")
            if let other = bases.first(where: { $0 != basis }),
               let alt = table.added(subject, since: since, through: through, currency: currency, basis: other) {
                note += Wording.say(lang, " At \(other) the same sum is \(Wording.amount(alt.value, currency)): the price basis matters.",
                                    " À \(other.french), la même somme est de \(Wording.amount(alt.value, currency, in: .fr)) : la base de prix compte.")
            }
            return judged(claim, key, StatedRange(claim.figure), claim.value, value, table: table, tolerance: tolerance,
                          options: options, unit: currency, format: { Wording.amount($0, currency, in: lang) }, note: note,
                          basisWords: nil, lang)
        default:
            return nil
        }
    }

    /// An amount in a year against the reference level, converted when the currencies differ.
    private static func level(
        _ claim: Claim, _ key: ClaimKey, _ subject: Subject, _ measure: Measure, year: Int, table: ReferenceTable,
        rates: ConversionRates, tolerance: Tolerance, options: ValidationOptions
    ) -> Check? {
        guard let currency = claim.figure.currency else { return nil }
        let lang = options.language(for: claim)
        let who = lang == .fr ? Wording.nameFR(subject) : Wording.name(subject)
        let wanted: (PriceBasis) -> Bool = { claim.isReal ? $0.isConstant : $0 == .current }
        var bases = table.bases(subject, measure, year: year, currency: currency)
        var code = currency
        var factor = 1.0
        var conversionNote = ""
        if bases.isEmpty {
            // The reference is in another currency: convert the figure at the ECB average of the year.
            let others = table.values(subject, .level(measure), year: year).compactMap(\.currency)
            guard let target = others.contains("USD") ? "USD" : others.first else {
                return missing(claim, key, Wording.say(lang, "the reference gives \(who)'s \(measure.name) for other years, not \(year)",
                    "la référence donne \(MeasureNames.name(measure.id, in: .fr)) de \(who) pour d'autres années, pas pour \(year)"), lang)
            }
            guard case .available(let converter, _) = rates else {
                return missing(claim, key, Wording.say(lang,
                    "the reference gives it in \(target), not \(currency), and no exchange rates are available to convert",
                    "la référence la donne en \(target), pas en \(currency), et aucun taux de change n'est disponible pour convertir"), lang)
            }
            let lookup = converter.rate(from: currency, to: target, averageOf: year)
            guard let rate = lookup.rate?.ratio.doubleValue else {
                return missing(claim, key, Wording.say(lang, "the reference gives it in \(target), and there is no \(currency)/\(target) average for \(year): ",
                    "la référence la donne en \(target), et il n'y a pas de moyenne \(currency)/\(target) pour \(year) : ")
                    + lookup.warnings.map(\.description).joined(separator: "; "), lang)
            }
            code = target
            factor = rate
            bases = table.bases(subject, measure, year: year, currency: target)
            conversionNote = Wording.say(lang,
                " The figure is converted to \(target) at the ECB average of \(year) (\(Wording.rate(rate)) \(target) per \(currency)): ",
                " Le chiffre est converti en \(target) au taux moyen BCE de \(year) (\(Wording.rate(rate, in: .fr)) \(target) pour 1 \(currency)) : ")
                + "\(Wording.amount(claim.value * rate, target, in: lang))."
        }
        guard let basis = bases.first(where: wanted) ?? bases.first,
              let point = table.level(subject, measure, year: year, currency: code, basis: basis) else { return nil }
        var note = conversionNote
        if !wanted(basis) {
            note += Wording.say(lang, " The reference has no value at \(claim.isReal ? "constant" : "current") prices; it is compared at \(basis).",
                                " La référence n'a pas de valeur à prix \(claim.isReal ? "constants" : "courants") ; la comparaison se fait à \(basis.french).")
        }
        if let other = bases.first(where: { $0 != basis }),
           let alt = table.level(subject, measure, year: year, currency: code, basis: other) {
            note += Wording.say(lang,
                " The article's amount is read as \(claim.isReal ? "real (constant prices)" : "nominal (current prices)"); at \(other) the reference gives ",
                " Le montant de l'article est lu comme \(claim.isReal ? "réel (prix constants)" : "nominal (prix courants)") ; à \(other.french), la référence donne ")
                + "\(Wording.amount(alt.value, code, in: lang))."
        }
        let range = StatedRange(claim.figure)
        let scaled = StatedRange(low: range.low.map { $0 * factor }, high: range.high.map { $0 * factor }, central: range.central * factor)
        return judged(claim, key, scaled, claim.value * factor, ReferenceValue(point), table: table, tolerance: tolerance,
                      options: options, unit: code, format: { Wording.amount($0, code, in: lang) }, note: note, basisWords: nil, lang)
    }

    /// The row for a figure compared with a reference value.
    private static func judged(
        _ claim: Claim, _ key: ClaimKey, _ range: StatedRange, _ compared: Double, _ value: ReferenceValue,
        table: ReferenceTable, tolerance: Tolerance, options: ValidationOptions, unit: String,
        format: (Double) -> String, note: String, basisWords: String?, _ lang: ExplanationLanguage
    ) -> Check {
        let later = ReferenceJudgement.isLaterEdition(claim, value, in: table)
        let judgement = ReferenceJudgement(range, against: value.value, tolerance: tolerance, laterEdition: later,
                                           options: options, format: format, language: lang)
        let reading = basisWords.map { Wording.say(lang, " (read as \($0))", " (lue comme \($0))") } ?? ""
        var text = gives(claim, lang) + reading + Wording.say(lang, "; ", " ; ")
        text += ReferenceJudgement.describe(value, in: table, format: format, language: lang)
        text += Wording.say(lang, ": ", " : ") + judgement.reasoning + "." + note
        if later { text += ReferenceJudgement.laterEditionNote(claim, value, in: table, language: lang) }
        let source = table.sources.indices.contains(value.source) ? table.sources[value.source] : nil
        let basis = [source?.edition, value.basis == .notApplicable ? nil : value.basis.description, value.isEstimate ? "estimate" : nil]
            .compactMap { $0 }.joined(separator: "; ")
        return Check(
            kind: .reference, verdict: judgement.verdict, key: key.description,
            figure: SameQuantityCheck.statement(claim),
            other: Check.Statement(source: source?.name ?? "reference", text: value.label, value: .computed(value.value)),
            compared: compared, expected: value.value, unit: unit, deviationPercent: judgement.deviation,
            tolerancePercent: tolerance.percent, basis: basis, explanation: text)
    }

    /// A row saying the reference covers the subject and measure but not this figure.
    private static func missing(_ claim: Claim, _ key: ClaimKey, _ why: String, _ lang: ExplanationLanguage) -> Check {
        Check(kind: .reference, verdict: .unverifiable, key: key.description, figure: SameQuantityCheck.statement(claim),
              explanation: gives(claim, lang) + Wording.say(lang, "; ", " ; ") + why + ".")
    }

    /// "000.txt (2025-02-13) gives '485 milliards' for defence spending of …", in `lang`.
    static func gives(_ claim: Claim, _ lang: ExplanationLanguage) -> String {
        Wording.say(lang, "\(Wording.source(claim)) gives \(Wording.quote(claim)) for \(Wording.topic(claim))",
                    "\(Wording.source(claim)) donne \(Wording.quote(claim)) pour \(Wording.topic(claim, in: .fr))")
    }
}

extension StatedRange {
    init(low: Double?, high: Double?, central: Double) {
        self.init(value: central)
        self.low = low
        self.high = high
    }
}
