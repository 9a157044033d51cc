import Tabular

/// Writes a command's rows into a table sheet, with the same calls as ``CSVWriter``: the code that
/// writes CSV writes the workbook too.
///
/// Types are stored, never guessed: text stays text exactly as given (`1,3 %` is never a number),
/// numbers are numbers (exact decimals as the nearest double: the exact digits are in the CSV),
/// `YYYY-MM-DD` in a date column is a date, a year in a year column is a number. Numbers are shown
/// with thousands separators and the decimals they were written with.
public struct SheetWriter: RecordWriter {
    let table: TableSheet

    /// Rows written under the header so far.
    public var rowCount: Int { Int(table.row) - 1 + table.column.signum() }

    public mutating func writeText(_ text: String) {
        defer { table.column += 1 }
        switch table.style {
        case .date:
            if let (y, m, d) = Self.isoDate(text) { return table.writeDate(year: y, month: m, day: d) }
        case .year:
            if let year = Self.year(text) { return table.writeNumber(Double(year), format: "0") }
        default: break
        }
        table.writeString(text)
    }

    public mutating func writeInteger(_ value: Int) {
        defer { table.column += 1 }
        table.writeNumber(Double(value), format: Self.format(places: 0, style: table.style))
    }

    public mutating func writeDecimal(significand: Int64, exponent: Int) {
        defer { table.column += 1 }
        guard let value = Double("\(significand)e\(exponent)") else { return }
        table.writeNumber(value, format: Self.format(places: max(0, -exponent), style: table.style))
    }

    public mutating func writeDecimal(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let value = Double(text), parts.count <= 2, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
        else { return writeText(text) }
        defer { table.column += 1 }
        table.writeNumber(value, format: Self.format(places: parts.count == 2 ? parts[1].count : 0, style: table.style))
    }

    public mutating func writeDouble(_ value: Double, places: Int?) {
        defer { table.column += 1 }
        let places = places ?? (value == value.rounded(.towardZero) ? 0 : nil)
        table.writeNumber(value, format: places.map { Self.format(places: $0, style: table.style) } ?? nil)
    }

    public mutating func writeEmpty() {
        table.column += 1
    }

    public mutating func endRecord() {
        table.endRow()
    }

    /// The number format of a cell with `places` decimals in a column of `style`.
    static func format(places: Int, style: ColumnStyle) -> String {
        switch style {
        case .year, .count: return CellFormat.number(places: places, grouping: false)
        case .percent: return CellFormat.number(places: places, suffix: " %")
        default: return CellFormat.number(places: places)
        }
    }

    /// `YYYY-MM-DD` with a real month and day.
    static func isoDate(_ text: String) -> (Int, Int, Int)? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] &- 0x30 < 10 else { return nil }
                n = n * 10 + Int(b[i] &- 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1900...9999).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return nil }
        return (y, m, d)
    }

    /// A year written as 1 to 4 digits.
    static func year(_ text: String) -> Int? {
        guard (1...4).contains(text.utf8.count), text.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return Int(text)
    }
}
