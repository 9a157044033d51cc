import ArgumentParser
import Tabular

/// The CSV output options shared by commands that write CSV: `--delimiter`, `--decimal-comma`,
/// `--bom`, `--excel`, `--excel-fr`. Add them with `@OptionGroup var csv: CSVDialectOptions` and write with ``dialect``.
struct CSVDialectOptions: ParsableArguments {
    @Option(help: "CSV field delimiter: one character such as ; or |, or tab.")
    var delimiter: String?

    @Flag(help: "Write numbers with a decimal comma (1,5).")
    var decimalComma = false

    @Flag(help: "Start the file with a UTF-8 byte-order mark, so that spreadsheets opening it by double-click read UTF-8.")
    var bom = false

    @Flag(help: """
        Quote every text field (never numbers): with LibreOffice's import option "Format quoted field as text", \
        text such as "1,3 %" stays text.
        """)
    var quoteText = false

    @Flag(help: "English Excel: , delimiter, decimal point, UTF-8 BOM, CRLF.")
    var excel = false

    @Flag(name: .customLong("excel-fr"), help: "French Excel: ; delimiter, decimal comma, UTF-8 BOM, CRLF.")
    var excelFrench = false

    /// Whether any of these options was given.
    var isGiven: Bool { delimiter != nil || decimalComma || bom || quoteText || excel || excelFrench }

    func validate() throws {
        if excel && excelFrench {
            throw ValidationError("--excel and --excel-fr are two dialects; choose one.")
        }
        if let delimiter, CSVDialect.delimiter(named: delimiter) == nil {
            throw ValidationError(
                "'\(delimiter)' cannot separate CSV fields; use one punctuation character such as ; or |, or tab.")
        }
    }

    /// The dialect the options ask for: RFC 4180, English or French Excel, with the delimiter and decimal
    /// comma given on top.
    var dialect: CSVDialect {
        var d = excelFrench ? CSVDialect.excelFrench : excel ? .excel : .rfc4180
        if bom { d.byteOrderMark = true }
        if quoteText { d.quotesText = true }
        if let delimiter, let byte = CSVDialect.delimiter(named: delimiter) { d.delimiter = byte }
        if decimalComma { d.decimalSeparator = UInt8(ascii: ",") }
        return d
    }
}
