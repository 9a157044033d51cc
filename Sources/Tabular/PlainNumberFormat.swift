/// Doubles as plain decimal text: no exponent, no grouping, a chosen decimal separator.
///
/// Swift prints `1e-07` and `1e+22`; spreadsheets and people want `0.0000001` and
/// `10000000000000000000000`. This formatter starts from Swift's shortest round-trip digits
/// and lays them out without exponent, optionally rounded to a fixed number of decimals.
public enum PlainNumberFormat {
    /// The plain text of a double.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - places: Fixed decimals (`2` gives `1.50`, rounding half away from zero on the shortest
    ///     decimal digits, so `2.675` gives `2.68`), or `nil` for the shortest digits that read back
    ///     to the same double. Negative values are treated as `0`.
    ///   - decimalSeparator: `.` or `,`.
    /// - Returns: The text, or `nil` for NaN and infinities.
    public static func format(_ value: Double, places: Int? = nil, decimalSeparator: UInt8 = UInt8(ascii: "."))
        -> String?
    {
        guard value.isFinite else { return nil }
        var out: [UInt8] = []
        append(value, places: places, decimalSeparator: decimalSeparator, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the plain text of a double to `out`; see ``format(_:places:decimalSeparator:)``.
    /// Appends nothing for NaN and infinities.
    public static func append(_ value: Double, places: Int?, decimalSeparator: UInt8, to out: inout [UInt8]) {
        guard value.isFinite else { return }
        guard let places else { return appendShortest(value, decimalSeparator: decimalSeparator, to: &out) }
        if appendScaled(value, places: places, decimalSeparator: decimalSeparator, to: &out) { return }
        appendFromShortestDigits(value, places: places, decimalSeparator: decimalSeparator, to: &out)
    }

    /// The shortest digits laid out plain (`places` nil, the case of computed numbers): what
    /// `appendFromShortestDigits` writes, with the digits kept on the stack instead of in an array.
    static func appendShortest(_ value: Double, decimalSeparator: UInt8, to out: inout [UInt8]) {
        withShortestDigits(of: value.magnitude) { digits, point in
            if value < 0, !digits.isEmpty { out.append(UInt8(ascii: "-")) }
            layOut(digits, point: point, minimumFraction: 0, separator: decimalSeparator, to: &out)
        }
    }

    /// The fixed-decimals case without text: `value × 10^places` rounded as an integer, when that gives the
    /// digits rounding the shortest decimal digits gives. It does unless the scaled value lies within 10^-6 of
    /// a tie (half-way between two integers), where the error of the product and the distance between the
    /// double and its shortest digits (together below 3 × 10^-7 under 10^9) could decide the rounding; then,
    /// and for larger magnitudes, it returns `false` and writes nothing.
    static func appendScaled(_ value: Double, places: Int, decimalSeparator: UInt8, to out: inout [UInt8]) -> Bool {
        guard (0...8).contains(places) else { return false }
        var power: UInt64 = 1
        for _ in 0..<places { power *= 10 }
        let scaled = value.magnitude * Double(power)
        guard scaled < 1e9 else { return false }
        let fraction = scaled - scaled.rounded(.down)
        guard abs(fraction - 0.5) > 1e-6 else { return false }
        let n = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        if value < 0, n != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(n / power, to: &out)
        guard places > 0 else { return true }
        out.append(decimalSeparator)
        var fractionDigits = n % power
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: places))
        var i = out.count - 1
        while fractionDigits > 0 {
            out[i] = UInt8(truncatingIfNeeded: fractionDigits % 10) &+ 0x30
            fractionDigits /= 10
            i -= 1
        }
        return true
    }

