import Money

/// The exchange rates check 2 uses, or why there are none.
public enum ConversionRates: Sendable {
    /// A converter over the ECB's reference rates, and the rates' source as shown to users.
    case available(CurrencyConverter, source: String)
    /// No rates: the reason, as a sentence that says what to do ("the rates file … was not found;
    /// give --rates FILE").
    case unavailable(String)
}

/// Check 2: an amount stated twice in a text, in two currencies ("500 millions de livres sterling
/// (environ 630 millions de dollars)"), against the ECB reference rate of the article's date.
enum ConversionCheck {
    static func run(original: Claim, stated: Claim, rates: ConversionRates, options: ValidationOptions) -> Check {
        let key = original.key?.description ?? UnmatchedCheck.partialKey(original)
        let from = original.figure.currency ?? "?"
        let to = stated.figure.currency ?? "?"
        let unit = "\(to) per \(from)"
        let lang = options.language(for: original)
        let unitWords = Wording.say(lang, unit, "\(to) pour 1 \(from)")
        let tolerance = Tolerance(base: options.tolerance, claims: [original, stated])
        let statedAs = Wording.say(lang, "\(Wording.source(original)) converts \(Wording.quote(original)) to \(Wording.quote(stated))",
                                   "\(Wording.source(original)) convertit \(Wording.quote(original)) en \(Wording.quote(stated))")
        let impliedValue = original.value != 0 ? stated.value / original.value : nil
        let implied = impliedValue.map { Wording.say(lang, ", which implies ", ", soit un taux de ") + "\(Wording.rate($0, in: lang)) \(unitWords)" } ?? ""
        func unverifiable(_ why: String) -> Check {
            Check(kind: .conversion, verdict: .unverifiable, key: key, figure: statement(original),
                  other: statement(stated), compared: impliedValue, unit: unit, tolerancePercent: tolerance.percent,
                  explanation: "\(statedAs)\(implied)\(Wording.say(lang, "; ", " ; "))\(why).")
        }
        guard let date = original.date else {
            return unverifiable(Wording.say(lang,
                "the article has no date, so there is no rate of the day to compare with (give the date in the JSON Lines record or --date)",
                "l'article n'a pas de date, il n'y a donc pas de taux du jour à comparer (donnez la date dans l'enregistrement JSON Lines ou --date)"))
        }
        guard case .available(let converter, let source) = rates else {
            if case .unavailable(let why) = rates { return unverifiable(why) }
            return unverifiable(Wording.say(lang, "no rates", "aucun taux"))
        }
        let result = converter.checkStatedConversion(
            of: MoneyAmount(original.figure.value, from), statedAs: MoneyAmount(stated.figure.value, to), on: date)
        guard let reference = result.referenceRate, let deviation = result.deviationPercent,
              let impliedRate = result.impliedRate?.doubleValue else {
            let why = result.warnings.map(\.description).joined(separator: "; ")
            return unverifiable(why.isEmpty ? Wording.say(lang, "no reference rate", "aucun taux de référence") : why)
        }
        let rate = reference.ratio.doubleValue
        let fixing = reference.basis.description
        let sameDay = fixing == date.description || fixing.isEmpty
        let expectedAmount = original.value * rate
        let within = abs(deviation) <= tolerance.percent + 1e-9
        var text: String
        if lang == .fr {
            let day = sameDay ? "du \(date)" : "du \(date) (le fixing du \(fixing))"
            text = "\(statedAs), soit un taux de \(Wording.rate(impliedRate, in: .fr)) \(unitWords) ; le taux de référence \(reference.source) \(day) "
            text += "était de \(Wording.rate(rate, in: .fr)) \(unitWords), ce qui donne \(Wording.amount(expectedAmount, to, in: .fr)). "
            text += "Le montant donné est \(Wording.percent(abs(deviation), in: .fr)) \(deviation < 0 ? "en dessous" : "au-dessus"), "
            text += tolerance.phraseFR(within) + "."
        } else {
            let day = sameDay ? "on \(date)" : "on \(date) (the fixing of \(fixing))"
            text = "\(statedAs), which implies \(Wording.rate(impliedRate)) \(unit); the \(reference.source) reference rate \(day) "
            text += "was \(Wording.rate(rate)) \(unit), which gives \(Wording.amount(expectedAmount, to)). "
            text += "The stated amount is \(Wording.percent(abs(deviation))) \(deviation < 0 ? "below" : "above") that, "
            text += tolerance.phrase(within) + "."
        }
        let warnings = result.warnings.filter { !$0.blocksValue }.map(\.description)
        if !warnings.isEmpty { text += Wording.say(lang, " Note: ", " Note : ") + warnings.joined(separator: "; ") + "." }
        return Check(
            kind: .conversion, verdict: within ? .consistent : .conflict, key: key, figure: statement(original),
            other: statement(stated), compared: impliedRate, expected: rate, unit: unit, deviationPercent: deviation,
            tolerancePercent: tolerance.percent, basis: "\(source), \(reference.source) \(fixing)", explanation: text)
    }

    static func statement(_ c: Claim) -> Check.Statement {
        Check.Statement(source: c.document, start: c.figure.start, text: c.figure.text, value: .exact(c.figure.value))
    }
}
