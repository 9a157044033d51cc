import Testing
import Figures
import Money

/// Each figure takes the year stated next to it, not the first year of its sentence.
@Suite struct FigureYearTests {
    @Test func aRelativeYearNearerThanAStatedOneWins() {
        check("La croissance atteindrait 1,3 % en 2026, après 1,1 % cette année.", .french, date: "2025-06-01", [
            percent("1,3 %", "1.3", year: "2026"), percent("1,1 %", "1.1"),
        ])
        let document = Document(id: "t", text: "Growth should reach 1.3% in 2026, after 1.1% this year.",
                                date: CalendarDate(iso: "2025-06-01"), language: .english)
        #expect(extractFigures(from: document).map { $0.resolvedPeriod?.description } == ["2026", "2025"])
    }

    @Test func horizonsAndStarts() {
        check("Le coût atteindra 5 milliards d'euros d'ici à 2030. La dépense sera de 2 % du PIB à partir de 2027.", .french, [
            money("5 milliards d'euros", "5000000000", "EUR", year: "2030"), percent("2 %", "2", year: "2027"),
        ])
    }
}
