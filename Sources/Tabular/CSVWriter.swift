/// Writes CSV records into a byte buffer that the caller flushes.
///
/// The writer never touches files: it appends UTF-8 bytes to ``bytes``, and the caller hands
/// them to a file or standard output with ``flush(_:)`` whenever the buffer is large enough.
/// Fields are written one at a time and a record is closed with ``endRecord()``:
///
/// ```swift
/// var csv = CSVWriter(dialect: .excelFrench)
/// csv.writeRecord(["doc", "value", "text"])
/// csv.writeText("a.txt")
/// csv.writeDecimal("1.5")        // 1,5 under the French dialect
/// csv.writeText("+20 %")         // '+20 %, so that no spreadsheet evaluates it
/// csv.endRecord()
/// try csv.flush { try output.write($0) }
/// ```
///
/// Text is quoted as RFC 4180 says (when it holds the delimiter, a quote, CR or LF; quotes
/// doubled) and neutralized as ``SpreadsheetSafety`` says. Numbers are written plain: no
/// exponent, no grouping, the dialect's decimal separator.
public struct CSVWriter: Sendable {
    /// The dialect records are written in.
    public let dialect: CSVDialect
    /// The bytes written and not yet flushed.
    public internal(set) var bytes: [UInt8]

    @usableFromInline var fieldsInRecord = 0
    @usableFromInline var recordStart = 0
    private let lineEnding: [UInt8]

    /// Creates a writer; the byte-order mark, when the dialect has one, is its first output.
    ///
    /// - Parameters:
    ///   - dialect: How to separate fields, write decimals and end records.
    ///   - capacity: Bytes to reserve in the buffer.
    public init(dialect: CSVDialect = .rfc4180, capacity: Int = 1 << 16) {
        self.dialect = dialect
        self.lineEnding = dialect.lineEnding == .crlf ? [0x0D, 0x0A] : [0x0A]
        bytes = []
        bytes.reserveCapacity(capacity)
        if dialect.byteOrderMark { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        recordStart = bytes.count
    }

    /// Hands the buffered bytes to `body`, then empties the buffer (keeping its capacity).
    ///
    /// - Parameter body: Writes the bytes somewhere; when it throws, the bytes stay buffered.
    public mutating func flush(_ body: ([UInt8]) throws -> Void) rethrows {
        try body(bytes)
        bytes.removeAll(keepingCapacity: true)
        recordStart = 0
    }

    /// Appends the records `other` wrote (closed records in the same dialect, without a byte-order mark), after the
    /// records written so far: rows written on other threads, joined in order.
    public mutating func append(recordsOf other: CSVWriter) {
        bytes.append(contentsOf: other.bytes)
        fieldsInRecord = 0
        recordStart = bytes.count
    }

    /// Closes the current record with the dialect's line ending.
    ///
    /// A record made of one empty field is written as `""` so that readers do not take it
    /// for a blank line.
    public mutating func endRecord() {
        if fieldsInRecord == 1 && bytes.count == recordStart {
            bytes.append(0x22)
            bytes.append(0x22)
        }
        bytes.append(contentsOf: lineEnding)
        fieldsInRecord = 0
        recordStart = bytes.count
    }

    // writeRecord(_:) and write(_:) come with ``RecordWriter``.

    /// Writes an empty field.
    public mutating func writeEmpty() {
        beginField()
    }

    /// Writes a text field, quoted when it holds the delimiter, a quote, CR or LF, and
    /// prefixed with `'` when a spreadsheet would evaluate it.
    ///
    /// - Parameter text: The cell's text.
    public mutating func writeText(_ text: String) {
        var text = text
        text.withUTF8 { writeText(utf8: $0) }
    }

    /// Writes a text field given as UTF-8 bytes; see ``writeText(_:)``.
    ///
    /// - Parameter utf8: The cell's text, as UTF-8.
    public mutating func writeText(utf8: UnsafeBufferPointer<UInt8>) {
        if Self.hasControlCharacter(utf8) {
            // Control characters (U+0000–U+001F but tab, LF and CR, and U+007F) become spaces: a NUL or an escape
            // in a cell breaks the tools that read CSV, and offsets stay the same.
            var cleaned = Array(utf8)
            for k in cleaned.indices where Self.isControl(cleaned[k]) { cleaned[k] = 0x20 }
            cleaned.withUnsafeBufferPointer { writeCleanText(utf8: $0) }
            return
        }
        writeCleanText(utf8: utf8)
    }

    /// Whether `b` is a control character written as a space.
    @inline(__always) static func isControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F
    }

    /// Whether a text holds a control character other than tab, LF and CR; eight bytes at a time.
    static func hasControlCharacter(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let n = utf8.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let below = (w &- ones &* 0x20) & ~w & highs
            let x = w ^ (ones &* 0x7F)
            let del = (x &- ones) & ~x & highs
            if below == 0 && del == 0 {
                i += 8
                continue
            }
            for k in i..<i + 8 where isControl(base[k]) { return true }
            i += 8
        }
        while i < n {
            if isControl(base[i]) { return true }
            i += 1
        }
        return false
    }

    private mutating func writeCleanText(utf8: UnsafeBufferPointer<UInt8>) {
        beginField()
        let neutralize = SpreadsheetSafety.needsPrefix(utf8)
        let quote = (dialect.quotesText && !utf8.isEmpty) || Self.needsQuotes(utf8, delimiter: dialect.delimiter)
        if !quote {
            if neutralize { bytes.append(SpreadsheetSafety.prefix) }
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        if neutralize { bytes.append(SpreadsheetSafety.prefix) }
        var start = 0
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0x22 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...i]))
                bytes.append(0x22)
                start = i + 1
            }
            i += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(0x22)
    }

    /// Whether a text holds the delimiter, a quote, CR or LF; eight bytes at a time.
    static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let n = utf8.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let patterns = (ones &* UInt64(delimiter), ones &* 0x22, ones &* 0x0A, ones &* 0x0D)
        @inline(__always) func holds(_ word: UInt64, _ pattern: UInt64) -> Bool {
            let x = word ^ pattern
            return (x &- ones) & ~x & highs != 0
        }
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if holds(w, patterns.0) || holds(w, patterns.1) || holds(w, patterns.2) || holds(w, patterns.3) {
                return true
            }
            i += 8
        }
        while i < n {
            let b = base[i]
            if b == delimiter || b == 0x22 || b == 0x0A || b == 0x0D { return true }
            i += 1
        }
        return false
    }

    /// Starts a field: the delimiter unless it is the first of its record.
    @usableFromInline
    mutating func beginField() {
        if fieldsInRecord > 0 { bytes.append(dialect.delimiter) }
        fieldsInRecord += 1
    }
}
