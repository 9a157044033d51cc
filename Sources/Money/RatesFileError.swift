/// Why a rates file was refused, with the line and column to look at and what to do.
///
/// The position is 1-based; line 0 means the file as a whole (an archive that cannot be opened).
/// The command-line tool puts the file name in front of ``description``.
public struct RatesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// The bytes start like a ZIP archive but it cannot be read.
        case unreadableArchive(String)
        /// The archive holds no `.csv` member.
        case noCSVInArchive
        /// There is no header line, or no row after it.
        case empty
        /// The first field of the header is not `Date`.
        case missingDateColumn
        /// A header field is not a three-letter currency code.
        case badCurrencyCode(String)
        /// A currency appears twice in the header.
        case duplicateCurrency(String)
        /// A row has a different number of fields from the header.
        case wrongFieldCount(expected: Int, found: Int)
        /// A date is not `YYYY-MM-DD` (or `30 October 2026` as in the ECB's daily file).
        case badDate(String)
        /// Dates must run newest first (as the ECB publishes them) or oldest first, without repeats.
        case dateOutOfOrder(String)
        /// A rate is not a positive decimal with at most 8 decimals, nor `N/A`.
        case badRate(currency: String, text: String)
        /// The header has more currency columns than any rates file holds.
        case tooManyCurrencies(limit: Int)
        /// A date before 1950 or after 2100.
        case dateOutOfRange(String)
    }

    /// 1-based line, or 0 for the whole file.
    public let line: Int
    /// 1-based byte column on the line where the faulty field starts, or 0.
    public let column: Int
    /// What is wrong.
    public let reason: Reason

    /// Creates an error at a position.
    public init(line: Int, column: Int, reason: Reason) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 3, column 17: …` followed by what to do.
    public var description: String {
        let place = line > 0 ? "line \(line), column \(column): " : ""
        return place + explanation
    }

    private var explanation: String {
        let fix = "Download eurofxref-hist.zip again from the ECB or restore the shipped file."
        switch reason {
        case .unreadableArchive(let detail):
            return "not a readable ZIP archive (\(detail)). \(fix)"
        case .noCSVInArchive:
            return "the archive holds no .csv file; the ECB's eurofxref-hist.zip holds eurofxref-hist.csv. \(fix)"
        case .empty:
            return "no rates: the file needs a header line (Date,USD,JPY,…) and at least one row. \(fix)"
        case .missingDateColumn:
            return "the header must start with Date, as in the ECB's file (Date,USD,JPY,…). \(fix)"
        case .badCurrencyCode(let text):
            return "'\(text)' in the header is not a three-letter currency code (USD). \(fix)"
        case .duplicateCurrency(let code):
            return "\(code) appears twice in the header; keep one column per currency. \(fix)"
        case .wrongFieldCount(let expected, let found):
            return "\(found) fields where the header has \(expected); every row needs one rate (or N/A) per currency. \(fix)"
        case .badDate(let text):
            return "'\(text)' is not a date; write YYYY-MM-DD (2026-02-12). \(fix)"
        case .dateOutOfOrder(let text):
            return "\(text) is repeated or out of order; dates must run newest first, as the ECB publishes them. \(fix)"
        case .badRate(let currency, let text):
            return "'\(text)' is not a rate for \(currency); write a positive decimal (1.1874) or N/A. \(fix)"
        case .tooManyCurrencies(let limit):
            return "more than \(limit) currency columns; a rates file has one per currency (the ECB's about 40). \(fix)"
        case .dateOutOfRange(let text):
            return "\(text) is outside 1950-01-01 to 2100-12-31, the dates a rates file may hold. \(fix)"
        }
    }
}
