/// The double nearest a short plain decimal (`-1234.5`), read without the general parser.
enum PlainDecimal {
    /// The powers of ten that doubles hold exactly.
    private static let exactPowers: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// The value of `text` when it is an optional `-` and at most 15 digits, with at most one `.` between two of them: the
    /// digits as an integer (exact in a double) divided by an exact power of ten, one correctly rounded division,
    /// so the double `Double(text)` reads (Clinger 1990). `nil` for anything else (exponents, `+`, longer
    /// numbers...), which the caller reads with `Double(_:)`.
    static func value(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { value(utf8: $0) }  // the bytes in place: no walk of the string's UTF-8 view
    }

    /// The same, of UTF-8 bytes.
    static func value(utf8 all: UnsafeBufferPointer<UInt8>) -> Double? {
        let negative = all.first == UInt8(ascii: "-")
        let utf8 = negative ? UnsafeBufferPointer(rebasing: all.dropFirst()) : all
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, seenPoint = false
        for b in utf8 {
            if b == UInt8(ascii: ".") {
                if seenPoint || digits == 0 { return nil }  // a digit before the point, always
                seenPoint = true
                continue
            }
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            mantissa = mantissa * 10 + UInt64(d)
            digits += 1
            if seenPoint { fraction += 1 }
            if digits > 15 { return nil }
        }
        guard digits > 0, !seenPoint || fraction > 0 else { return nil }  // and after it
        let magnitude = Double(mantissa) / exactPowers[fraction]
        return negative ? -magnitude : magnitude
    }
}
