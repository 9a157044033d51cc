import Testing
import Figures
import Money
import Tabular
@testable import chiffres

@Test func probe() {
    let rows = FigureRows.columns
    #expect(rows.count == 13)
}
