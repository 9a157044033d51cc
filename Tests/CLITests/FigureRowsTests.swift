import Foundation
import Testing
import Figures
import Money
import Tabular
@testable import chiffres

/// Two hand-made figures: the rows are written the same way once the scanner finds them.
private let document = Document(
    id: "000.txt", text: "…", date: CalendarDate(year: 2025, month: 2, day: 13), language: .french)
private let figures = [
    Figure(
        start: 10, end: 34, text: "485 milliards de dollars", kind: .money,
        value: ExactDecimal(significand: 485, exponent: 9), currency: "USD", approximation: .exact,
        period: Period(2024), sentence: "En 2024, les Alliés ont investi 485 milliards de dollars.",
        currencyBasis: .written),
    Figure(
        start: 40, end: 45, text: "+20 %", kind: .percent, value: ExactDecimal(significand: 205, exponent: -1),
        high: ExactDecimal(significand: 3, exponent: 1), approximation: .approx, change: .increase,
        period: Period(from: 2024, to: 2030), sentence: "Une hausse de \"+20 %\", soit 1,5 point."),
]

private func rendered(_ format: FigureRows.Format) -> String {
    var rows = FigureRows(format: format)
    for f in figures { rows.write(f, of: document) }
    var out: [UInt8] = []
    rows.flush { out += $0 }
    return String(decoding: out, as: UTF8.self)
}

@Test func figuresCSVColumnsAndRows() {
    #expect(rendered(.csv(.rfc4180)) == """
        doc,start,end,text,kind,value,high,currency,approx,change,year,date,sentence,year_resolved,currency_basis
        000.txt,10,34,485 milliards de dollars,money,485000000000,,USD,exact,,2024,2025-02-13,"En 2024, les Alliés ont investi 485 milliards de dollars.",2024,written
        000.txt,40,45,'+20 %,percent,20.5,30,,approx,increase,2024-2030,2025-02-13,"Une hausse de ""+20 %"", soit 1,5 point.",2024-2030,

        """)
}

@Test func figuresCSVInFrenchExcel() throws {
    let text = rendered(.csv(.excelFrench))
    #expect(text.hasPrefix("\u{FEFF}doc;start;end;"))
    #expect(text.contains("\r\n000.txt;40;45;'+20 %;percent;20,5;30;;approx;increase;2024-2030;2025-02-13;"))
    let table = try? CSVTable(bytes: Array(text.utf8), removesNeutralization: true)
    #expect(table?.header == FigureRows.columns)
    #expect(table?.rows[1]["text"] == "+20 %")
    #expect(try table?.rows[1].number("value") == 20.5)
}

@Test func figuresAsJSONLines() throws {
    let lines = rendered(.jsonLines).split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0] == #"{"doc":"000.txt","start":10,"end":34,"text":"485 milliards de dollars","kind":"money","value":485000000000,"high":null,"currency":"USD","approx":"exact","change":null,"year":"2024","date":"2025-02-13","sentence":"En 2024, les Alliés ont investi 485 milliards de dollars.","year_resolved":"2024","currency_basis":"written"}"#)
    let object = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
    #expect(object?["sentence"] as? String == "Une hausse de \"+20 %\", soit 1,5 point.")
    #expect(object?["high"] as? Int == 30)
    #expect(object?["value"] as? Double == 20.5)
    #expect(object?["currency"] is NSNull)
}

@Test func summaryCountsAndAlignsTheFirstRows() {
    var summary = ExtractSummary()
    summary.add(figures, of: document)
    summary.add([], of: document)
    let text = summary.text(destination: "out/figures.csv", failures: 1)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "2 documents, 2 figures (money 1, percent 1) -> out/figures.csv; 1 input error (see above)")
    #expect(lines[1] == "currencies: USD 1")
    #expect(lines[3].hasPrefix("doc      text                      kind     value         currency  approx  change    year"))
    #expect(lines[4].hasPrefix("000.txt  485 milliards de dollars  money    485000000000  USD       exact"))
    #expect(lines[5].hasSuffix("2024-2030"))
}

/// The figures CSV begins with DESIGN.md's columns, in that order; new columns only ever come after them.
@Test func figuresCSVColumnsAreTheContract() {
    let design = ["doc", "start", "end", "text", "kind", "value", "high", "currency", "approx", "change", "year",
                  "date", "sentence"]
    #expect(Array(FigureRows.columns.prefix(design.count)) == design)
    #expect(FigureRows.columns.dropFirst(design.count) == ["year_resolved", "currency_basis"])
}
