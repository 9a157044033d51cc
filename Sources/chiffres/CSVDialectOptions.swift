import ArgumentParser
import Tabular

/// The CSV output options shared by commands that write CSV: `--delimiter`, `--decimal-comma`,
/// `--excel-fr`. Add them with `@OptionGroup var csv: CSVDialectOptions` and write with ``dialect``.
struct CSVDialectOptions: ParsableArguments {
    @Option(help: "CSV field delimiter: one character such as ; or |, or tab.")
    var delimiter: String?

    @Flag(help: "Write numbers with a decimal comma (1,5).")
    var decimalComma = false

    @Flag(name: .customLong("excel-fr"), help: "French Excel: ; delimiter, decimal comma, UTF-8 BOM, CRLF.")
    var excelFrench = false

    func validate() throws {
        if let delimiter, CSVDialect.delimiter(named: delimiter) == nil {
            throw ValidationError(
                "'\(delimiter)' cannot separate CSV fields; use one punctuation character such as ; or |, or tab.")
        }
    }

    /// The dialect the options ask for: RFC 4180, or French Excel, with the delimiter and decimal
    /// comma given on top.
    var dialect: CSVDialect {
        var d = excelFrench ? CSVDialect.excelFrench : .rfc4180
        if let delimiter, let byte = CSVDialect.delimiter(named: delimiter) { d.delimiter = byte }
        if decimalComma { d.decimalSeparator = UInt8(ascii: ",") }
        return d
    }
}
