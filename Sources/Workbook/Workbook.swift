import CXlsxWriter

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `.xlsx` workbook being written with libxlsxwriter: table sheets of typed cells, an "About"
/// sheet and native charts.
///
/// Rows stream to disk as they are written (libxlsxwriter's constant-memory mode), so a sheet of a
/// million rows takes little memory. Nothing is visible at `path` until ``close()`` has written the
/// whole file; the caller makes it visible (a temporary path renamed over the target).
///
/// ```swift
/// let book = try Workbook(path: "out.xlsx.tmp")
/// var sheet = try book.addTable(name: "figures", columns: ["doc", "value", "date"])
/// sheet.writeText("a.txt"); sheet.writeDecimal(significand: 15, exponent: 8); sheet.writeText("2024-06-17")
/// sheet.endRecord()
/// try book.addAbout([("command", "chiffres extract …")])
/// try book.close()
/// ```
public final class Workbook {
    /// Where the workbook is written.
    public let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let filename: UnsafeMutablePointer<CChar>?
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private var tables: [TableSheet] = []
    /// The first error met while writing cells, reported by ``close()``.
    var firstError: WorkbookError?
    /// Where charts and their data go, created with the first chart.
    var chartSheets: (charts: UnsafeMutablePointer<lxw_worksheet>, data: UnsafeMutablePointer<lxw_worksheet>)?
    /// The next free row of the chart sheets.
    var chartRows = (charts: UInt32(0), data: UInt32(0))

    /// Starts a workbook at `path` (the file is written by ``close()``).
    public init(path: String) throws(WorkbookError) {
        self.path = path
        filename = strdup(path)
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 0)
        guard let filename, let opened = workbook_new_opt(filename, &options) else {
            throw WorkbookError(path: path, cause: "libxlsxwriter could not start a workbook (out of memory?)")
        }
        handle = opened
    }

    /// Adds a table sheet: a bold, frozen header row with an autofilter, then the rows written into
    /// the returned writer. Each column is shown as ``ColumnStyle/named(_:)`` says unless `styles` says otherwise.
    ///
    /// - Parameters:
    ///   - name: The sheet's name (at most 31 characters, none of `[]:*?/\`).
    ///   - columns: The header.
    ///   - styles: Styles that replace the ones the names give, by column name.
    ///   - colours: Fill colours (`0xRRGGBB`) of text cells, by column name then cell text.
    public func addTable(
        name: String, columns: [String], styles: [String: ColumnStyle] = [:], colours: [String: [String: UInt32]] = [:]
    ) throws(WorkbookError) -> SheetWriter {
        let sheet = try addWorksheet(name)
        let table = TableSheet(
            workbook: self, sheet: sheet, columns: columns.map { styles[$0] ?? ColumnStyle.named($0) },
            colours: columns.map { colours[$0] ?? [:] })
        table.writeHeader(columns)
        tables.append(table)
        return SheetWriter(table: table)
    }

    /// Adds the "About" sheet: one line per entry, its name in bold, the text wrapped.
    public func addAbout(_ entries: [(String, String)]) throws(WorkbookError) {
        let sheet = try addWorksheet("About")
        let bold = format(CellFormat(bold: true, wrap: true))
        let wrapped = format(CellFormat(wrap: true))
        worksheet_set_column(sheet, 0, 0, 18, nil)
        worksheet_set_column(sheet, 1, 1, 100, nil)
        Self.printWide(sheet, repeatHeader: false)
        for (row, entry) in entries.enumerated() {
            check(worksheet_write_string(sheet, UInt32(row), 0, TableSheet.cellText(entry.0), bold), "About")
            check(worksheet_write_string(sheet, UInt32(row), 1, TableSheet.cellText(entry.1), wrapped), "About")
        }
    }

    /// Writes the file and frees the workbook; throws the first error met while writing, if any.
    public func close() throws(WorkbookError) {
        guard let handle else { return }
        for table in tables { table.finish() }
        self.handle = nil
        let code = workbook_close(handle)
        free(filename)
        if let firstError { throw firstError }
        if code != LXW_NO_ERROR { throw WorkbookError(path: path, code: code, doing: "saving") }
    }

    deinit {
        if let handle { _ = workbook_close(handle) }
        if handle != nil { free(filename) }
    }

    /// Prints (and renders to PDF) landscape, one page wide, with the header row on every page.
    static func printWide(_ sheet: UnsafeMutablePointer<lxw_worksheet>, repeatHeader: Bool, tall: UInt16 = 0) {
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, tall)
        if repeatHeader { _ = worksheet_repeat_rows(sheet, 0, 0) }
    }

    /// A new worksheet, or an error naming the sheet.
    func addWorksheet(_ name: String) throws(WorkbookError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard let handle else { throw WorkbookError(path: path, cause: "the workbook is already closed") }
        let valid = workbook_validate_sheet_name(handle, name)
        guard valid == LXW_NO_ERROR else { throw WorkbookError(path: path, code: valid, doing: "sheet '\(name)'") }
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw WorkbookError(path: path, cause: "libxlsxwriter could not add the sheet '\(name)'")
        }
        return sheet
    }

    /// A new chart of `type` (`LXW_CHART_LINE`…), or an error.
    func addChart(_ type: lxw_chart_type) throws(WorkbookError) -> UnsafeMutablePointer<lxw_chart> {
        guard let handle, let chart = workbook_add_chart(handle, UInt8(type.rawValue)) else {
            throw WorkbookError(path: path, cause: "libxlsxwriter could not add a chart")
        }
        return chart
    }

    /// The workbook's format for `key`, created once.
    func format(_ key: CellFormat) -> UnsafeMutablePointer<lxw_format>? {
        if let known = formats[key] { return known }
        guard let handle, let made = workbook_add_format(handle) else { return nil }
        key.apply(to: made)
        formats[key] = made
        return made
    }

    /// Keeps the first libxlsxwriter error, with where it happened.
    func check(_ code: lxw_error, _ place: @autoclosure () -> String) {
        guard code != LXW_NO_ERROR, firstError == nil else { return }
        firstError = WorkbookError(path: path, code: code, doing: place())
    }
}
