/// How a CSV file separates fields, writes decimals and ends lines.
///
/// The default is RFC 4180 (`,` between fields, `.` as the decimal point, LF line endings,
/// no byte-order mark). ``excelFrench`` is what a French Excel opens without an import
/// dialog: `;` between fields, decimal comma, CRLF, and a UTF-8 byte-order mark.
public struct CSVDialect: Hashable, Sendable {
    /// How records end.
    public enum LineEnding: String, Hashable, Sendable {
        /// `\n`, as RFC 4180 tools on Unix expect.
        case lf
        /// `\r\n`, as RFC 4180 specifies and Excel writes.
        case crlf
    }

    /// The byte between fields (ASCII).
    public var delimiter: UInt8
    /// The byte between the integer and fractional digits of numbers: `.` or `,`.
    public var decimalSeparator: UInt8
    /// How records end.
    public var lineEnding: LineEnding
    /// Whether the output starts with the UTF-8 byte-order mark `EF BB BF`.
    public var byteOrderMark: Bool
    /// Whether every non-empty text field is quoted (numbers never are), so that a spreadsheet told to
    /// read quoted fields as text (LibreOffice's "Format quoted field as text") keeps "1,3 %" as written.
    public var quotesText = false

    /// Creates a dialect.
    ///
    /// - Parameters:
    ///   - delimiter: The byte between fields; see ``delimiter(named:)`` for the accepted ones.
    ///   - decimalComma: Whether numbers are written with a decimal comma.
    ///   - lineEnding: How records end.
    ///   - byteOrderMark: Whether the output starts with a UTF-8 byte-order mark.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","), decimalComma: Bool = false,
        lineEnding: LineEnding = .lf, byteOrderMark: Bool = false
    ) {
        self.delimiter = delimiter
        self.decimalSeparator = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
    }

    /// RFC 4180: `,`, decimal point, LF, no byte-order mark.
    public static let rfc4180 = CSVDialect()

    /// English Excel: `,`, decimal point, CRLF, UTF-8 byte-order mark (which makes Excel and
    /// LibreOffice read UTF-8 when the file is opened by double-click).
    public static let excel = CSVDialect(lineEnding: .crlf, byteOrderMark: true)

    /// French Excel: `;`, decimal comma, CRLF, UTF-8 byte-order mark.
    public static let excelFrench = CSVDialect(
        delimiter: UInt8(ascii: ";"), decimalComma: true, lineEnding: .crlf, byteOrderMark: true)

    /// Whether numbers are written with a decimal comma.
    public var decimalComma: Bool { decimalSeparator == UInt8(ascii: ",") }

    /// The delimiter a user named, or `nil` when it cannot separate CSV fields.
    ///
    /// Accepts one ASCII punctuation character or space (`,` `;` `|` `:` …), a tab character,
    /// and the names `tab`, `\t`, `comma`, `semicolon`, `pipe`, `space`. Refuses the quote,
    /// the apostrophe (used to neutralize cells), letters, digits, `.`, `-`, `+` and line breaks,
    /// which would make numbers or quoting ambiguous.
    ///
    /// - Parameter name: What the user typed.
    /// - Returns: The delimiter byte, or `nil`.
    public static func delimiter(named name: String) -> UInt8? {
        switch name.lowercased() {
        case "tab", "\\t", "\t": return 0x09
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        case "space": return UInt8(ascii: " ")
        default: break
        }
        let bytes = Array(name.utf8)
        guard bytes.count == 1 else { return nil }
        let b = bytes[0]
        let refused: Set<UInt8> = [0x22, 0x27, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+")]
        guard b == 0x20 || (b > 0x20 && b < 0x7F), !refused.contains(b) else { return nil }
        let isLetterOrDigit = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        return isLetterOrDigit ? nil : b
    }
}
