import Money

/// A unit as reference tables write it: "million USD, current prices and exchange rates",
/// "billion EUR", "percent of real GDP (2015 prices)", "%".
struct UnitReading: Sendable {
    /// What one unit is worth in currency units (1e6 for "million USD", 1e9 for "thousand million").
    var scale: Double = 1
    /// The ISO 4217 code named, if any.
    var currency: String?
    /// Whether the unit is a percentage.
    var isPercent = false
    /// The price basis the unit names, if any ("2015 prices" is constant 2015; "current" is current).
    var basis: PriceBasis?

    init(_ unit: String) {
        let text = FoldedText(unit)
        let words = text.words
        for (i, word) in words.enumerated() {
            switch word.lower {
            // Scale words multiply: "thousand million" is a billion.
            case "thousand", "thousands", "millier", "milliers", "k": scale *= 1e3
            case "million", "millions", "mn", "m", "mio": scale *= 1e6
            case "billion", "billions", "bn", "milliard", "milliards", "mrd", "md", "mds": scale *= 1e9
            case "trillion", "trillions": scale *= 1e12
            case "percent", "pourcent", "pct": isPercent = true
            case "cent" where i > 0 && ["pour", "per"].contains(words[i - 1].lower): isPercent = true
            case "current", "courants", "nominal", "nominaux": basis = .current
            case "prices", "prix", "constant", "constants":
                if let year = (words.indices.filter { abs($0 - i) <= 2 }).compactMap({ SentenceReading.year(words[$0].lower) }).first {
                    basis = .constant(year)
                }
            default:
                if word.cased.utf8.count == 3, word.cased == word.cased.uppercased(), Currency.named(word.cased) != nil {
                    currency = word.cased
                }
            }
        }
        if text.lower.contains(UInt8(ascii: "%")) { isPercent = true }
    }
}
