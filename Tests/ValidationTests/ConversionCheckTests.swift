import Figures
import Testing
import Validation

/// Check 2: in-text conversions against the ECB rate of the article's date.
@Suite struct ConversionCheckTests {
    @Test func englishPoundsToDollarsConsistent() throws {
        // ECB on 2026-02-12: 1.3631 USD per GBP, so £500 million is about $681.6 million.
        let d = ValidationData.document("en", "2026-02-12", .english,
            "The UK pledged £500 million ($680 million) in military support to Kyiv.")
        let c = try #require(ValidationData.validate([d]).of(.conversion).first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.compared ?? 0) - 1.36) < 1e-9)
        #expect(abs((c.deviationPercent ?? 0) - (-0.228)) < 0.01)
        #expect(c.explanation.contains("within the 5% tolerance"))
    }

    @Test func frenchEurosToDollarsConflict() throws {
        // ECB on 2024-06-03: 1.0842 USD per EUR; "2 milliards d'euros (3 milliards de dollars)" implies 1.5.
        let d = ValidationData.document("fr", "2024-06-03", .french,
            "La France a promis 2 milliards d’euros (3 milliards de dollars) d’aide militaire à l’Ukraine.")
        let c = try #require(ValidationData.validate([d]).of(.conversion).first)
        #expect(c.verdict == .conflict)
        #expect(c.unit == "USD per EUR")
        #expect(abs((c.compared ?? 0) - 1.5) < 1e-9)
        #expect(abs((c.expected ?? 0) - 1.0842) < 0.0001)
        #expect(c.explanation.contains("above that"))
    }

    @Test func aWeekendUsesTheLastFixing() throws {
        // 2026-02-14 is a Saturday: the fixing of Friday 2026-02-13 is used, and said.
        let d = ValidationData.document("w", "2026-02-14", .english,
            "Britain announced £500 million ($680 million) of military aid to Ukraine.")
        let c = try #require(ValidationData.validate([d]).of(.conversion).first)
        #expect(c.verdict == .consistent)
        #expect(c.explanation.contains("on 2026-02-14 (the fixing of 2026-02-13)"))
    }

    @Test func withoutRatesItIsUnverifiableWithTheReason() throws {
        let d = ValidationData.document("en", "2026-02-12", .english,
            "The UK pledged £500 million ($630 million) in military support to Kyiv.")
        let checks = ValidationData.validate([d], rates: .unavailable("the rates file rates.zip does not exist; give --rates FILE"))
        let c = try #require(checks.of(.conversion).first)
        #expect(c.verdict == .unverifiable)
        #expect(c.explanation.contains("implies 1.26 USD per GBP"))
        #expect(c.explanation.contains("give --rates FILE"))
    }

    @Test func withoutADateItIsUnverifiable() throws {
        let d = Document(id: "nodate", text: "The UK pledged £500 million ($630 million) in military support to Kyiv.", language: .english)
        let c = try #require(ValidationData.validate([d]).of(.conversion).first)
        #expect(c.verdict == .unverifiable)
        #expect(c.explanation.contains("has no date"))
    }

    @Test func aDateBeforeTheTableIsUnverifiable() throws {
        let d = ValidationData.document("old", "1995-05-02", .english,
            "The UK pledged £500 million ($800 million) to the fund.")
        let c = try #require(ValidationData.validate([d]).of(.conversion).first)
        #expect(c.verdict == .unverifiable)
        #expect(c.explanation.contains("the rate table starts on 1999-01-04"))
    }
}
