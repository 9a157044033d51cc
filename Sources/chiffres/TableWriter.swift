import Tabular
import Workbook

/// A command's rows on their way out: into CSV bytes, or into a workbook's sheet; the code that
/// writes the rows is the same for both.
struct TableWriter: RecordWriter, FieldSink {
    /// The CSV being written, or `nil`.
    var csv: CSVWriter?
    /// The sheet being written, or `nil`.
    var sheet: SheetWriter?

    /// CSV in `dialect`, starting with the header.
    init(dialect: CSVDialect, header: [String]) {
        var writer = CSVWriter(dialect: dialect)
        writer.writeRecord(header)
        csv = writer
    }

    /// A new table sheet of `workbook`.
    init(sheet: SheetWriter) {
        self.sheet = sheet
    }

    mutating func writeText(_ text: String) { csv?.writeText(text); sheet?.writeText(text) }
    mutating func writeInteger(_ value: Int) { csv?.writeInteger(value); sheet?.writeInteger(value) }
    mutating func writeDecimal(significand: Int64, exponent: Int) {
        csv?.writeDecimal(significand: significand, exponent: exponent)
        sheet?.writeDecimal(significand: significand, exponent: exponent)
    }
    mutating func writeDecimal(_ text: String) { csv?.writeDecimal(text); sheet?.writeDecimal(text) }
    mutating func writeDouble(_ value: Double, places: Int?) {
        csv?.writeDouble(value, places: places)
        sheet?.writeDouble(value, places: places)
    }
    mutating func writeEmpty() { csv?.writeEmpty(); sheet?.writeEmpty() }
    mutating func endRecord() { csv?.endRecord(); sheet?.endRecord() }
}

extension SheetWriter: FieldSink {}
