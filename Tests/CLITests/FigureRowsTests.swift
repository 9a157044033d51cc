import Testing
import Figures
import Money
import Tabular
@testable import chiffres

/// The figures CSV begins with DESIGN.md's columns, in that order; new columns only ever come after them.
@Test func figuresCSVColumnsAreTheContract() {
    let design = ["doc", "start", "end", "text", "kind", "value", "high", "currency", "approx", "change", "year",
                  "date", "sentence"]
    #expect(Array(FigureRows.columns.prefix(design.count)) == design)
    #expect(FigureRows.columns.dropFirst(design.count) == ["year_resolved"])
}
