extension ExactDecimal {
    /// The value rounded half away from zero to `places` digits after the decimal point, or `nil`
    /// when the result needs more than 18 digits.
    public func rounded(places: Int) -> ExactDecimal? {
        exponent >= -places ? self : ExactRatio(self).rounded(places: places)
    }

    /// The product, or `nil` when it needs more than 18 digits.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (p, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        return overflow ? nil : ExactDecimal(significand: p, exponent: exponent + other.exponent)
    }

    /// A computed double written as a plain decimal, rounded half away from zero to `places` digits
    /// after the decimal point; `nil` for infinities, NaN and magnitudes past 18 digits.
    ///
    /// For values that are computed (a deviation in percent), not read.
    public init?(rounding value: Double, places: Int) {
        guard value.isFinite, (0...18).contains(places) else { return nil }
        var scaled = value
        for _ in 0..<places { scaled *= 10 }
        scaled = scaled.rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9.0e18 else { return nil }
        self.init(significand: Int64(scaled), exponent: -places)
    }
}

extension ExactDecimal {
    /// Plain text with at least `places` digits after the decimal separator, zeros added as needed
    /// (`681.5` with 2 places is `681.50`): how a value rounded to `places` is written.
    public func plainText(places: Int, decimalSeparator: String = ".") -> String {
        var text = plainText(decimalSeparator: decimalSeparator)
        guard places > 0 else { return text }
        let fraction: Int
        if let separator = text.firstRange(of: decimalSeparator) {
            fraction = text.distance(from: separator.upperBound, to: text.endIndex)
        } else {
            text += decimalSeparator
            fraction = 0
        }
        return text + String(repeating: "0", count: max(0, places - fraction))
    }
}
