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
        let day = FixingDay(table: table, date: date)
        return combine(from: from, to: to, basis: .day(date)) { perEuro($0, on: day) }
    }

    /// The rate from one currency to another over a year: the ratio of the two currencies' averages of
    /// the ECB's daily rates (units per euro) over that year.
    ///
    /// - Returns: The rate, or `nil` with the warnings that say why; an average over part of a year
    ///   comes with a warning saying over which days.
    public func rate(from: String, to: String, averageOf year: Int) -> RateLookup {
        combine(from: from, to: to, basis: .year(year)) { perEuro($0, averageOf: year) }
    }

    /// The rate from one currency to another over a month: the ratio of the two currencies' averages of the
    /// ECB's daily rates (units per euro) over that month.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1 to 12.
    /// - Returns: The rate, or `nil` with the warnings that say why.
    public func rate(from: String, to: String, averageOf year: Int, month: Int) -> RateLookup {
        combine(from: from, to: to, basis: .month(year, month)) { perEuro($0, averageOf: year, month: month) }
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
        resolve(code).isKnown
    }

    /// The code in upper case with what the converter knows of it, looked up once.
    func resolve(_ code: String) -> CurrencyCode {
        guard let (key, hasLowercase) = CurrencyCodeIndex.key(of: code) else {
            return CurrencyCode(code: Self.upperCased(code), key: -1, column: nil, fixed: nil, isKnown: false)
        }
        let column = table.column(key: key)
        let fixed = FixedEuroRate.rate(key: key)
        let known = key == CurrencyCodeIndex.euro || column != nil || fixed != nil || Currency.isKnown(key: key)
        return CurrencyCode(code: hasLowercase ? code.uppercased() : code, key: key, column: column, fixed: fixed,
                            isKnown: known)
    }

    /// The rate `to / from` from both currencies' units per euro.
    private func combine(
        from: String, to: String, basis: RateBasis, perEuro: (CurrencyCode) -> PerEuro
    ) -> RateLookup {
        let from = resolve(from)
        let to = resolve(to)
        guard from.isKnown, to.isKnown else {
            var warnings: [MoneyWarning] = []
            for code in [from, to] where !code.isKnown {
                warnings.append(.unknownCurrency(code.code, closest: Currency.closestCodes(to: code.code)))
            }
            return RateLookup(rate: nil, warnings: warnings)
        }
        if from.key == to.key {
            return RateLookup(rate: ExchangeRate(from: from.code, to: to.code, ratio: .one, basis: .fixed,
                                                 source: RateSource(market: nil, fixed: [])), warnings: [])
        }
        let source = perEuro(from)
        let target = perEuro(to)
        var warnings = source.warnings
        for warning in target.warnings where !source.warnings.contains(warning) { warnings.append(warning) }
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
        case .month(let year, let month):
            let ecb = source.usesTable || target.usesTable
            market = ecb ? .ecbMonthAverage : nil
            rateBasis = ecb ? .month(year, month) : .fixed
        case .fixed:
            market = nil
            rateBasis = .fixed
        }
        var fixed: [FixedEuroRate] = []
        if let rate = source.fixed { fixed.append(rate) }
        if let rate = target.fixed { fixed.append(rate) }
        let rate = ExchangeRate(from: from.code, to: to.code, ratio: ratio, basis: rateBasis,
                                source: RateSource(market: market, fixed: fixed))
        return RateLookup(rate: rate, warnings: warnings)
    }
}

/// A currency code as the converter uses it: upper case, with its column in the rate table and its fixed
/// rate, found once per lookup.
struct CurrencyCode {
    /// The code in upper case.
    let code: String
    /// Its ``CurrencyCodeIndex`` key, -1 when it is not three letters.
    let key: Int
    /// Its column in the rate table.
    let column: Int?
    /// Its fixed euro rate.
    let fixed: FixedEuroRate?
    /// Whether it names a currency: the euro, a column, a fixed rate or an ISO code.
    let isKnown: Bool

    var isEuro: Bool { key == CurrencyCodeIndex.euro }
}

/// The fixing day a date takes its rates from, found once for both currencies of a lookup.
struct FixingDay {
    /// The date asked for.
    let date: CalendarDate
    /// The last fixing on or before `date` when the table covers it, else `nil`.
    let row: Int?

    init(table: ECBRateTable, date: CalendarDate) {
        self.date = date
        row = table.covers(date) ? table.row(onOrBefore: date) : nil
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
