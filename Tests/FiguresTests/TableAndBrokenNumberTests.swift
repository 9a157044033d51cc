import Testing
import Figures

/// Numbers that the layout of a page breaks: table cells whose scale and currency are in a header, and decimals
/// split by a space.
@Suite struct TableAndBrokenNumberTests {
    @Test func cellsTakeTheUnitOfTheirHeader() {
        check("Comptes (en millions d'euros) / 2023 / 2024\n\nVentes / 312,5 / 330,1\n\nCharges / (41,2) / 38,0 (11,5 %)\n",
              .french, [
            money("312,5", "312500000", "EUR"), money("330,1", "330100000", "EUR"), money("41,2", "41200000", "EUR"),
            money("38,0", "38000000", "EUR"), percent("11,5 %", "11.5"),
        ])
        check("Net income (£m)\n\n412.5\n\n+12%\n", .english, [money("412.5", "412500000", "GBP"), percent("+12%", "12", change: .increase)])
    }

    @Test func noHeaderNoCell() {
        check("Ventes / 312,5 / 330,1\n\nAnnée 2024\n", .french, [])
        check("Le budget (en millions d'euros) / 2023 / 2024\n", .french, [])
        check("Exprimé en millions d'euros, le total progresse.\n12,5\n", .french, [])
    }

    @Test func decimalsSplitByASpace() {
        check("Revenue reached 42. 13 billion dollars.", .english, [money("42. 13 billion dollars", "42130000000", "USD")])
        check("Le budget atteint 493, 5 milliards d'euros, soit 1, 6 % de plus. En 1993, 5 ministres.", .french, [
            money("493, 5 milliards d'euros", "493500000000", "EUR"), percent("1, 6 %", "1.6", change: .increase),
        ])
    }
}
