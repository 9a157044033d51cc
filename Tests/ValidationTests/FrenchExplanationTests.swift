import Figures
import Money
import Testing
import Validation

/// Every check explained in the article's language, numbers written as that language writes them.
@Suite struct FrenchExplanationTests {
    func validate(_ documents: [Document], reference: ReferenceTable = ReferenceTable(),
                  rates: ConversionRates = ValidationData.rates, language: ExplanationLanguage? = nil) -> [Check] {
        var validator = Validator(options: ValidationOptions(explanationLanguage: language), reference: reference, rates: rates)
        for d in documents { validator.add(d, figures: extractFigures(from: d)) }
        return validator.checks()
    }

    func french(_ text: String, date: String = "2025-03-03") -> Document {
        ValidationData.document("t", date, .french, text)
    }

    @Test func frenchNumbersUseADecimalCommaAndGroupSpaces() {
        #expect(Wording.percent(20.94, in: .fr) == "20,9\u{A0}%")
        #expect(Wording.signedPercent(-7.6, in: .fr) == "-7,6\u{A0}%")
        #expect(Wording.amount(404.2e9, "USD", in: .fr) == "404,2 milliards USD")
        #expect(Wording.amount(1.5e9, "EUR", in: .fr) == "1,5 milliard EUR")
        #expect(Wording.amount(12_345, "EUR", in: .fr) == "12\u{202F}345 EUR")
        #expect(Wording.rate(1.3631, in: .fr) == "1,3631")
        #expect(Wording.percent(20.94, in: .en) == "20.9%")
    }

    @Test func arithmeticInFrench() throws {
        let rows = validate([french("L’aide totale de 50 milliards d’euros, dont 20 milliards d’euros de munitions et 40,5 milliards d’euros de blindés.")])
        let c = try #require(rows.of(.arithmetic).first)
        #expect(c.explanation.contains("les parties dépassent le total de 21\u{A0}%"))
        #expect(c.explanation.contains("60,5 milliards EUR"))
        #expect(!c.explanation.contains("exceed"))
    }

    @Test func arithmeticInEnglishWhenAsked() throws {
        let rows = validate([french("L’aide totale de 50 milliards d’euros, dont 20 milliards d’euros de munitions et 40,5 milliards d’euros de blindés.")],
                            language: .en)
        #expect(try #require(rows.of(.arithmetic).first).explanation.contains("exceed the total by 21%"))
    }

    @Test func referenceInFrench() throws {
        let rows = validate([french("En 2024, la France a consacré 40,5 milliards d’euros à la défense.")], reference: ValidationData.nato)
        let c = try #require(rows.of(.reference).first)
        #expect(c.verdict == .conflict)
        #expect(c.explanation.contains("donne '40,5 milliards d’euros' pour les dépenses de défense de la France en 2024"))
        #expect(c.explanation.contains("prix et taux de change courants"))
        #expect(c.explanation.contains("au-delà de la tolérance de 5\u{A0}%"))
        #expect(!c.explanation.contains(" gives "))
    }

    @Test func conversionInFrench() throws {
        let rows = validate([french("Londres promet 500 millions de livres sterling (environ 630 millions de dollars) à Kiev.", date: "2025-01-15")])
        let c = try #require(rows.of(.conversion).first)
        #expect(c.explanation.contains("convertit '500 millions de livres sterling'"))
        #expect(c.explanation.contains("le taux de référence"))
        #expect(c.explanation.contains(",") && !c.explanation.contains(" per "))
    }

    @Test func statedChangeInFrench() throws {
        let rows = validate([french("En 2024, la France a consacré 48 milliards d’euros à la défense, soit une hausse de 6,5 % par rapport à 2023.")])
        let c = try #require(rows.of(.statedChange).first)
        #expect(c.explanation.contains("avec une variation de '6,5 %' par rapport à 2023, soit environ 45,1 milliards EUR en 2023"))
        #expect(c.explanation.contains("/ 1,065)"))
    }
}
