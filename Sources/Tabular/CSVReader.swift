/// Reads RFC 4180 records from UTF-8 bytes.
///
/// Fields may be quoted (with doubled quotes inside) and span lines; records end with LF,
/// CRLF or CR; a leading UTF-8 byte-order mark is skipped. Blank lines are skipped.
/// When no dialect is given, the delimiter is detected from the first record (see
/// ``CSVDialect/detect(_:)``).
///
/// ```swift
/// var reader = CSVReader(bytes: data)
/// while let record = try reader.nextRecord() { … }
/// ```
public struct CSVReader: Sendable {
    /// The dialect the input is read in (given or detected).
    public let dialect: CSVDialect
    /// Whether a leading `'` that neutralized a cell (see ``SpreadsheetSafety``) is removed.
    ///
    /// A text that itself began with `'` and a trigger (`'+x`) comes back without its apostrophe:
    /// the one text that does not survive a write and a read with this option.
    public var removesNeutralization: Bool

    private let bytes: [UInt8]
    /// Where reading stops (the end of `bytes`, or of the part this reader was given).
    private let end: Int
    private var position: Int
    private var line = 1
    /// The number of fields of the last record, which the next one most likely has too.
    private var fieldsInLastRecord = 0
    /// The 1-based line on which the last record returned by ``nextRecord()`` began.
    public private(set) var recordLine = 0

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - bytes: The CSV text, as UTF-8, with or without byte-order mark.
    ///   - dialect: The dialect, or `nil` to detect the delimiter and decimal separator.
    ///   - removesNeutralization: Whether to remove the `'` that a writer put before cells
    ///     beginning with `=`, `+`, `-`, `@`, tab or CR.
    public init(bytes: [UInt8], dialect: CSVDialect? = nil, removesNeutralization: Bool = false) {
        self.bytes = bytes
        end = bytes.count
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = bom ? 3 : 0
        var d = dialect ?? CSVDialect.detect(bytes)
        if bom { d.byteOrderMark = true }
        self.dialect = d
        self.removesNeutralization = removesNeutralization
    }

    /// A reader of the records in `range` of `bytes` (which starts a record, on line `line`), in `dialect`.
    init(bytes: [UInt8], range: Range<Int>, line: Int, dialect: CSVDialect, removesNeutralization: Bool) {
        self.bytes = bytes
        end = range.upperBound
        position = range.lowerBound
        self.line = line
        self.dialect = dialect
        self.removesNeutralization = removesNeutralization
    }

    /// Where the next record starts, and its line.
    var next: (offset: Int, line: Int) { (position, line) }

    /// The offset in the bytes where the next record starts (after a header just read, the first row's).
    public var nextRecordOffset: Int { position }

    /// The next record, or `nil` at the end of the input.
    ///
    /// - Throws: ``CSVReadError`` for an unclosed quote, text after a closing quote or
    ///   a field that is not UTF-8.
    public mutating func nextRecord() throws(CSVReadError) -> [String]? {
        skipBlankLines()
        guard position < end else { return nil }
        recordLine = line
        var fields: [String] = []
        fields.reserveCapacity(fieldsInLastRecord)
        var field: [UInt8] = []
        let delimiter = dialect.delimiter
        while true {
            let fieldLine = line
            let decoded: String?
            if position < end, bytes[position] == 0x22 {
                field.removeAll(keepingCapacity: true)
                position += 1
                var closed = false
                while position < end {
                    let b = bytes[position]
                    if b == 0x22 {
                        if position + 1 < end, bytes[position + 1] == 0x22 {
                            field.append(0x22)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if b == 0x0A || (b == 0x0D && (position + 1 >= end || bytes[position + 1] != 0x0A)) {
                        line += 1
                    }
                    field.append(b)
                    position += 1
                }
                if !closed {
                    throw CSVReadError(.unterminatedQuote, line: fieldLine, column: fields.count + 1)
                }
                decoded = String(validating: field, as: UTF8.self)
            } else {
                let start = position
                var high: UInt8 = 0
                while position < end {
                    let b = bytes[position]
                    if b == delimiter || b == 0x0A || b == 0x0D { break }
                    high |= b
                    position += 1
                }
                // ASCII (the usual field) is valid UTF-8 as it stands: no validation to run.
                decoded = high < 0x80
                    ? bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<position]), as: UTF8.self) }
                    : String(validating: bytes[start..<position], as: UTF8.self)
            }
            guard var text = decoded else {
                throw CSVReadError(.invalidUTF8, line: fieldLine, column: fields.count + 1)
            }
            if removesNeutralization, text.utf8.count > 1,
               text.utf8.first == SpreadsheetSafety.prefix,
               SpreadsheetSafety.triggers(text.utf8[text.utf8.index(after: text.utf8.startIndex)]) {
                text.removeFirst()
            }
            fields.append(text)
            // After a field: a delimiter, a line end or the end of the input.
            fieldsInLastRecord = fields.count
            if position >= end { return fields }
            let b = bytes[position]
            if b == delimiter {
                position += 1
                continue
            }
            if b == 0x0A || b == 0x0D {
                consumeLineEnd()
                return fields
            }
            throw CSVReadError(.characterAfterClosingQuote, line: line, column: fields.count)
        }
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == 0x0D, position + 1 < end, bytes[position + 1] == 0x0A {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    private mutating func skipBlankLines() {
        while position < end, bytes[position] == 0x0A || bytes[position] == 0x0D {
            consumeLineEnd()
        }
    }
}
