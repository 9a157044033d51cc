/// Why a JSON Lines record could not be read as an article, and where in its line.
public struct JSONLineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The line is not JSON; the text says what was expected.
        case notJSON(String)
        /// The line is JSON but not an object (an array, a string, …).
        case notAnObject
        /// The object has no `text` field.
        case missingText
        /// The `text` field is not a string.
        case textNotString
        /// A string holds bytes that are not UTF-8.
        case invalidUTF8
        /// The `date` field is not an ISO date (`YYYY-MM-DD`) nor null.
        case invalidDate(String)
        /// The `lang` field names a language Chiffres does not read.
        case unsupportedLanguage(String)
        /// Arrays and objects are nested deeper than Chiffres follows.
        case tooDeep
    }

    /// What went wrong.
    public var reason: Reason
    /// The 1-based byte column in the line where it was found.
    public var column: Int

    /// Creates an error.
    public init(_ reason: Reason, column: Int) {
        self.reason = reason
        self.column = column
    }

    /// A sentence that says what went wrong and what to do (the caller adds the file and line).
    public var description: String {
        switch reason {
        case .notJSON(let expected):
            return "not JSON at column \(column): \(expected); each line must be one JSON object"
        case .notAnObject:
            return "the line is JSON but not an object; each line must be {\"id\": …, \"text\": …}"
        case .missingText:
            return "no \"text\" field; each line needs {\"id\": …, \"text\": …}"
        case .textNotString:
            return "the \"text\" field at column \(column) is not a string"
        case .invalidUTF8:
            return "invalid UTF-8 in a string at column \(column); write the file as UTF-8"
        case .invalidDate(let text):
            return "\"date\" at column \(column) is \"\(text)\", not a date; write YYYY-MM-DD or null"
        case .unsupportedLanguage(let text):
            return "\"lang\" at column \(column) is \"\(text)\"; Chiffres reads fr and en (remove lang to detect it)"
        case .tooDeep:
            return "values nested too deep at column \(column); flatten the record"
        }
    }
}
