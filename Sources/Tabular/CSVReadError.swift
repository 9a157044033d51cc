/// Why a CSV text could not be read, and where.
public struct CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// A quoted field is still open at the end of the input.
        case unterminatedQuote
        /// A closing quote is followed by something other than a delimiter or a line end.
        case characterAfterClosingQuote
        /// A field is not valid UTF-8.
        case invalidUTF8
        /// A record has a different number of fields than the header.
        case fieldCount(expected: Int, found: Int)
        /// The input has no header record.
        case noHeader
        /// A column the caller needs is not in the header.
        case missingColumn(String)
    }

    /// What went wrong.
    public var reason: Reason
    /// The 1-based line (physical line of the input) where the problem was found.
    public var line: Int
    /// The 1-based field number in its record (the spreadsheet column), or 0 when the whole
    /// record is concerned.
    public var column: Int

    /// Creates an error.
    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// A sentence that says what went wrong, where, and what to do.
    public var description: String {
        let place = column > 0 ? "line \(line), column \(column)" : "line \(line)"
        switch reason {
        case .unterminatedQuote:
            return "\(place): a quoted field is never closed; add the closing \" or double the quotes inside it"
        case .characterAfterClosingQuote:
            return "\(place): text follows a closing quote; quotes inside a quoted field must be doubled (\"\")"
        case .invalidUTF8:
            return "\(place): the field is not valid UTF-8; save the file as UTF-8"
        case .fieldCount(let expected, let found):
            return "\(place): \(found) fields where the header has \(expected); check the delimiter and quoting"
        case .noHeader:
            return "\(place): the input is empty; a header record is needed"
        case .missingColumn(let name):
            return "\(place): no column named \"\(name)\" in the header"
        }
    }
}
