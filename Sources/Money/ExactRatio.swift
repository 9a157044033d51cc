/// The exact quotient of two decimals, `numerator / denominator`.
///
/// A cross rate (1.1874 USD per EUR over 0.8711 GBP per EUR), a yearly average (the sum of the
/// daily rates over the number of days) or a deflator (one price index over another) is a ratio
/// of decimals that were read exactly. `ExactRatio` keeps it so, and rounds once, when a value is
/// written: `500 × 1.1874 / 0.8711` becomes `681.55` rounded to 2 places, never a double
/// rounded twice.
public struct ExactRatio: Sendable, CustomStringConvertible {
    /// The dividend.
    public let numerator: ExactDecimal
    /// The divisor, never zero.
    public let denominator: ExactDecimal

    /// Creates `numerator / denominator`, or `nil` when the denominator is zero.
    public init?(_ numerator: ExactDecimal, over denominator: ExactDecimal) {
        guard denominator.significand != 0 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The ratio `value / 1`.
    public init(_ value: ExactDecimal) {
        numerator = value
        denominator = ExactDecimal(significand: 1)
    }

    /// One.
    public static let one = ExactRatio(ExactDecimal(significand: 1))

    /// The nearest double, for computation and display.
    public var doubleValue: Double { numerator.doubleValue / denominator.doubleValue }

    /// `denominator / numerator`, or `nil` when the ratio is zero.
    public var inverse: ExactRatio? { ExactRatio(denominator, over: numerator) }

    /// The product of two ratios, or `nil` when its terms need more than 18 digits even after
    /// cancelling common factors.
    public func multiplied(by other: ExactRatio) -> ExactRatio? {
        if let num = numerator.multiplied(by: other.numerator), let den = denominator.multiplied(by: other.denominator) {
            return ExactRatio(num, over: den)
        }
        let g1 = greatestCommonDivisor(numerator.significand.magnitude, other.denominator.significand.magnitude)
        let g2 = greatestCommonDivisor(other.numerator.significand.magnitude, denominator.significand.magnitude)
        guard let num = ExactRatio.product(numerator, g1, other.numerator, g2),
              let den = ExactRatio.product(denominator, g2, other.denominator, g1)
        else { return nil }
        return ExactRatio(num, over: den)
    }

    /// The ratio rounded half away from zero to `places` digits after the decimal point
    /// (negative `places` round to tens, hundreds, …), or `nil` when the result needs more than
    /// 18 digits.
    public func rounded(places: Int) -> ExactDecimal? {
        ExactRatio.rounded(numerator, times: ExactDecimal(significand: 1), over: denominator, places: places)
    }

    /// The ratio rounded half away from zero to `digits` significant digits (at least 1), or `nil`
    /// when the result needs more than 18 digits.
    public func rounded(significantDigits digits: Int) -> ExactDecimal? {
        guard numerator.significand != 0 else { return .zero }
        let magnitude = abs(doubleValue)
        guard magnitude.isFinite, magnitude > 0 else { return nil }
        var leading = 0
        var scaled = magnitude
        while scaled >= 10 { scaled /= 10; leading += 1 }
        while scaled < 1 { scaled *= 10; leading -= 1 }
        return rounded(places: max(digits, 1) - 1 - leading)
    }

    /// `amount × self`, rounded half away from zero to `places` digits after the decimal point,
    /// or `nil` when the exact product does not fit (more than 38 digits before rounding or
    /// 18 after).
    ///
    /// This is how a converted amount is computed: the amount's exact digits times the exact
    /// rate, rounded once.
    public func applied(to amount: ExactDecimal, places: Int) -> ExactDecimal? {
        ExactRatio.rounded(amount, times: numerator, over: denominator, places: places)
    }

    /// `numerator/denominator` in plain decimals.
    public var description: String { "\(numerator)/\(denominator)" }

    /// `a × b / d` rounded to `places`, exactly.
    static func rounded(_ a: ExactDecimal, times b: ExactDecimal, over d: ExactDecimal, places: Int) -> ExactDecimal? {
        guard d.significand != 0 else { return nil }
        let negative = ((a.significand < 0) != (b.significand < 0)) != (d.significand < 0)
        var dividend = WideUInt(a.significand.magnitude, times: b.significand.magnitude)
        var divisor = WideUInt(low: d.significand.magnitude)
        let shift = a.exponent + b.exponent - d.exponent + places
        if shift > 0 {
            guard let scaled = dividend.multiplied(byPowerOfTen: shift) else { return nil }
            dividend = scaled
        } else if shift < 0 {
            guard let scaled = divisor.multiplied(byPowerOfTen: -shift) else {
                // The divisor passed 2^128: below 2^127 the dividend is less than half of it, so the
                // quotient rounds to 0.
                return dividend.high >> 63 == 0 ? .zero : nil
            }
            divisor = scaled
        }
        guard let q = dividend.roundedQuotient(dividingBy: divisor), q <= UInt64(Int64.max) else { return nil }
        let significand = Int64(q)
        return ExactDecimal(significand: negative ? -significand : significand, exponent: -places)
    }

    /// `(a / ga) × (b / gb)`, or `nil` when it needs more than 18 digits.
    private static func product(_ a: ExactDecimal, _ ga: UInt64, _ b: ExactDecimal, _ gb: UInt64) -> ExactDecimal? {
        let x = a.significand.magnitude / max(ga, 1)
        let y = b.significand.magnitude / max(gb, 1)
        let (p, overflow) = x.multipliedReportingOverflow(by: y)
        guard !overflow, p <= UInt64(Int64.max) else { return nil }
        let negative = (a.significand < 0) != (b.significand < 0)
        return ExactDecimal(significand: negative ? -Int64(p) : Int64(p), exponent: a.exponent + b.exponent)
    }
}
