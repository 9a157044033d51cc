extension CSVWriter {
    /// Writes a plain decimal literal as a number.
    ///
    /// `"485000000000"` is written as is, `"1.5"` as `1,5` under a decimal-comma dialect.
    /// The text must be an optional `-` followed by digits and at most one `.` between digits;
    /// anything else (an exponent, grouping, letters) is written as text with ``writeText(_:)``,
    /// so that a malformed value can never slip an unneutralized formula into a spreadsheet.
    ///
    /// - Parameter text: A decimal literal with `.` as the decimal point.
    public mutating func writeDecimal(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard Self.isPlainDecimal(utf8) else {
                writeText(utf8: utf8)
                return
            }
            beginField()
            let start = bytes.count
            bytes.append(contentsOf: utf8)
            let separator = dialect.decimalSeparator
            if separator != UInt8(ascii: "."), let point = bytes[start...].firstIndex(of: UInt8(ascii: ".")) {
                bytes[point] = separator
            }
            quoteNumberIfNeeded(from: start)
        }
    }

    /// Writes `significand × 10^exponent` as a plain decimal number.
    ///
    /// This is how exact amounts are written without building a string first:
    /// `(15, 8)` is `1500000000`, `(-125, -2)` is `-1.25` (or `-1,25`).
    ///
    /// - Parameters:
    ///   - significand: The digits.
    ///   - exponent: The power of ten they are scaled by.
    public mutating func writeDecimal(significand: Int64, exponent: Int) {
        beginField()
        let start = bytes.count
        if significand < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = significand.magnitude
        if magnitude == 0 {
            bytes.append(UInt8(ascii: "0"))  // Zero has no decimals.
        } else if exponent >= 0 {
            appendDigits(magnitude)
            if exponent > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent)) }
        } else {
            let shift = -exponent
            let separator = dialect.decimalSeparator
            Self.withDigits(of: magnitude) { digits in
                if digits.count <= shift {
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(separator)
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: shift - digits.count))
                    bytes.append(contentsOf: digits)
                } else {
                    let point = digits.count - shift
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<point]))
                    bytes.append(separator)
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[point...]))
                }
            }
        }
        quoteNumberIfNeeded(from: start)
    }

    /// Writes an integer.
    ///
    /// - Parameter value: The integer.
    public mutating func writeInteger(_ value: Int) {
        beginField()
        let start = bytes.count
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude))
        quoteNumberIfNeeded(from: start)
    }

    /// Writes a double without exponent or grouping.
    ///
    /// - Parameters:
    ///   - value: The number; NaN and infinities are written as an empty field.
    ///   - places: The number of decimals, fixed (`2` writes `1.50`); `nil` writes the shortest
    ///     digits that read back to the same double (`0.1`, `1e-7` as `0.0000001`, `1e22` in full).
    public mutating func writeDouble(_ value: Double, places: Int? = nil) {
        beginField()
        let start = bytes.count
        PlainNumberFormat.append(value, places: places, decimalSeparator: dialect.decimalSeparator, to: &bytes)
        quoteNumberIfNeeded(from: start)
    }

    /// Appends the decimal digits of `value`.
    mutating func appendDigits(_ value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) &+ 0x30)
            return
        }
        Self.withDigits(of: value) { bytes.append(contentsOf: $0) }
    }

    /// Calls `body` with the decimal digits of `value`, most significant first, written on the stack.
    @inline(__always)
    static func withDigits<R>(of value: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var i = buffer.count
            var v = value
            repeat {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
            } while v > 0
            return body(UnsafeBufferPointer(rebasing: buffer[i...]))
        }
    }

    /// Quotes the number just written in the rare dialect whose delimiter occurs in it.
    mutating func quoteNumberIfNeeded(from start: Int) {
        let delimiter = dialect.delimiter
        // A number holds digits, `-`, `.` and the decimal separator: other delimiters never need a look.
        guard delimiter &- 0x30 < 10 || delimiter == UInt8(ascii: "-") || delimiter == UInt8(ascii: ".")
            || delimiter == dialect.decimalSeparator else { return }
        var i = start
        while i < bytes.count {
            if bytes[i] == delimiter {
                bytes.insert(0x22, at: start)
                bytes.append(0x22)
                return
            }
            i += 1
        }
    }

    /// Whether `utf8` is `-?[0-9]+(\.[0-9]+)?`.
    static func isPlainDecimal(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < utf8.count, utf8[i] == UInt8(ascii: "-") { i += 1 }
        var integerDigits = 0
        while i < utf8.count, utf8[i] &- 0x30 < 10 {
            i += 1
            integerDigits += 1
        }
        guard integerDigits > 0 else { return false }
        if i == utf8.count { return true }
        guard utf8[i] == UInt8(ascii: ".") else { return false }
        i += 1
        var fractionDigits = 0
        while i < utf8.count, utf8[i] &- 0x30 < 10 {
            i += 1
            fractionDigits += 1
        }
        return fractionDigits > 0 && i == utf8.count
    }
}
