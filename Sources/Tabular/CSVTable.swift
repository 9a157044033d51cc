import Dispatch

/// A CSV text read whole: a header and records that can be looked up by column name.
///
/// ```swift
/// let table = try CSVTable(bytes: data)
/// for row in table.rows {
///     let value = try row.number("value")     // reads 1,5 as 1.5 in a decimal-comma dialect
/// }
/// ```
public struct CSVTable: Sendable {
    /// The dialect the text was read in.
    public let dialect: CSVDialect
    /// The column names, in order.
    public let header: [String]
    /// The records after the header.
    public let rows: [CSVRow]

    /// Reads a CSV text whose first record is the header.
    ///
    /// - Parameters:
    ///   - bytes: The CSV text as UTF-8.
    ///   - dialect: The dialect, or `nil` to detect it.
    ///   - removesNeutralization: Whether to remove the `'` that a writer put before cells a
    ///     spreadsheet would evaluate.
    /// - Throws: ``CSVReadError`` when the text is malformed, empty, or a record does not have as
    ///   many fields as the header.
    public init(bytes: [UInt8], dialect: CSVDialect? = nil, removesNeutralization: Bool = false)
        throws(CSVReadError)
    {
        try self.init(bytes: bytes, dialect: dialect, removesNeutralization: removesNeutralization, parts: 2)
    }

    /// The same, the records read in up to `parts` parts on as many threads when the text is large and has no
    /// quote (so that every line break ends a record): the same rows, or the same first error, as one part gives.
    init(bytes: [UInt8], dialect: CSVDialect?, removesNeutralization: Bool, parts: Int) throws(CSVReadError) {
        var reader = CSVReader(bytes: bytes, dialect: dialect, removesNeutralization: removesNeutralization)
        guard let header = try reader.nextRecord() else { throw CSVReadError(.noHeader, line: 1, column: 0) }
        let columns = CSVColumns(header)
        let readers = CSVTable.split(bytes, after: reader, parts: parts, minimumPart: 1 << 15)
        var results = [Result<[CSVRow], CSVReadError>](repeating: .success([]), count: readers.count)
        if readers.count == 1 {
            results[0] = CSVTable.records(reader, header: header, columns: columns)
        } else {
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer  // each thread writes its own part's slot
                DispatchQueue.concurrentPerform(iterations: readers.count) { i in
                    out[i] = CSVTable.records(readers[i], header: header, columns: columns)
                }
            }
        }
        var rows: [CSVRow] = []
        for result in results {
            switch result {
            case .success(let part): if rows.isEmpty { rows = part } else { rows += part }
            case .failure(let error): throw error
            }
        }
        self.dialect = reader.dialect
        self.header = header
        self.rows = rows
    }

    /// The records `reader` reads to its end, each checked to have as many fields as the header.
    private static func records(_ reader: CSVReader, header: [String], columns: CSVColumns) -> Result<[CSVRow], CSVReadError> {
        var reader = reader
        var rows: [CSVRow] = []
        do throws(CSVReadError) {
            while let fields = try reader.nextRecord() {
                guard fields.count == header.count else {
                    throw CSVReadError(
                        .fieldCount(expected: header.count, found: fields.count), line: reader.recordLine, column: 0)
                }
                rows.append(CSVRow(fields: fields, line: reader.recordLine, columns: columns))
            }
        } catch {
            return .failure(error)
        }
        return .success(rows)
    }

    /// Readers of consecutive parts of the records after `reader`'s position, split after a line feed: up to
    /// `parts` of them, each at least `minimumPart` bytes, when no quote occurs in the records (a quoted field may
    /// hold a line break); otherwise `reader` alone.
    static func split(_ bytes: [UInt8], after reader: CSVReader, parts: Int, minimumPart: Int) -> [CSVReader] {
        let (start, line) = reader.next
        let count = min(parts, (bytes.count - start) / max(minimumPart, 1))
        guard count > 1, !bytes[start...].contains(0x22) else { return [reader] }
        var readers: [CSVReader] = []
        var from = start, fromLine = line
        for part in 1...count {
            var to = part == count ? bytes.count : start + (bytes.count - start) * part / count
            while to < bytes.count && bytes[to - 1] != 0x0A { to += 1 }
            guard to > from else { continue }
            readers.append(CSVReader(bytes: bytes, range: from..<to, line: fromLine, dialect: reader.dialect,
                                     removesNeutralization: reader.removesNeutralization))
            // The line of the next part: one more per line feed, and per carriage return not followed by one.
            for i in from..<to where bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                fromLine += 1
            }
            from = to
        }
        return readers
    }

    /// The 0-based index of a column, or `nil` when the header does not name it.
    ///
    /// - Parameter name: The column name, exactly as in the header.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// Checks that the header names every given column.
    ///
    /// - Parameter names: The columns the caller needs.
    /// - Throws: ``CSVReadError`` with reason ``CSVReadError/Reason/missingColumn(_:)`` for the first missing one.
    public func require(_ names: [String]) throws(CSVReadError) {
        for name in names where columnIndex(name) == nil {
            throw CSVReadError(.missingColumn(name), line: 1, column: 0)
        }
    }
}

/// The header's names with their positions, shared by all rows of a table.
struct CSVColumns: Sendable {
    let index: [String: Int]

    init(_ header: [String]) {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        self.index = index
    }
}

/// One record of a ``CSVTable``.
public struct CSVRow: Sendable {
    /// The fields, in header order.
    public let fields: [String]
    /// The 1-based line on which the record begins.
    public let line: Int
    let columns: CSVColumns
    init(fields: [String], line: Int, columns: CSVColumns) {
        self.fields = fields
        self.line = line
        self.columns = columns
    }

    /// The field in the named column, or `nil` when the header has no such column.
    public subscript(_ name: String) -> String? {
        guard let i = columns.index[name], i < fields.count else { return nil }
        return fields[i]
    }

    /// The field in the named column.
    ///
    /// - Throws: ``CSVReadError`` when the header has no such column.
    public func value(_ name: String) throws(CSVReadError) -> String {
        guard let i = columns.index[name], i < fields.count else {
            throw CSVReadError(.missingColumn(name), line: line, column: 0)
        }
        return fields[i]
    }

    /// The field in the named column as a number, accepting `.` or `,` as the decimal separator;
    /// `nil` when the field is empty or not a number.
    ///
    /// - Throws: ``CSVReadError`` when the header has no such column.
    public func number(_ name: String) throws(CSVReadError) -> Double? {
        let text = try value(name)
        guard !text.isEmpty else { return nil }
        guard text.utf8.contains(UInt8(ascii: ",")) else { return Double(text).flatMap { $0.isFinite ? $0 : nil } }
        var commas = 0
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] == UInt8(ascii: ",") {
            commas += 1
            bytes[i] = UInt8(ascii: ".")
        }
        guard commas == 1, !text.utf8.contains(UInt8(ascii: ".")) else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }
}
