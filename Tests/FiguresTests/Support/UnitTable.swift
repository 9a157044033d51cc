/// How a corpus's unit name translates to what Chiffres writes: ISO 4217 codes, and a power of ten for subunits.
///
/// Every unit name found in the corpora must be here; a test checks it. Decisions:
/// - A bare "dollar"/"$" is the document's dollar (`ExtractionOptions.dollar`, USD unless told): the rule.
///   Recognizers-Text gives no ISO code for it; Duckling gives one only in regional corpora, which we honour by
///   handing the locale's currency to the extractor as the document hint (see ``DucklingCorpus``).
/// - Where the corpus gives an ISO code, it wins.
/// - Pound/livre/£ unqualified is GBP (the table's reading, and "Livre sterling" is GBP by name).
/// - Subunits are money in their main currency: "50 cents" is 0.5, "470 pence" is 4.70 GBP, "2 satoshis" is
///   0.00000002 BTC. A cent or centime does not say whose; any of the currencies listed is accepted.
/// - Ambiguous names accept each currency they name in practice: an unqualified "franc" (the 1989 business news
///   of Recognizers-Text is French francs, but Swiss, Belgian and CFA francs are francs too), "rupee",
///   "rial", "riyal", "dinar", "sen".
/// - Duckling's `unknown` ("42 bucks", "3 balles") accepts any currency: only the value is judged.
struct UnitReading: Sendable {
    /// `nil` accepts any currency.
    var currencies: [String]?
    /// The unit is `10^power` of the currency (−2 for a cent).
    var power: Int = 0
}

enum UnitTable {
    /// The currencies a hundredth "cent" may belong to.
    static let centOwners = ["USD", "EUR"]

    /// Recognizers-Text unit names (lower case), French and English.
    static let recognizersText: [String: UnitReading] = [
        "dollar": UnitReading(currencies: ["USD"]),
        "united states dollar": UnitReading(currencies: ["USD"]),
        "dollar états-unis": UnitReading(currencies: ["USD"]),
        "euro": UnitReading(currencies: ["EUR"]),
        "pound": UnitReading(currencies: ["GBP"]),
        "british pound": UnitReading(currencies: ["GBP"]),
        "livre": UnitReading(currencies: ["GBP"]),
        "livre sterling": UnitReading(currencies: ["GBP"]),
        "canadian dollar": UnitReading(currencies: ["CAD"]),
        "dollar canadien": UnitReading(currencies: ["CAD"]),
        "australian dollar": UnitReading(currencies: ["AUD"]),
        "dollar australien": UnitReading(currencies: ["AUD"]),
        "new zealand dollar": UnitReading(currencies: ["NZD"]),
        "dollar néo-zélandais": UnitReading(currencies: ["NZD"]),
        "hong kong dollar": UnitReading(currencies: ["HKD"]),
        "dollar de hong kong": UnitReading(currencies: ["HKD"]),
        "japanese yen": UnitReading(currencies: ["JPY"]),
        "yen japonais": UnitReading(currencies: ["JPY"]),
        "chinese yuan": UnitReading(currencies: ["CNY"]),
        "yuan chinois": UnitReading(currencies: ["CNY"]),
        "swiss franc": UnitReading(currencies: ["CHF"]),
        "franc suisse": UnitReading(currencies: ["CHF"]),
        "franc": UnitReading(currencies: ["FRF", "CHF", "BEF", "LUF", "XOF", "XAF"]),
        "turkish lira": UnitReading(currencies: ["TRY"]),
        "mexican peso": UnitReading(currencies: ["MXN"]),
        "rupee": UnitReading(currencies: ["INR", "PKR", "LKR", "NPR"]),
        "roupie": UnitReading(currencies: ["INR", "PKR", "LKR", "NPR"]),
        "roupie indienne": UnitReading(currencies: ["INR"]),
        "sri lankan rupee": UnitReading(currencies: ["LKR"]),
        "costa rican colón": UnitReading(currencies: ["CRC"]),
        "georgian lari": UnitReading(currencies: ["GEL"]),
        "lao kip": UnitReading(currencies: ["LAK"]),
        "bitcoin": UnitReading(currencies: ["BTC"]),
        "satoshi": UnitReading(currencies: ["BTC"], power: -8),
        "finnish markka": UnitReading(currencies: ["FIM"]),
        "mark finlandais": UnitReading(currencies: ["FIM"]),
        "peseta": UnitReading(currencies: ["ESP"]),
        "netherlands guilder": UnitReading(currencies: ["NLG"]),
        "florins néerlandais": UnitReading(currencies: ["NLG"]),
        "cent": UnitReading(currencies: centOwners, power: -2),
        "centimes": UnitReading(currencies: ["EUR", "FRF", "CHF"], power: -2),
        "pence": UnitReading(currencies: ["GBP"], power: -2),
        "penny": UnitReading(currencies: ["GBP"], power: -2),
        "pesewa": UnitReading(currencies: ["GHS"], power: -2),
        "sen": UnitReading(currencies: ["MYR", "JPY", "IDR"], power: -2),
    ]

    /// Duckling's unit names (its `unit` field) that are not ISO codes. ISO codes stand for themselves.
    static let duckling: [String: UnitReading] = [
        "£": UnitReading(currencies: ["GBP"]),
        "cent": UnitReading(currencies: ["USD", "EUR", "GBP"], power: -2),
        "unknown": UnitReading(currencies: nil),
        "rial": UnitReading(currencies: ["IRR", "OMR", "YER"]),
        "riyal": UnitReading(currencies: ["SAR", "QAR", "YER"]),
        "dinar": UnitReading(currencies: ["KWD", "BHD", "IQD", "JOD", "LYD", "TND", "DZD", "RSD", "MKD"]),
    ]

    /// Reads a Recognizers-Text unit; the ISO code, when the corpus gives one, wins over the name.
    static func recognizersText(unit: String, iso: String?) -> UnitReading? {
        let reading = recognizersText[unit.lowercased()]
        guard let iso else { return reading }
        return UnitReading(currencies: [iso], power: reading?.power ?? 0)
    }

    /// Reads a Duckling unit; `$` is the document's dollar, an ISO code (or the corpus's `iso`) is itself.
    static func duckling(unit: String, iso: String?, dollar: String) -> UnitReading? {
        if let iso { return UnitReading(currencies: [iso]) }
        if unit == "$" { return UnitReading(currencies: [dollar]) }
        if let reading = duckling[unit] { return reading }
        let isISO = unit.count == 3 && unit.allSatisfy { $0.isASCII && $0.isUppercase }
        return isISO ? UnitReading(currencies: [unit]) : nil
    }
}
