import Testing
import Figures

/// Amounts whose currency is only in the context: an earlier amount, a range's other end, or the place the
/// document is about; counts stay counts.
@Suite struct ContextCurrencyTests {
    @Test func anEarlierAmountGivesItsCurrency() {
        check("Les recettes atteignent 6,2 milliards d'euros.\n\nLes dépenses, elles, montent à 5,8 milliards.", .french, [
            money("6,2 milliards d'euros", "6200000000", "EUR"), money("5,8 milliards", "5800000000", "EUR"),
        ])
    }

    @Test func moneyNounsAreMoneyAndCountNounsAreCounts() {
        check("Le budget prévoit 9 milliards d'euros, dont 400 millions de recettes, pour 3 millions de salariés.", .french, [
            money("9 milliards d'euros", "9000000000", "EUR"), money("400 millions", "400000000", "EUR"),
        ])
    }

    @Test func aRangeWithoutCurrencyTakesTheDocumentsOne() {
        check("Le déficit atteint 40 milliards d'euros. Il manque de 1 à 1,5 milliard par an.", .french, [
            money("40 milliards d'euros", "40000000000", "EUR"), money("1 à 1,5 milliard", "1000000000", "EUR", high: "1500000000"),
        ])
    }

    @Test func withoutAnyCurrencyThePlaceDecides() {
        check("Hydro-Québec affiche un profit de 1,76 milliard.", .french, [money("1,76 milliard", "1760000000", "CAD")])
    }

    @Test func withoutAnyCurrencyOrPlaceItIsNoFigure() {
        check("Le groupe affiche un profit de 1,76 milliard.", .french, [])
    }

    @Test func theBasisSaysWhereTheCurrencyCameFrom() {
        let text = "Le budget est de 9 milliards d'euros, dont 2 milliards pour l'école."
        let figures = extractFigures(from: Document(id: "t", text: text, language: .french))
        #expect(figures.map(\.currencyBasis) == [.written, .context])
    }
}
