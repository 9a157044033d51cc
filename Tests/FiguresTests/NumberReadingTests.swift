import Testing
import Figures

@Suite struct NumberReadingTests {
    @Test func frenchSeparators() {
        check("Coût : 2 300 000 €, puis 1\u{00A0}500 € et 4\u{202F}200 €.", .french, [
            money("2 300 000 €", "2300000", "EUR"), money("1\u{00A0}500 €", "1500", "EUR"),
            money("4\u{202F}200 €", "4200", "EUR"),
        ])
        check("Il a reçu 1.500.000 € et 13,1 milliards d'euros, soit 1,5 %.", .french, [
            money("1.500.000 €", "1500000", "EUR"), money("13,1 milliards d'euros", "13100000000", "EUR"),
            percent("1,5 %", "1.5"),
        ])
    }

    @Test func englishSeparators() {
        check("It paid $94,000 and $1,234,567.89, a 12.5% rise.", .english, [
            money("$94,000", "94000", "USD"), money("$1,234,567.89", "1234567.89", "USD"),
            percent("12.5%", "12.5", change: .increase),
        ])
    }

    @Test func signs() {
        check("Hausse de +20 % ; recul de -3 % et −4,5 %.", .french, [
            percent("+20 %", "20", change: .increase), percent("-3 %", "-3", change: .decrease),
            percent("−4,5 %", "-4.5", change: .decrease),
        ])
    }

    @Test func writtenOutNumbers() {
        check("Vingt milliards de dollars, mille milliards d'euros, un milliard et demi d'euros, deux cents millions de livres.", .french, [
            money("Vingt milliards de dollars", "20000000000", "USD"),
            money("mille milliards d'euros", "1000000000000", "EUR"),
            money("un milliard et demi d'euros", "1500000000", "EUR"),
            money("deux cents millions de livres", "200000000", "GBP"),
        ])
        check("Soixante-quinze pour cent et quatre-vingt-dix-neuf pour cent.", .french, [
            percent("Soixante-quinze pour cent", "75"), percent("quatre-vingt-dix-neuf pour cent", "99"),
        ])
        check("Growth of two per cent, then a quarter of a point, then half a percentage point.", .english, [
            percent("two per cent", "2", change: .increase), points("a quarter of a point", "0.25"),
            points("half a percentage point", "0.5"),
        ])
        check("They spent one and a half billion dollars and twenty-five million euros.", .english, [
            money("one and a half billion dollars", "1500000000", "USD"), money("twenty-five million euros", "25000000", "EUR"),
        ])
    }

    @Test func compoundAmounts() {
        check("Le plan prévoit 6 milliards 664 millions d'euros.", .french, [
            money("6 milliards 664 millions d'euros", "6664000000", "EUR"),
        ])
    }

    @Test func scaleWordsByLanguage() {
        check("Un billion d'euros, soit mille milliards.", .french, [
            money("Un billion d'euros", "1000000000000", "EUR"), money("mille milliards", "1000000000000", "EUR"),
        ])
        check("One billion dollars and $2 trillion.", .english, [
            money("One billion dollars", "1000000000", "USD"), money("$2 trillion", "2000000000000", "USD"),
        ])
    }

    @Test func abbreviationsAndGluedForms() {
        check("Soit 2,3 M€, 5 Md€, 4 Mds€, 7 Mrd €, 12 MUSD, 3 MEUR et 3 k$.", .french, [
            money("2,3 M€", "2300000", "EUR"), money("5 Md€", "5000000000", "EUR"),
            money("4 Mds€", "4000000000", "EUR"), money("7 Mrd €", "7000000000", "EUR"),
            money("12 MUSD", "12000000", "USD"), money("3 MEUR", "3000000", "EUR"), money("3 k$", "3000", "USD"),
        ])
        check("Deals of $5bn, £8.7 billion, €2.5m, $3 mn, $1.2tn and 40 bn USD.", .english, [
            money("$5bn", "5000000000", "USD"), money("£8.7 billion", "8700000000", "GBP"),
            money("€2.5m", "2500000", "EUR"), money("$3 mn", "3000000", "USD"),
            money("$1.2tn", "1200000000000", "USD"), money("40 bn USD", "40000000000", "USD"),
        ])
    }
}

/// Numbers past the exact range: reported when they are one number, not when they are a list.
@Suite struct UnreadableNumberTests {
    @Test func aListOfReferencesIsNotAnUnreadableNumber() {
        let list = Document(id: "l", text: "Voir les articles 114,121,272,279,344,393,407,535,695 du code.", language: .french)
        let extraction = extractFiguresReporting(from: list, options: ExtractionOptions())
        #expect(extraction.unreadableCount == 0)
        #expect(extraction.figures.isEmpty)
    }

    @Test func oneNumberPastTheExactRangeIsReported() {
        let huge = Document(id: "h", text: "Une dette de 12 345 678 901 234 567 890 123 euros.", language: .french)
        let extraction = extractFiguresReporting(from: huge, options: ExtractionOptions())
        #expect(extraction.unreadableCount == 1)
        #expect(extraction.figures.isEmpty)
    }
}
