import Figures
import Testing
import Validation

/// Check 5: the arithmetic of one article.
@Suite struct ArithmeticCheckTests {
    func arithmetic(_ text: String, _ language: Language) -> [Check] {
        ValidationData.validate([ValidationData.document("t", "2025-03-03", language, text)], rates: .unavailable("none"))
            .of(.arithmetic)
    }

    @Test func partsExceedingTheTotalFrench() throws {
        let rows = arithmetic("L’aide totale de 50 milliards d’euros, dont 20 milliards d’euros de munitions et 40 milliards d’euros de blindés.", .french)
        let c = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(c.verdict == .conflict)
        #expect(c.compared == 60e9 && c.expected == 50e9)
        #expect(c.explanation.contains("exceed the total by 20%"))
    }

    @Test func partsWithinTheTotalEnglish() throws {
        let c = try #require(arithmetic("Aid reached $50 billion, of which $20 billion in ammunition and $25 billion in armour.", .english).first)
        #expect(c.verdict == .consistent)
        #expect(c.explanation.contains("they fit within it"))
    }

    @Test func outOfATotalFrench() throws {
        let c = try #require(arithmetic(
            "Sur les 50 milliards d’euros d’aide militaire à l’Ukraine en 2024, 30 milliards d’euros sont venus des États-Unis et 25 milliards d’euros de l’Europe.",
            .french).first)
        #expect(c.verdict == .conflict)
        #expect(c.figure.text == "50 milliards d’euros")
        #expect(c.compared == 55e9)
    }

    @Test func aTotalThePartsShouldMakeEnglish() throws {
        let makes = try #require(arithmetic("Germany gave $7 billion and France $3 billion, a total of $10 billion.", .english).first)
        #expect(makes.verdict == .consistent)
        let short = try #require(arithmetic("Germany gave $5 billion and France $3 billion, a total of $10 billion.", .english).first)
        #expect(short.verdict == .compatible)
        #expect(short.explanation.contains("80% of it; the rest is not itemized"))
    }

    @Test func partsInAnotherCurrencyAreNotAdded() {
        #expect(arithmetic("Aid reached $50 billion, of which €60 billion in ammunition.", .english).isEmpty)
    }

    @Test func aShareThatContradictsItsAmountsFrench() throws {
        let c = try #require(arithmetic("Les 12 milliards d’euros de la France représentent 40 % des 20 milliards d’euros de l’effort.", .french).first)
        #expect(c.verdict == .conflict)
        #expect(c.compared == 40)
        #expect(abs((c.expected ?? 0) - 60) < 1e-9)
        #expect(c.explanation.contains("is 60%, against the stated '40 %'"))
    }

    @Test func aShareThatMatchesEnglish() throws {
        let c = try #require(arithmetic("France's $12 billion is 60% of the $20 billion total.", .english).first)
        #expect(c.verdict == .consistent)
    }

    @Test func aChangeBetweenTwoAmountsFrench() throws {
        let wrong = try #require(arithmetic(
            "Les dépenses de défense sont passées de 400 milliards d’euros à 485 milliards d’euros, soit une hausse de 30 %.", .french).first)
        #expect(wrong.verdict == .conflict)
        #expect(abs((wrong.expected ?? 0) - 21.25) < 1e-9)
        let right = try #require(arithmetic(
            "Les dépenses de défense sont passées de 400 à 485 milliards de dollars, en hausse de 21 %.", .french).first)
        #expect(right.verdict == .consistent)
        #expect(right.explanation.contains("+21.3%"))
    }

    @Test func aChangeBetweenTwoAmountsEnglish() throws {
        let c = try #require(arithmetic("Defence spending fell from $50 billion to $45 billion, a decrease of 10%.", .english).first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.expected ?? 0) - (-10)) < 1e-9)
        #expect(c.compared == -10)
    }

    @Test func unrelatedAmountsAreNotChecked() {
        // Two amounts and a share of GDP: no share of an amount, no parts, no change.
        #expect(arithmetic("In 2024, France spent €47 billion and Germany €52 billion, 2% of GDP.", .english).isEmpty)
    }
}
