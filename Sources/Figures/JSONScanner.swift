/// A small JSON reader over the bytes of one line: enough to read an object's string fields
/// fast and to skip, while checking them, the values Chiffres does not use.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The deepest nesting of arrays and objects that is followed.
    static let maximumDepth = 200

    var atEnd: Bool { position >= bytes.count }

    /// The 1-based column of `position`; at the end of the line, the column of its last byte (a column past
    /// the end would point at nothing in an editor).
    var column: Int { min(position, max(bytes.count - 1, 0)) + 1 }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func fail(_ expected: String) -> JSONLineError {
        let found: String
        if let b = current {
            found = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte \(b)"
        } else {
            found = "the end of the line (after column \(column))"
        }
        return JSONLineError(.notJSON("expected \(expected), found \(found)"), column: column)
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONLineError) {
        guard current == byte else { throw fail(what) }
        position += 1
    }

    /// Reads a string at the current `"`, decoding escapes.
    mutating func readString() throws(JSONLineError) -> String {
        try expect(0x22, "'\"'")
        let contentStart = position
        // Fast path: no escape before the closing quote.
        var i = position
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x22 {
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<i])
                guard let text = String(validating: content, as: UTF8.self) else {
                    let offset = UTF8Check.firstInvalidByte(in: content) ?? 0
                    throw JSONLineError(.invalidUTF8, column: contentStart + offset + 1)
                }
                position = i + 1
                return text
            }
            if b == 0x5C { break }
            if b < 0x20 { throw controlCharacter(at: i) }
            i += 1
        }
        return try readEscapedString(contentStart: contentStart, firstEscape: i)
    }

    private func controlCharacter(at i: Int) -> JSONLineError {
        JSONLineError(.notJSON("a control character inside a string (write it as \\n, \\t or \\u00XX)"), column: i + 1)
    }

    /// The slow path of ``readString()``: `firstEscape` is where the first `\` (or the end) is.
    private mutating func readEscapedString(contentStart: Int, firstEscape: Int) throws(JSONLineError) -> String {
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n - contentStart)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<firstEscape]))
        var p = firstEscape
        while p < n {
            // Here bytes[p] is a backslash.
            guard p + 1 < n else { break }
            let e = bytes[p + 1]
            p += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                position = p
                var scalar = try readHex4()
                p = position
                if scalar >= 0xD800 && scalar < 0xDC00, p + 1 < n, bytes[p] == 0x5C, bytes[p + 1] == UInt8(ascii: "u") {
                    position = p + 2
                    let low = try readHex4()
                    if low >= 0xDC00 && low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        p = position
                    }
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: UTF8.encode(s) ?? UTF8.EncodedScalar())
            default:
                position = p - 1
                throw fail("an escape (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
            }
            // Copy the run up to the next quote or backslash.
            let run = p
            while p < n {
                let b = bytes[p]
                if b == 0x22 || b == 0x5C { break }
                if b < 0x20 { throw controlCharacter(at: p) }
                p += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<p]))
            if p < n, bytes[p] == 0x22 {
                position = p + 1
                return try validated(out, contentStart: contentStart)
            }
        }
        position = n
        throw fail("'\"' to close the string")
    }

    private func validated(_ out: [UInt8], contentStart: Int) throws(JSONLineError) -> String {
        if let text = String(validating: out, as: UTF8.self) { return text }
        // Escapes only produce valid UTF-8: the fault is in the raw bytes; find it in the line.
        var end = contentStart
        while end < bytes.count, bytes[end] != 0x22 || bytes[end - 1] == 0x5C { end += 1 }
        let raw = UnsafeBufferPointer(rebasing: bytes[contentStart..<min(end, bytes.count)])
        let offset = UTF8Check.firstInvalidByte(in: raw) ?? 0
        throw JSONLineError(.invalidUTF8, column: contentStart + offset + 1)
    }

    private mutating func readHex4() throws(JSONLineError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current else { throw fail("four hexadecimal digits after \\u") }
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("four hexadecimal digits after \\u")
            }
            value = value << 4 | d
            position += 1
        }
        return value
    }

    /// Reads a number and returns its text as written.
    mutating func readNumber() throws(JSONLineError) -> String {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, first &- 0x30 < 10 else { throw fail("a digit") }
        position += 1
        if first != 0x30 { skipDigits() }
        if current == UInt8(ascii: ".") {
            position += 1
            guard let d = current, d &- 0x30 < 10 else { throw fail("a digit after '.'") }
            skipDigits()
        }
        if let e = current, e | 0x20 == UInt8(ascii: "e") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let d = current, d &- 0x30 < 10 else { throw fail("a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func skipDigits() {
        while position < bytes.count, bytes[position] &- 0x30 < 10 { position += 1 }
    }

    /// Reads `true`, `false` or `null` and returns which.
    mutating func readLiteral() throws(JSONLineError) -> String {
        for word in ["true", "false", "null"] {
            let utf8 = word.utf8
            if position + utf8.count <= bytes.count, bytes[position..<(position + utf8.count)].elementsEqual(utf8) {
                position += utf8.count
                return word
            }
        }
        throw fail("a JSON value")
    }

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(JSONLineError) {
        guard depth < Self.maximumDepth else { throw JSONLineError(.tooDeep, column: column) }
        skipWhitespace()
        guard let b = current else { throw fail("a JSON value") }
        switch b {
        case 0x22:
            try skipString()
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                try skipString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':'")
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                return
            }
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        case UInt8(ascii: "-"), 0x30...0x39:
            _ = try readNumber()
        default:
            _ = try readLiteral()
        }
    }

    /// Skips a string without decoding it (escapes and control characters are still checked).
    mutating func skipString() throws(JSONLineError) {
        try expect(0x22, "'\"'")
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x22 {
                position += 1
                return
            }
            if b < 0x20 {
                throw JSONLineError(
                    .notJSON("a control character inside a string (write it as \\n, \\t or \\u00XX)"),
                    column: position + 1)
            }
            position += b == 0x5C ? 2 : 1
        }
        throw fail("'\"' to close the string")
    }
}
