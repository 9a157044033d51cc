/// A conversion to the euro that is a fact, not a market rate: an irrevocable euro conversion rate
/// (6.55957 FRF per EUR) or a peg (655.957 XOF per EUR).
///
/// A legacy currency converts at its irrevocable rate from the day it was replaced by the euro, and
/// on any earlier day for which the rate table has no market rate for it: that is the "euro-fixed"
/// convention statistics offices use to state old amounts in euros, so "20 milliards de francs" in
/// a 1998 text becomes 3.05 billion euros. Conversions that use it say `fixed` as their source.
public struct FixedEuroRate: Sendable, Hashable {
    /// Why the rate is fixed.
    public enum Kind: String, Sendable, Hashable {
        /// An irrevocable rate at which a national currency was replaced by the euro.
        case euroConversion = "irrevocable euro conversion rate"
        /// A peg to the euro kept by a monetary union (the CFA francs).
        case peg = "fixed parity with the euro"
    }

    /// The currency's ISO 4217 code.
    public let code: String
    /// Units of the currency per euro, exactly as fixed by law.
    public let unitsPerEuro: ExactDecimal
    /// The first day the rate applied (the euro changeover, or the start of the peg).
    public let since: CalendarDate
    /// Conversion rate or peg.
    public let kind: Kind

    /// Creates a fixed rate.
    public init(code: String, unitsPerEuro: ExactDecimal, since: CalendarDate, kind: Kind) {
        self.code = code
        self.unitsPerEuro = unitsPerEuro
        self.since = since
        self.kind = kind
    }

    /// The fixed rate of a code, if any (an array lookup, for conversions).
    public static func rate(for code: String) -> FixedEuroRate? {
        guard let key = CurrencyCodeIndex.key(of: code)?.key else { return nil }
        return rate(key: key)
    }

    /// The fixed rate of a ``CurrencyCodeIndex`` key, if any.
    static func rate(key: Int) -> FixedEuroRate? {
        let position = positions[key]
        return position < 0 ? nil : list[Int(position)]
    }

    private static let positions = CurrencyCodeIndex.table(list) { $0.code }

    /// Every fixed rate Chiffres knows, by code.
    public static let all: [String: FixedEuroRate] = {
        var map: [String: FixedEuroRate] = [:]
        for rate in list { map[rate.code] = rate }
        return map
    }()

    /// The fixed rates in order of adoption, as set by Council Regulation (EC) No 2866/98 and the
    /// amendments that added each later member (GRD 2001 … HRK 2023, BGN 2026); then the CFA franc
    /// pegs (655.957 per euro, i.e. 100 per French franc since the devaluation of 12 January 1994).
    public static let list: [FixedEuroRate] = [
        conversion("BEF", "40.3399", 1999), conversion("DEM", "1.95583", 1999), conversion("ESP", "166.386", 1999),
        conversion("FRF", "6.55957", 1999), conversion("IEP", "0.787564", 1999), conversion("ITL", "1936.27", 1999),
        conversion("LUF", "40.3399", 1999), conversion("NLG", "2.20371", 1999), conversion("ATS", "13.7603", 1999),
        conversion("PTE", "200.482", 1999), conversion("FIM", "5.94573", 1999), conversion("GRD", "340.750", 2001),
        conversion("SIT", "239.640", 2007), conversion("CYP", "0.585274", 2008), conversion("MTL", "0.429300", 2008),
        conversion("SKK", "30.1260", 2009), conversion("EEK", "15.6466", 2011), conversion("LVL", "0.702804", 2014),
        conversion("LTL", "3.45280", 2015), conversion("HRK", "7.53450", 2023), conversion("BGN", "1.95583", 2026),
        peg("XOF"), peg("XAF"),
    ]

    private static func conversion(_ code: String, _ rate: String, _ year: Int) -> FixedEuroRate {
        FixedEuroRate(
            code: code, unitsPerEuro: ExactDecimal(rate) ?? .zero,
            since: CalendarDate(year: year, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 0), kind: .euroConversion)
    }

    private static func peg(_ code: String) -> FixedEuroRate {
        FixedEuroRate(
            code: code, unitsPerEuro: ExactDecimal(significand: 655957, exponent: -3),
            since: CalendarDate(year: 1994, month: 1, day: 12) ?? CalendarDate(daysSinceEpoch: 0), kind: .peg)
    }
}
