import Testing
import Figures

@Suite struct CurrencyReadingTests {
    @Test func symbolsBeforeAndAfter() {
        check("Prix : 10 €, €12, £5, 5 £, ¥300, ₹40, 50 ₽, 70 ₴.", .french, [
            money("10 €", "10", "EUR"), money("€12", "12", "EUR"), money("£5", "5", "GBP"), money("5 £", "5", "GBP"),
            money("¥300", "300", "JPY"), money("₹40", "40", "INR"), money("50 ₽", "50", "RUB"), money("70 ₴", "70", "UAH"),
        ])
    }

    @Test func isoCodesBeforeAndAfter() {
        check("USD 5 millions, 5 EUR, CHF 300 et 12 GBP.", .french, [
            money("USD 5 millions", "5000000", "USD"), money("5 EUR", "5", "EUR"), money("CHF 300", "300", "CHF"),
            money("12 GBP", "12", "GBP"),
        ])
    }

    @Test func prefixedDollars() {
        check("US$ 75 million, $US 3, C$100, CA$ 7, $CA 8, A$ 9 and 10 $ US.", .english, [
            money("US$ 75 million", "75000000", "USD"), money("$US 3", "3", "USD"), money("C$100", "100", "CAD"),
            money("CA$ 7", "7", "CAD"), money("$CA 8", "8", "CAD"), money("A$ 9", "9", "AUD"),
            money("10 $ US", "10", "USD"),
        ])
    }

    @Test func namesWithConnectorsAndApostrophes() {
        check("50 milliards d'euros, 50 milliards d’euros, 500 millions de livres sterling, 15 dollars canadiens.", .french, [
            money("50 milliards d'euros", "50000000000", "EUR"), money("50 milliards d’euros", "50000000000", "EUR"),
            money("500 millions de livres sterling", "500000000", "GBP"),
            money("15 dollars canadiens", "15", "CAD"),
        ])
        check("20 francs suisses, 7 francs CFA, 100 yens, 3 roubles, 9 hryvnias, 12 zlotys, 4 couronnes norvégiennes.", .french, [
            money("20 francs suisses", "20", "CHF"), money("7 francs CFA", "7", "XOF"), money("100 yens", "100", "JPY"),
            money("3 roubles", "3", "RUB"), money("9 hryvnias", "9", "UAH"), money("12 zlotys", "12", "PLN"),
            money("4 couronnes norvégiennes", "4", "NOK"),
        ])
    }

    @Test func bareDollarFollowsTheDocumentHint() {
        check("Il a payé 5 millions de dollars et $3.", .french, dollar: "CAD", [
            money("5 millions de dollars", "5000000", "CAD"), money("$3", "3", "CAD"),
        ])
        check("Il a payé 5 millions de dollars américains.", .french, dollar: "CAD", [
            money("5 millions de dollars américains", "5000000", "USD"),
        ])
    }

    @Test func elidedCurrencyTakesTheParagraphs() {
        check("Le budget atteint 450 millions d'euros, dont 200 millions pour la défense.", .french, [
            money("450 millions d'euros", "450000000", "EUR"), money("200 millions", "200000000", "EUR"),
        ])
        check("En euros : 13,1 milliards.", .french, [money("13,1 milliards", "13100000000", "EUR")])
        // No money context: a bare scaled number is not money, and a count never is.
        check("La ville compte 2 millions d'habitants et un million de drones.", .french, [])
        check("Il y a 3 millions.\nPuis 450 millions d'euros.", .french, [money("450 millions d'euros", "450000000", "EUR")])
    }
}
