import CXlsxWriter

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One table sheet being written: the cursor, the column styles, the widths seen so far.
final class TableSheet {
    unowned let workbook: Workbook
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let styles: [ColumnStyle]
    let colours: [[String: UInt32]]
    private(set) var names: [String] = []
    /// The widest cell of each column so far, in characters.
    private var widths: [Double]
    var row: UInt32 = 0
    var column = 0
    /// Rows that did not fit under Excel's limit of 1,048,576 rows.
    var rowsLeftOut = 0
    /// The lines the tallest wrapped cell of the current row takes.
    private var rowLines = 1
    /// Texts cut at Excel's limit of 32,767 characters a cell.
    var textsCut = 0

    /// The last row a sheet can hold (0-based).
    static let lastRow = UInt32(LXW_ROW_MAX - 1)
    /// The most characters a cell holds.
    static let maxCharacters = 32_767

    init(workbook: Workbook, sheet: UnsafeMutablePointer<lxw_worksheet>, columns: [ColumnStyle], colours: [[String: UInt32]]) {
        self.workbook = workbook
        self.sheet = sheet
        styles = columns
        self.colours = colours
        widths = Array(repeating: 0, count: columns.count)
    }

    func writeHeader(_ names: [String]) {
        self.names = names
        let header = workbook.format(CellFormat(bold: true, underline: true))
        for (i, name) in names.enumerated() {
            workbook.check(worksheet_write_string(sheet, 0, UInt16(i), name, header), "header of sheet")
            // Room for the autofilter's button.
            widths[i] = Double(name.unicodeScalars.count) + 3
        }
        row = 1
    }

    /// The style of the current column (`.general` past the header).
    var style: ColumnStyle { column < styles.count ? styles[column] : .general }

    /// Whether the current cell can be written; counts the rows left out.
    var writable: Bool { row <= Self.lastRow && column <= Int(LXW_COL_MAX - 1) }

    func writeString(_ text: String) {
        guard writable, !text.isEmpty else { return }
        var format = CellFormat()
        if case .wrapped(let width) = style {
            format.wrap = true
            rowLines = max(rowLines, Self.lines(text, width: width))
        }
        if column < colours.count, let fill = colours[column][text] { format.fill = fill }
        let cell = Self.cellText(text)
        if cell.utf8.count != text.utf8.count { textsCut += 1 }
        note(width: Double(cell.utf8.count > Int(widths[safe: column] ?? 0) ? cell.unicodeScalars.count : 0))
        workbook.check(worksheet_write_string(sheet, row, UInt16(column), cell, workbook.format(format)), place)
    }

    func writeNumber(_ value: Double, format: String?) {
        guard writable, value.isFinite else { return }
        let look = CellFormat(numberFormat: format)
        workbook.check(worksheet_write_number(sheet, row, UInt16(column), value, workbook.format(look)), place)
        note(width: Self.displayWidth(value, format: format))
    }

    func writeDate(year: Int, month: Int, day: Int) {
        guard writable else { return }
        var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        let look = CellFormat(numberFormat: "yyyy-mm-dd")
        workbook.check(worksheet_write_datetime(sheet, row, UInt16(column), &date, workbook.format(look)), place)
        note(width: 11)
    }

    func endRow() {
        // Spreadsheets do not always fit a row to its wrapped text on opening (LibreOffice does not): set its height.
        if rowLines > 1, row <= Self.lastRow {
            workbook.check(worksheet_set_row(sheet, row, 15 * Double(rowLines), nil), place)
        }
        rowLines = 1
        if row > Self.lastRow { rowsLeftOut += 1 }
        row = row < UInt32.max ? row + 1 : row
        column = 0
    }

    /// Column widths, frozen header, autofilter; the first error of a sheet that could not hold everything.
    func finish() {
        for (i, width) in widths.enumerated() {
            let shown: Double
            if case .wrapped(let wrap) = styles[i] { shown = min(max(width, 10), wrap) } else { shown = min(max(width, 6), 50) }
            workbook.check(worksheet_set_column(sheet, UInt16(i), UInt16(i), shown + 1, nil), "column widths")
        }
        worksheet_freeze_panes(sheet, 1, 0)
        Workbook.printWide(sheet, repeatHeader: true)
        let last = min(row, Self.lastRow + 1) - 1
        if !names.isEmpty {
            workbook.check(worksheet_autofilter(sheet, 0, 0, last, UInt16(names.count - 1)), "autofilter")
        }
        if rowsLeftOut > 0, workbook.firstError == nil {
            workbook.firstError = WorkbookError(
                path: workbook.path,
                cause: "a sheet holds at most 1,048,575 rows under its header; \(rowsLeftOut) rows did not fit. "
                    + "Write CSV (--format csv) or split the inputs")
        }
    }

    /// Where the current cell is, for messages.
    private var place: String {
        let name = column < names.count ? names[column] : "column \(column + 1)"
        return "row \(row + 1), \(name)"
    }

    private func note(width: Double) {
        if column < widths.count, width > widths[column] { widths[column] = width }
    }

    /// The text as a cell holds it: cut at 32,767 characters (Excel's limit) with a final `…`.
    static func cellText(_ text: String) -> String {
        guard text.utf8.count > maxCharacters else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars.prefix(maxCharacters) { scalars.append(s) }
        guard scalars.count == maxCharacters, text.unicodeScalars.count > maxCharacters else { return text }
        scalars.removeLast()
        scalars.append("…")
        return String(scalars)
    }

    /// About how many lines `text` takes wrapped at `width` characters (at most 27: Excel's tallest row is 409 points).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(Int(width * 1.2), 10)
        var lines = 0
        var characters = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                lines += max(1, (characters + perLine - 1) / perLine)
                characters = 0
            } else if byte & 0xC0 != 0x80 {
                characters += 1
            }
        }
        lines += max(1, (characters + perLine - 1) / perLine)
        return min(lines, 27)
    }

    /// About how many characters a number takes once formatted.
    static func displayWidth(_ value: Double, format: String?) -> Double {
        let magnitude = abs(value)
        let digits = magnitude < 10 ? 1 : Int(log10(magnitude).rounded(.down)) + 1
        let grouped = format?.hasPrefix("#,##0") == true ? (digits - 1) / 3 : 0
        let decimals = format.map { f in f.split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" }.count + 1 } ?? 0 }
            ?? (value == value.rounded() ? 0 : 8)
        let suffix = format?.contains("\"") == true ? 2 : 0
        return Double(min(digits, 20) + grouped + decimals + suffix + (value < 0 ? 1 : 0))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
