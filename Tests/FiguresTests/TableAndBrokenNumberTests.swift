import Testing
import Figures

/// Numbers that the layout of a page breaks (table cells whose scale and currency are in a header, decimals split
/// by a space), a scale written after the currency's name, and exchange-rate quotes, which are no amounts.
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
        check("Montants (en euros)\n(7) Voir l'article 12.\n(1) Voir l'annexe.\n3\n", .french, [])
    }

    @Test func decimalsSplitByASpace() {
        check("Revenue reached 42. 13 billion dollars.", .english, [money("42. 13 billion dollars", "42130000000", "USD")])
        check("Le budget atteint 493, 5 milliards d'euros, soit 1, 6 % de plus. En 1993, 5 ministres.", .french, [
            money("493, 5 milliards d'euros", "493500000000", "EUR"), percent("1, 6 %", "1.6", change: .increase),
        ])
    }

    @Test func scaleAfterTheCurrencyName() {
        check("Le budget passe de 7 100 milliards de FCFA à 7 210,5 FCFA milliards au Cameroun.", .french, [
            money("7 100 milliards de FCFA", "7100000000000", "XAF"), money("7 210,5 FCFA milliards", "7210500000000", "XAF"),
        ])
    }

    @Test func amountsBrokenByALineBreak() {
        check("The company lost $461\nmillion last year and 300\nmillion euros before.\n\n12\n\nmillion readers.", .english, [
            money("$461\nmillion", "461000000", "USD", change: .decrease), money("300\nmillion euros", "300000000", "EUR"),
        ])
    }

    @Test func digitsInParenthesesRestatingAnAmount() {
        check("Le budget est arrêté à la somme de (1.250.000.000) de francs CFA au Sénégal.", .french, [
            money("1.250.000.000", "1250000000", "XOF"),
        ])
    }

    @Test func exchangeRateQuotesAreNotAmounts() {
        check("L'euro vaudrait 1,12 dollar pour un euro. Le baril coûte 80 dollars par baril.", .french, [
            money("80 dollars", "80", "USD"),
        ])
        check("Sterling traded at $1.27 per pound, and the fund holds €5 billion.", .english, [
            money("€5 billion", "5000000000", "EUR"),
        ])
    }
}
