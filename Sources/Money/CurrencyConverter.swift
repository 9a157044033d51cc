/// Converts amounts between currencies with the ECB's reference rates and the fixed euro rates.
///
/// Every rate goes through the euro: GBP → USD on a day is the ECB's USD rate over its GBP rate.
/// A weekend or holiday takes the last fixing before it, and the rate says which day was used.
/// Legacy euro currencies and the CFA francs convert at their fixed rates (``FixedEuroRate``).
/// A date outside the table, a currency the ECB never published or stopped publishing, gives no
/// rate and a ``MoneyWarning`` saying why: never an invented rate.
public struct CurrencyConverter: Sendable {
    /// The ECB reference rates.
    public let table: ECBRateTable

    /// Creates a converter over a rate table.
    public init(table: ECBRateTable) {
        self.table = table
    }

    /// The rate from one currency to another on a day: the ECB fixing of that day, or of the last
    /// fixing day before it.
    ///
    /// - Returns: The rate, or `nil` with the warnings that say why; warnings may come with a rate too.
    public func rate(from: String, to: String, on date: CalendarDate) -> RateLookup {
        combine(from: from, to: to, basis: .day(date)) { perEuro($0, on: date) }
    }

    /// The rate from one currency to another over a year: the ratio of the two currencies' averages of
    /// the ECB's daily rates (units per euro) over that year.
    ///
    /// - Returns: The rate, or `nil` with the warnings that say why; an average over part of a year
    ///   comes with a warning saying over which days.
    public func rate(from: String, to: String, averageOf year: Int) -> RateLookup {
        combine(from: from, to: to, basis: .year(year)) { perEuro($0, averageOf: year) }
    }

    /// Converts an amount at a day's rate, rounded to the target currency's minor unit (2 for USD,
    /// 0 for JPY) unless `places` is given.
    public func convert(_ amount: MoneyAmount, to target: String, on date: CalendarDate, places: Int? = nil) -> Conversion {
        Conversion(amount: amount, to: target, lookup: rate(from: amount.currency, to: target, on: date), places: places)
    }

    /// Converts an amount at a year's average rate, rounded as ``convert(_:to:on:places:)``.
    public func convert(_ amount: MoneyAmount, to target: String, averageOf year: Int, places: Int? = nil) -> Conversion {
        Conversion(amount: amount, to: target, lookup: rate(from: amount.currency, to: target, averageOf: year), places: places)
    }

    /// Whether the code names a currency: in the ISO table, in the rate file, or with a fixed rate.
    public func knows(_ code: String) -> Bool {
        code == "EUR" || table.column(of: code) != nil || FixedEuroRate.rate(for: code) != nil || Currency.named(code) != nil
    }

    /// The rate `to / from` from both currencies' units per euro.
    private func combine(from: String, to: String, basis: RateBasis, perEuro: (String) -> PerEuro) -> RateLookup {
        let from = Self.upperCased(from)
        let to = Self.upperCased(to)
        var warnings: [MoneyWarning] = []
        for code in [from, to] where !knows(code) {
            warnings.append(.unknownCurrency(code, closest: Currency.closestCodes(to: code)))
        }
        guard warnings.isEmpty else { return RateLookup(rate: nil, warnings: warnings) }
        if from == to {
            return RateLookup(rate: ExchangeRate(from: from, to: to, ratio: .one, basis: .fixed,
                                                 source: RateSource(market: nil, fixed: [])), warnings: [])
        }
        let source = perEuro(from)
        let target = perEuro(to)
        warnings = source.warnings + target.warnings.filter { !source.warnings.contains($0) }
        guard let a = source.ratio, let b = target.ratio else { return RateLookup(rate: nil, warnings: warnings) }
        guard let inverse = a.inverse, let ratio = b.multiplied(by: inverse) else {
            return RateLookup(rate: nil, warnings: warnings + [.tooLarge])
        }
        let market: RateSource.Market?
        let rateBasis: RateBasis
        switch basis {
        case .day:
            let row = source.row ?? target.row
            market = row == nil ? nil : .ecb
            rateBasis = row.map { .day(table.dates[$0]) } ?? .fixed
        case .year(let year):
            let ecb = source.usesTable || target.usesTable
            market = ecb ? .ecbYearAverage : nil
            rateBasis = ecb ? .year(year) : .fixed
        case .fixed:
            market = nil
            rateBasis = .fixed
        }
        let fixed = [source.fixed, target.fixed].compactMap { $0 }
        let rate = ExchangeRate(from: from, to: to, ratio: ratio, basis: rateBasis,
                                source: RateSource(market: market, fixed: fixed))
        return RateLookup(rate: rate, warnings: warnings)
    }
}

extension CurrencyConverter {
    /// The code in upper case, without a copy when it already is.
    static func upperCased(_ code: String) -> String {
        code.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } ? code.uppercased() : code
    }
}

/// A rate, or why there is none; warnings may come with a rate too.
public struct RateLookup: Sendable {
    /// The rate, or `nil` when there is none.
    public let rate: ExchangeRate?
    /// What happened, in order.
    public let warnings: [MoneyWarning]

    /// Creates a lookup result.
    public init(rate: ExchangeRate?, warnings: [MoneyWarning]) {
        self.rate = rate
        self.warnings = warnings
    }
}

/// Units of one currency per euro, as found for a day or a year.
struct PerEuro {
    var ratio: ExactRatio?
    /// The ECB row used (daily rates).
    var row: Int? = nil
    /// Whether the table was used (yearly averages).
    var usesTable = false
    var fixed: FixedEuroRate? = nil
    var warnings: [MoneyWarning] = []

    static let euro = PerEuro(ratio: .one)

    static func missing(_ warning: MoneyWarning) -> PerEuro { PerEuro(ratio: nil, warnings: [warning]) }

    static func fixed(_ rate: FixedEuroRate, warnings: [MoneyWarning] = []) -> PerEuro {
        PerEuro(ratio: ExactRatio(rate.unitsPerEuro), fixed: rate, warnings: warnings)
    }
}
