import Testing
import Figures

/// Ways of writing amounts of the press of one country or another: prefixed dollars, Indian scales, one-letter
/// symbols, hyphenated scales, glued local symbols, alternatives as ranges.
@Suite struct LocalNotationTests {
    @Test func qualifiedDollarsBeforeTheNumber() {
        check("The plan costs $A6.6b, or NZ$7 billion; repairs are put at $NZ9-14.5 billion.", .english, [
            money("$A6.6b", "6600000000", "AUD"), money("NZ$7 billion", "7000000000", "NZD"),
            money("$NZ9-14.5 billion", "9000000000", "NZD", high: "14500000000"),
        ])
    }

    @Test func indianScalesMultiply() {
        check("The state spends Rs 3.37 lakh crore, and ₹500 crore more.", .english, [
            money("Rs 3.37 lakh crore", "3370000000000", "INR"), money("₹500 crore", "5000000000", "INR", change: .increase),
        ])
    }

    @Test func oneLetterSymbolsNeedAScaleOrAMillion() {
        check("Abuja passed a N21.8 trillion budget (N8,612,236,953). Pretoria needs R5 trillion. Route N7 and R5 stay.", .english, [
            money("N21.8 trillion", "21800000000000", "NGN"), money("N8,612,236,953", "8612236953", "NGN"),
            money("R5 trillion", "5000000000000", "ZAR"),
        ])
    }

    @Test func hyphenatedScalesAndUnits() {
        check("A 10.5-billion-euro ($11.6-billion) package, then a 60-basis-point cut.", .english, [
            money("10.5-billion-euro", "10500000000", "EUR"), money("$11.6-billion", "11600000000", "USD"),
            points("60-basis-point", "0.6", change: .decrease),
        ])
    }

    @Test func percentAsPc() {
        check("Inflation is projected at 6.5 pc next quarter.", .english, [percent("6.5 pc", "6.5")])
    }

    @Test func euroSignLostToACapitalE() {
        check("Le chiffre d'affaires atteint 12 ME et le résultat 3,5 MdsE.", .french, [
            money("12 ME", "12000000", "EUR"), money("3,5 MdsE", "3500000000", "EUR"),
        ])
    }

    @Test func scalesGluedToLocalSymbols() {
        check("L'État emprunte 8.600 MDT et la région 120 MDH.", .french, [
            money("8.600 MDT", "8600000000", "TND"), money("120 MDH", "120000000", "MAD"),
        ])
    }

    @Test func quebecScalesBeforeTheDollarSign() {
        check("Québec prévoit 5 G$ pour les routes et 300 M$ pour les écoles.", .french, [
            money("5 G$", "5000000000", "CAD"), money("300 M$", "300000000", "CAD"),
        ])
    }

    @Test func alternativesAreRanges() {
        check("Le coût serait de 16 ou 17 milliards d'euros, soit 2 ou 3 %.", .french, [
            money("16 ou 17 milliards d'euros", "16000000000", "EUR", high: "17000000000"), percent("2 ou 3 %", "2", high: "3"),
        ])
    }

    @Test func wordsCompoundLikeDigits() {
        check("It proposed two trillion four hundred and twenty eight billion naira for capital spending.", .english, [
            money("two trillion four hundred and twenty eight billion naira", "2428000000000", "NGN"),
        ])
    }

    @Test func francsAfterAScaleAsACapitalF() {
        check("À Dakar, la Primature reçoit 25 milliards F.", .french, [money("25 milliards F", "25000000000", "XOF")])
    }
}