    /// The decimal digits of `value`.
    private static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
        guard value >= 10 else { return out.append(UInt8(truncatingIfNeeded: value) &+ 0x30) }
        let start = out.count
        var v = value
        while v > 0 {
            out.append(UInt8(truncatingIfNeeded: v % 10) &+ 0x30)
            v /= 10
        }
        out[start...].reverse()
    }

    /// The general case: Swift's shortest round-trip digits, rounded to `places` when given, laid out plain.
    static func appendFromShortestDigits(_ value: Double, places: Int?, decimalSeparator: UInt8, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        // The position of the decimal point relative to the first digit: value = 0.d1d2… × 10^point.
        var point = 0
        shortestDigits(of: value.magnitude, into: &digits, point: &point)
        var negative = value < 0
        if let places {
            let p = max(0, places)
            round(&digits, point: &point, keeping: point + p)
            if digits.isEmpty { negative = false }
            if negative { out.append(UInt8(ascii: "-")) }
            digits.withUnsafeBufferPointer { layOut($0, point: point, minimumFraction: p, separator: decimalSeparator, to: &out) }
        } else {
            if digits.isEmpty { negative = false }
            if negative { out.append(UInt8(ascii: "-")) }
            digits.withUnsafeBufferPointer { layOut($0, point: point, minimumFraction: 0, separator: decimalSeparator, to: &out) }
        }
    }

    /// The significant digits of Swift's shortest round-trip description, without leading or
    /// trailing zeros (empty for zero), and the decimal point's position.
    static func shortestDigits(of magnitude: Double, into digits: inout [UInt8], point: inout Int) {
        point = withShortestDigits(of: magnitude) { significant, point in
            digits.append(contentsOf: significant)
            return point
        }
    }

    /// Calls `body` with the significant digits of Swift's shortest round-trip description of `magnitude` (without
    /// leading or trailing zeros, empty for zero), on the stack, and the decimal point's position:
    /// magnitude = 0.d1d2… × 10^point.
    static func withShortestDigits<R>(of magnitude: Double, _ body: (UnsafeBufferPointer<UInt8>, Int) -> R) -> R {
        var text = magnitude.description
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { digits in
                var count = 0, integerDigits = 0, exponent = 0
                var seenPoint = false
                for i in 0..<utf8.count {
                    let b = utf8[i]
                    if b == UInt8(ascii: ".") {
                        seenPoint = true
                    } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                        exponent = parseExponent(UnsafeBufferPointer(rebasing: utf8[(i + 1)...]))
                        break
                    } else {
                        digits[count] = b
                        count += 1
                        if !seenPoint { integerDigits += 1 }
                    }
                }
                var first = 0
                while first < count, digits[first] == UInt8(ascii: "0") { first += 1 }
                var end = count
                while end > first, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
                let significant = UnsafeBufferPointer(rebasing: digits[first..<end])
                return body(significant, significant.isEmpty ? 0 : integerDigits + exponent - first)
            }
        }
    }

    private static func parseExponent(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var sign = 1
        var value = 0
        for b in utf8 {
            if b == UInt8(ascii: "-") { sign = -1 } else if b &- 0x30 < 10 { value = value * 10 + Int(b - 0x30) }
        }
        return sign * value
    }

    /// Rounds the digits so that `keep` of them remain (half away from zero), adjusting the point.
    static func round(_ digits: inout [UInt8], point: inout Int, keeping keep: Int) {
        guard keep < digits.count else { return }
        if keep < 0 {
            digits.removeAll()
            point = 0
            return
        }
        let roundUp = digits[keep] >= UInt8(ascii: "5")
        digits.removeLast(digits.count - keep)
        if roundUp {
            var i = digits.count - 1
            while i >= 0 {
                if digits[i] == UInt8(ascii: "9") {
                    digits[i] = UInt8(ascii: "0")
                    i -= 1
                } else {
                    digits[i] += 1
                    break
                }
            }
            if i < 0 {
                digits.insert(UInt8(ascii: "1"), at: 0)
                point += 1
            }
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }

    /// Writes `0.d1d2… × 10^point` without exponent, with at least `minimumFraction` decimals.
    static func layOut(
        _ digits: UnsafeBufferPointer<UInt8>, point: Int, minimumFraction: Int, separator: UInt8, to out: inout [UInt8]
    ) {
        let zero = UInt8(ascii: "0")
        var fraction = 0
        if digits.isEmpty {
            out.append(zero)
        } else if point <= 0 {
            out.append(zero)
            out.append(separator)
            out.append(contentsOf: repeatElement(zero, count: -point))
            out.append(contentsOf: digits)
            fraction = -point + digits.count
        } else if point >= digits.count {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(zero, count: point - digits.count))
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<point]))
            out.append(separator)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[point...]))
            fraction = digits.count - point
        }
        if fraction < minimumFraction {
            if fraction == 0 { out.append(separator) }
            out.append(contentsOf: repeatElement(zero, count: minimumFraction - fraction))
        }
    }
}
