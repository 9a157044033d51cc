/// A rate between two currencies, exact, with where it came from.
///
/// `ratio` is in units of ``to`` per unit of ``from``: for GBP → USD on 2026-02-12 it is
/// 1.1874 / 0.8711 (the ECB's USD and GBP rates of that day), about 1.3631.
public struct ExchangeRate: Sendable {
    /// The currency converted from.
    public let from: String
    /// The currency converted to.
    public let to: String
    /// Units of ``to`` per unit of ``from``, exact.
    public let ratio: ExactRatio
    /// Which fixing or average the rate comes from.
    public let basis: RateBasis
    /// The ECB part of the rate and the fixed rates it used.
    public let source: RateSource

    /// Creates a rate.
    public init(from: String, to: String, ratio: ExactRatio, basis: RateBasis, source: RateSource) {
        self.from = from
        self.to = to
        self.ratio = ratio
        self.basis = basis
        self.source = source
    }

    /// `amount` of ``from`` in ``to``, rounded half away from zero to `places` digits after the
    /// decimal point, or `nil` when the exact result needs more than 18 digits.
    public func convert(_ amount: ExactDecimal, places: Int) -> ExactDecimal? {
        ratio.applied(to: amount, places: places)
    }

    /// The rate for display: 8 significant digits (1.3631041).
    public var displayValue: ExactDecimal? { ratio.rounded(significantDigits: 8) }
}

/// Which fixing or average a rate comes from.
public enum RateBasis: Sendable, Hashable, CustomStringConvertible {
    /// The ECB fixing of that day (the last one on or before the date asked for).
    case day(CalendarDate)
    /// The average of the ECB's daily rates over that calendar year.
    case year(Int)
    /// The average of the ECB's daily rates over a month (year, month 1–12).
    case month(Int, Int)
    /// Only fixed rates (or the same currency on both sides): no fixing is involved.
    case fixed

    /// `2026-02-12`, `2024`, `2024-03`, or empty for fixed rates: the `rate_date` column.
    public var description: String {
        switch self {
        case .day(let date): return date.description
        case .year(let year): return String(year)
        case .month(let year, let month): return String(year) + (month < 10 ? "-0" : "-") + String(month)
        case .fixed: return ""
        }
    }
}

/// Where a rate comes from: the ECB (a daily fixing or a yearly average), fixed rates, or both.
public struct RateSource: Sendable, Hashable, CustomStringConvertible {
    /// The part that comes from the ECB's reference rates.
    public enum Market: String, Sendable, Hashable {
        /// A daily reference rate.
        case ecb = "ECB"
        /// The average of the daily reference rates over a year.
        case ecbYearAverage = "ECB year average"
        /// The average of the daily reference rates over a month.
        case ecbMonthAverage = "ECB month average"
    }

    /// The ECB part, or `nil` when none was needed.
    public let market: Market?
    /// The fixed rates used, in the order applied.
    public let fixed: [FixedEuroRate]

    /// Creates a source.
    public init(market: Market?, fixed: [FixedEuroRate]) {
        self.market = market
        self.fixed = fixed
    }

    /// `ECB`, `ECB year average`, `fixed FRF 6.55957`, `ECB + fixed FRF 6.55957`, or `same currency`:
    /// the `rate_source` column (no commas, so it needs no quoting).
    public var description: String {
        let fixedPart = fixed.isEmpty ? nil : "fixed " + fixed.map { "\($0.code) \($0.unitsPerEuro)" }.joined(separator: " ")
        switch (market, fixedPart) {
        case let (market?, fixedPart?): return "\(market.rawValue) + \(fixedPart)"
        case let (market?, nil): return market.rawValue
        case let (nil, fixedPart?): return fixedPart
        case (nil, nil): return "same currency"
        }
    }
}
