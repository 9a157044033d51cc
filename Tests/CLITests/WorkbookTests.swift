import Foundation
import Tabular
import Testing
import Workbook

/// The Workbook module, read back with `unzip` and an XML parser.
@Suite struct WorkbookTests {
    static func temporary(_ name: String) throws -> String {
        try MoneyCLI.temporaryFolder().appendingPathComponent(name).path
    }

    /// A sheet of the figures' kinds of cells.
    static func sample() throws -> XlsxReader {
        let path = try temporary("sample.xlsx")
        let book = try Workbook(path: path)
        var sheet = try book.addTable(
            name: "figures", columns: ["doc", "text", "value", "date", "year", "sentence", "deviation_pct", "rate"],
            colours: ["doc": ["red": 0xFFC7CE]])
        sheet.writeText("red")
        sheet.writeText("1,3 %")
        sheet.writeDecimal(significand: 15, exponent: 8)
        sheet.writeText("2024-06-17")
        sheet.writeText("2024")
        sheet.writeText("=1+1 is no formula")
        sheet.writeDouble(-7.6, places: 2)
        sheet.writeDecimal("1.08125")
        sheet.endRecord()
        sheet.writeText("b")
        sheet.writeText("1 €")
        sheet.writeDecimal(significand: -125, exponent: -2)
        sheet.writeText("2024-02-30")
        sheet.writeText("2024-2030")
        sheet.writeText(String(repeating: "a long sentence ", count: 30))
        sheet.writeEmpty()
        sheet.writeDecimal("1e5")
        sheet.endRecord()
        try book.addAbout([("command", "chiffres test"), ("inputs", "none")])
        try book.close()
        return try XlsxReader(path: path)
    }

    @Test func typesAreStoredNotGuessed() throws {
        let book = try Self.sample()
        let cells = try book.cells(sheet: 1)
        let formats = try book.numberFormats()
        let header = ["A1": "doc", "B1": "text", "C1": "value", "D1": "date", "E1": "year"]
        for (ref, name) in header { #expect(cells[ref]?.value == name && cells[ref]?.isText == true) }
        // Text exactly as written, never a number or a formula.
        #expect(cells["B2"]?.isText == true && cells["B2"]?.value == "1,3 %")
        #expect(cells["B3"]?.isText == true && cells["B3"]?.value == "1 €")
        #expect(cells["F2"]?.isText == true && cells["F2"]?.formula == false)
        // Numbers are numbers, with separators and their decimals.
        #expect(cells["C2"]?.isNumber == true && Double(cells["C2"]?.value ?? "") == 1.5e9)
        #expect(formats[cells["C2"]?.style ?? 0] == "#,##0")
        #expect(Double(cells["C3"]?.value ?? "") == -1.25 && formats[cells["C3"]?.style ?? 0] == "#,##0.00")
        #expect(cells["H2"]?.isNumber == true && formats[cells["H2"]?.style ?? 0] == "#,##0.00000")
        #expect(cells["H3"]?.isText == true, "1e5 is not a plain decimal: text")
        // Percentages as written, with a % sign shown, never divided by 100.
        #expect(Double(cells["G2"]?.value ?? "") == -7.6 && formats[cells["G2"]?.style ?? 0] == "#,##0.00\" %\"")
        // A date is a date serial shown as a date; an impossible date stays text.
        #expect(cells["D2"]?.isNumber == true && cells["D2"]?.value == "45460")
        #expect(formats[cells["D2"]?.style ?? 0] == "yyyy-mm-dd")
        #expect(cells["D3"]?.isText == true)
        // A year is a number without separator; a period stays text.
        #expect(cells["E2"]?.isNumber == true && formats[cells["E2"]?.style ?? 0] == "0")
        #expect(cells["E3"]?.isText == true && cells["E3"]?.value == "2024-2030")
        #expect(cells["G3"] == nil, "an empty field is an empty cell")
    }

    @Test func headerFrozenFilteredAndSized() throws {
        let book = try Self.sample()
        let xml = try book.part("xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A1:H3"/>"#))
        #expect(xml.contains(#"<col min="6" max="6" width="71"#), "the sentence column wraps at 70 characters")
        #expect(xml.contains(#"<row r="3" ht="90""#), "480 characters wrapped at 70 (84 a line): 6 lines of 15 points")
        let fills = try book.fills()
        #expect(fills[try book.cells(sheet: 1)["A2"]?.style ?? 0] == "FFFFC7CE")
        let about = try book.cells(sheet: 2)
        #expect(about["A1"]?.value == "command" && about["B1"]?.value == "chiffres test")
        #expect(try book.part("xl/workbook.xml").contains(#"name="About""#))
    }

    @Test func chartIsNative() throws {
        let path = try Self.temporary("chart.xlsx")
        let book = try Workbook(path: path)
        var sheet = try book.addTable(name: "projection", columns: ["year", "fit"])
        sheet.writeInteger(2025)
        sheet.writeDouble(1.9, places: nil)
        sheet.endRecord()
        try book.addChart(LineChart(
            title: "t", valueName: "%", years: [2024, 2025],
            series: [.init(name: "low", values: [1, 1.5], look: .thin, colour: 0),
                     .init(name: "fit", values: [1.5, 1.9], look: .dashed, colour: 0xFF0000),
                     .init(name: "high", values: [1.5, 2.2], look: .thin, colour: 0)],
            bandColour: 0x9ECAE9))
        try book.close()
        let read = try XlsxReader(path: path)
        #expect(read.parts.contains("xl/charts/chart1.xml"))
        #expect(read.parts.contains("xl/drawings/drawing1.xml"))
        let chart = try read.part("xl/charts/chart1.xml")
        #expect(chart.contains("<c:lineChart>") && chart.contains("<c:upDownBars>"))
        #expect(chart.contains("'chart data'!$B$2:$B$3"))
        #expect(try read.cells(sheet: 3)["B3"]?.value == "1.5")
    }

    @Test func errorsAreMessagesNotTraps() throws {
        let book = try Workbook(path: "/nonexistent-folder-\(UUID().uuidString)/x.xlsx")
        _ = try book.addTable(name: "figures", columns: ["doc"])
        #expect(throws: WorkbookError.self) { try book.close() }
        do { try book.close() } catch { Issue.record("a second close does nothing: \(error)") }
        let other = try Workbook(path: try Self.temporary("names.xlsx"))
        let error = #expect(throws: WorkbookError.self) { _ = try other.addTable(name: "a/b", columns: ["doc"]) }
        #expect(error?.description.contains("a/b") == true)
    }

    @Test func longTextIsCutAtTheCellLimit() throws {
        let path = try Self.temporary("long.xlsx")
        let book = try Workbook(path: path)
        var sheet = try book.addTable(name: "t", columns: ["text"])
        sheet.writeText(String(repeating: "é", count: 40_000))
        sheet.endRecord()
        try book.close()
        let value = try XlsxReader(path: path).cells(sheet: 1)["A2"]?.value ?? ""
        #expect(value.count == 32_767 && value.hasSuffix("…"))
    }
}
