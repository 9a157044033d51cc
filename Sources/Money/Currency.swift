/// A currency of ISO 4217, with the names and symbols news text uses for it.
///
/// The table is shared by the extractor, which reads names and symbols, and the
/// converter, which needs codes and minor units.
public struct Currency: Hashable, Sendable {
    /// The three-letter ISO 4217 code (`EUR`).
    public let code: String
    /// Digits after the decimal point in everyday amounts (2 for EUR, 0 for JPY).
    public let minorUnit: Int
    /// English names, lower case, singular and plural (`"pound sterling"`, `"pounds sterling"`).
    public let englishNames: [String]
    /// French names, lower case, singular and plural (`"livre sterling"`, `"livres sterling"`).
    public let frenchNames: [String]
    /// Symbols and prefixed forms that stand for this currency alone (`"£"`, `"US$"`).
    public let symbols: [String]
    /// Whether the currency has been replaced (FRF by EUR): it still converts at a fixed rate where one exists.
    public let isLegacy: Bool

    public init(
        _ code: String, minorUnit: Int = 2, english: [String] = [], french: [String] = [],
        symbols: [String] = [], legacy: Bool = false
    ) {
        self.code = code
        self.minorUnit = minorUnit
        self.englishNames = english
        self.frenchNames = french
        self.symbols = symbols
        self.isLegacy = legacy
    }
}

extension Currency {
    /// Looks a currency up by its ISO code (case-insensitive).
    public static func named(_ code: some StringProtocol) -> Currency? {
        guard let key = CurrencyCodeIndex.key(code) else { return nil }
        let position = tablePositions[key]
        return position < 0 ? nil : table[Int(position)]
    }

    /// Looks a currency up by its ISO code (case-insensitive), reading the `String` in place.
    public static func named(_ code: String) -> Currency? {
        guard let key = CurrencyCodeIndex.key(of: code)?.key else { return nil }
        return named(key: key)
    }

    /// The currency of a ``CurrencyCodeIndex`` key.
    static func named(key: Int) -> Currency? {
        let position = tablePositions[key]
        return position < 0 ? nil : table[Int(position)]
    }

    /// The minor unit of a code, without copying the currency's names and symbols.
    static func minorUnit(of code: String) -> Int? {
        guard let key = CurrencyCodeIndex.key(of: code)?.key else { return nil }
        let position = tablePositions[key]
        return position < 0 ? nil : table[Int(position)].minorUnit
    }

    /// Whether a ``CurrencyCodeIndex`` key is a known currency.
    static func isKnown(key: Int) -> Bool { tablePositions[key] >= 0 }

    /// Every known code, sorted.
    public static var allCodes: [String] { byCode.keys.sorted() }

    /// The known codes closest to `code` (by edit distance, then alphabetically), for error messages.
    public static func closestCodes(to code: String, limit: Int = 3) -> [String] {
        let target = Array(code.uppercased().utf8)
        let scored = byCode.keys.map { candidate -> (Int, String) in
            (editDistance(target, Array(candidate.utf8)), candidate)
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// Position in ``table`` by code key.
    private static let tablePositions = CurrencyCodeIndex.table(table) { $0.code }

    private static let byCode: [String: Currency] = {
        var map: [String: Currency] = [:]
        for currency in table { map[currency.code] = currency }
        return map
    }()
}

private func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var current = [i + 1]
        for (j, y) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}
