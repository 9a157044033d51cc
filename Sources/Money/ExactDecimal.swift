/// A decimal number kept exactly as it was read: `significand × 10^exponent`.
///
/// Extracted amounts never pass through binary floating point: "1,5 milliard" is
/// `15 × 10^8`, written out as `1500000000`, never `1499999999.9999998`.
/// Arithmetic is limited to what reading needs (scaling by powers of ten, adding
/// compound parts); computations use ``doubleValue``.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The digits, as an integer.
    public var significand: Int64
    /// The power of ten the digits are scaled by.
    public var exponent: Int

    /// Creates `significand × 10^exponent`, normalized so that equal values compare equal.
    public init(significand: Int64, exponent: Int = 0) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while s % 10 == 0 {
                s /= 10
                e += 1
            }
        }
        self.significand = s
        self.exponent = e
    }

    /// Zero.
    public static let zero = ExactDecimal(significand: 0)

    /// Parses a plain decimal literal such as `-12.50`, `485000000000` or `0.001`.
    ///
    /// - Returns: `nil` when the text is not a plain decimal or has more than 18 significant digits.
    public init?(_ text: some StringProtocol) {
        var negative = false
        var digits: Int64 = 0
        var count = 0
        var fraction = 0
        var seenPoint = false
        var any = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            if first, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                negative = byte == UInt8(ascii: "-")
                continue
            }
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard byte >= 48, byte <= 57 else { return nil }
            any = true
            if digits == 0 && byte == 48 {
                if seenPoint { fraction += 1 }
                continue
            }
            count += 1
            guard count <= 18 else { return nil }
            digits = digits * 10 + Int64(byte - 48)
            if seenPoint { fraction += 1 }
        }
        guard any else { return nil }
        self.init(significand: negative ? -digits : digits, exponent: -fraction)
    }

    /// The nearest binary floating-point value, for computation.
    public var doubleValue: Double {
        if exponent >= 0 {
            return Double(significand) * pow10(exponent)
        }
        return Double(significand) / pow10(-exponent)
    }

    /// The value times `10^power`.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// The negated value.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, exponent: exponent) }

    /// Whether the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The sum, or `nil` when it does not fit in 18 digits.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let e = min(exponent, other.exponent)
        guard let a = Self.align(significand, from: exponent, to: e),
              let b = Self.align(other.significand, from: other.exponent, to: e) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ExactDecimal(significand: sum, exponent: e)
    }

    /// The product with a small integer, or `nil` on overflow.
    public func multiplied(by factor: Int64) -> ExactDecimal? {
        let (p, overflow) = significand.multipliedReportingOverflow(by: factor)
        return overflow ? nil : ExactDecimal(significand: p, exponent: exponent)
    }

    private static func align(_ s: Int64, from e: Int, to target: Int) -> Int64? {
        var v = s
        var k = e
        while k > target {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
            k -= 1
        }
        return v
    }

    /// Plain decimal text: no exponent, no grouping, `.` as the decimal point.
    public var description: String {
        plainText(decimalSeparator: ".")
    }

    /// Plain decimal text with the given decimal separator (`","` for French spreadsheets).
    public func plainText(decimalSeparator: String) -> String {
        let negative = significand < 0
        let magnitude = significand.magnitude
        var digits = String(magnitude)
        if exponent >= 0 {
            if magnitude != 0 { digits += String(repeating: "0", count: exponent) }
        } else {
            let shift = -exponent
            if digits.count <= shift {
                digits = String(repeating: "0", count: shift - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -shift)
            digits = digits[..<split] + decimalSeparator + digits[split...]
        }
        return negative ? "-" + digits : digits
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if let l = align(lhs.significand, from: lhs.exponent, to: min(lhs.exponent, rhs.exponent)),
           let r = align(rhs.significand, from: rhs.exponent, to: min(lhs.exponent, rhs.exponent)) {
            return l < r
        }
        return lhs.doubleValue < rhs.doubleValue
    }
}

private func pow10(_ n: Int) -> Double {
    var result = 1.0
    var k = 0
    while k < n {
        result *= 10
        k += 1
    }
    return result
}
