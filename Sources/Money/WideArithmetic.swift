/// Unsigned 128-bit arithmetic on two 64-bit words, enough to round a product of decimals over a
/// divisor exactly. (The standard library's `UInt128` needs macOS 15; the package supports 14.)
struct WideUInt: Equatable, Comparable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64 = 0, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The full product of two words.
    init(_ a: UInt64, times b: UInt64) {
        let product = a.multipliedFullWidth(by: b)
        self.init(high: product.high, low: product.low)
    }

    static func < (lhs: WideUInt, rhs: WideUInt) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// The product with `factor`, or `nil` when it needs more than 128 bits.
    func multiplied(by factor: UInt64) -> WideUInt? {
        let lowProduct = low.multipliedFullWidth(by: factor)
        let highProduct = high.multipliedReportingOverflow(by: factor)
        if highProduct.overflow { return nil }
        let (h, carry) = highProduct.partialValue.addingReportingOverflow(lowProduct.high)
        if carry { return nil }
        return WideUInt(high: h, low: lowProduct.low)
    }

    /// The product with `10^power`, or `nil` when it needs more than 128 bits.
    func multiplied(byPowerOfTen power: Int) -> WideUInt? {
        var result = self
        var remaining = power
        while remaining > 0 {
            let step = min(remaining, 19)
            guard let next = result.multiplied(by: powersOfTen[step]) else { return nil }
            result = next
            remaining -= step
        }
        return result
    }

    /// The difference, wrapping modulo 2^128.
    func subtractingWrapping(_ other: WideUInt) -> WideUInt {
        let (l, borrow) = low.subtractingReportingOverflow(other.low)
        let h = high &- other.high &- (borrow ? 1 : 0)
        return WideUInt(high: h, low: l)
    }

    /// `self / divisor` rounded half away from zero, or `nil` when the quotient does not fit in 64 bits
    /// or the divisor is zero.
    func roundedQuotient(dividingBy divisor: WideUInt) -> UInt64? {
        if divisor.high == 0 {
            let d = divisor.low
            guard d != 0, high < d else { return nil }
            // The common case, a dividend of one word: a plain division, not a two-word one.
            let (q, r) = high == 0 ? low.quotientAndRemainder(dividingBy: d) : d.dividingFullWidth((high: high, low: low))
            guard r >= d - r else { return q }
            let (up, overflow) = q.addingReportingOverflow(1)
            return overflow ? nil : up
        }
        // A divisor of 2^64 or more: binary long division; the quotient always fits in 64 bits.
        var quotient: UInt64 = 0
        var remainder = WideUInt(low: 0)
        for bit in stride(from: 127, through: 0, by: -1) {
            let carry = remainder.high >> 63
            remainder = WideUInt(high: remainder.high << 1 | remainder.low >> 63, low: remainder.low << 1)
            let incoming = bit >= 64 ? (high >> UInt64(bit - 64)) & 1 : (low >> UInt64(bit)) & 1
            remainder.low |= incoming
            if carry == 1 || !(remainder < divisor) {
                remainder = remainder.subtractingWrapping(divisor)
                if bit < 64 { quotient |= 1 << UInt64(bit) }
            }
        }
        let rest = divisor.subtractingWrapping(remainder)
        guard !(remainder < rest) else { return quotient }
        let (up, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : up
    }
}

/// `10^0 … 10^19`, every power of ten that fits in a `UInt64`.
let powersOfTen: [UInt64] = {
    var table: [UInt64] = [1]
    for _ in 1...19 { table.append(table[table.count - 1] * 10) }
    return table
}()

/// The greatest common divisor (Euclid).
func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var x = a
    var y = b
    while y != 0 { (x, y) = (y, x % y) }
    return x
}
