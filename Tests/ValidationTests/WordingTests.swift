import Testing
import Validation

/// Numbers as explanations write them.
@Suite struct WordingTests {
    @Test(arguments: [
        (485e9, "USD", "485 billion USD"), (506_692_476_573.43, "USD", "506.7 billion USD"),
        (681_552_060.61, "USD", "681.6 million USD"), (1.5e12, "EUR", "1.5 trillion EUR"), (950, "EUR", "950 EUR"),
        (-2.04e9, "EUR", "-2 billion EUR"),
    ])
    func amounts(_ value: Double, _ currency: String, _ expected: String) {
        #expect(Wording.amount(value, currency) == expected)
    }

    @Test func fixedRoundsTheDecimalDigits() {
        #expect(Wording.fixed(485.0 / 400.0 * 100 - 100, places: 1) == "21.3")
        #expect(Wording.fixed(-7.563921172309252, places: 1) == "-7.6")
        #expect(Wording.fixed(0.04, places: 1) == "0")
        #expect(Wording.fixed(9.96, places: 1) == "10")
        #expect(Wording.fixed(1.3631041212260362, places: 4) == "1.3631")
        #expect(Wording.signedPercent(16.666666666666675) == "+16.7%")
        #expect(Wording.percent(5.7936507936507935) == "5.8%")
    }

    @Test func plainHasNoExponent() {
        #expect(Wording.plain(5.06692476573e+11) == "506692476573")
        #expect(Wording.plain(1e-7) == "0.0000001")
        #expect(Wording.plain(1e22) == "10000000000000000000000")
        #expect(Wording.plain(-0.5) == "-0.5")
        #expect(Wording.plain(1.23456789, significant: 3) == "1.23")
        #expect(Wording.plain(9.999, significant: 2) == "10")
    }
}
