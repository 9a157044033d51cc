import Testing
import Figures

/// Lists whose scale and unit are written once, on the last item ("63 et 48 milliards d'euros"): each bare number
/// before it is a figure with that scale and unit. Sentences written for these tests.
@Suite struct ListItemTests {
    @Test func bareNumbersTakeTheLastItemsScaleAndCurrency() {
        check("Les crédits atteindront 63 et 48 milliards d’euros.", .french, [
            money("63", "63000000000", "EUR"), money("48 milliards d’euros", "48000000000", "EUR"),
        ])
        check("Le plan prévoit 12,4 et de 7,9 Md€ pour les deux armées.", .french, [
            money("12,4", "12400000000", "EUR"), money("7,9 Md€", "7900000000", "EUR"),
        ])
        check("Elles sont fixées, respectivement, à 120, 140 et 160 millions d'euros.", .french, [
            money("120", "120000000", "EUR"), money("140", "140000000", "EUR"), money("160 millions d'euros", "160000000", "EUR"),
        ])
        check("Growth will be 2.1 and 2.3 per cent.", .english, [percent("2.1", "2.1"), percent("2.3 per cent", "2.3")])
        check("Sales were $3.5 and $4.2 billion.", .english, [
            money("$3.5", "3500000000", "USD"), money("$4.2 billion", "4200000000", "USD"),
        ])
        check("It costs $3.5 and $4.2 a day.", .english, [money("$3.5", "3.5", "USD"), money("$4.2", "4.2", "USD")])
        check("Le seuil est de 50 ou 80 €.", .french, [money("50 ou 80 €", "50", "EUR", high: "80")])
    }

    @Test func yearsReferencesAndLabelsAreNoItems() {
        check("En 2024 et 48 milliards d’euros.", .french, [money("48 milliards d’euros", "48000000000", "EUR", year: "2024")])
        check("Voir les articles 12 et 15 % du capital.", .french, [percent("15 %", "15")])
        check("Le loyer est de 13,06 € en zone B 2 et 9,57 € en zone C.", .french, [
            money("13,06 €", "13.06", "EUR"), money("9,57 €", "9.57", "EUR"),
        ])
        check("La part est de 35 p. 100 ou 49 % des droits.", .french, [percent("49 %", "49")])
        check("Ils ont embauché 3 et 4 millions de salariés.", .french, [])
        check("Entre 3 et 4 % cette année.", .french, [percent("3 et 4 %", "3", high: "4")])
    }
}

/// A figure repeated after a word of comparison without its scale and unit ("contre 5,8 en mai"). Sentences
/// written for these tests.
@Suite struct ComparedAmountTests {
    @Test func theNumberAfterContreTakesTheFigureBeforeIt() {
        check("Les recettes ont atteint 6,2 milliards d'euros en juin, contre 5,8 en mai.", .french, [
            money("6,2 milliards d'euros", "6200000000", "EUR"), money("5,8", "5800000000", "EUR"),
        ])
        check("Le taux est de 3 %, contre 2,5 l'an dernier.", .french, [percent("3 %", "3"), percent("2,5", "2.5")])
        check("Revenue was $6.2 billion, up from 5.8 a year earlier.", .english, [
            money("$6.2 billion", "6200000000", "USD"), money("5.8", "5800000000", "USD"),
        ])
        check("Son salaire est de 2 000 euros par mois, contre 1 800 il y a un an.", .french, [
            money("2 000 euros", "2000", "EUR"), money("1 800", "1800", "EUR"),
        ])
    }

    @Test func countsYearsScoresAndOtherSentencesAreNot() {
        check("Le groupe a 6,2 milliards d'euros de dette, contre 5 salariés.", .french, [money("6,2 milliards d'euros", "6200000000", "EUR")])
        check("Le budget est de 6,2 milliards d'euros, contre 2023.", .french, [money("6,2 milliards d'euros", "6200000000", "EUR")])
        check("Turnover reached £1.9 billion as it sold 4,120 flats, up from 3,870.", .english, [
            money("£1.9 billion", "1900000000", "GBP"),
        ])
        check("Le budget est de 6,2 milliards d'euros. Le score est de 3 contre 2.", .french, [
            money("6,2 milliards d'euros", "6200000000", "EUR"),
        ])
    }
}
