import Testing
import Money

/// In-text conversions checked against the reference rate of the article's date.
@Suite struct StatedConversionTests {
    @Test func seed002PoundsStatedInDollars() throws {
        let converter = try #require(ShippedData.converter)
        // "500 millions de livres sterling (environ 630 millions de dollars)", 12 February 2026.
        let check = converter.checkStatedConversion(
            of: MoneyAmount(dec("500000000"), "GBP"), statedAs: MoneyAmount(dec("630000000"), "USD"),
            on: day("2026-02-12"))
        #expect(check.impliedRate?.rounded(places: 6) == dec("1.26"))
        let reference = try #require(check.referenceRate)
        #expect(reference.displayValue == dec("1.3631041"))
        #expect(reference.basis == .day(day("2026-02-12")))
        let deviation = try #require(check.deviationPercent)
        #expect(ExactDecimal(rounding: deviation, places: 1) == dec("-7.6"))
        // Independently: 1.26 / (1.1874 / 0.8711) − 1.
        #expect(abs(deviation - (1.26 / (1.1874 / 0.8711) - 1) * 100) < 1e-9)
        #expect(check.warnings.isEmpty)
    }

    @Test func theOtherWayRoundAndAnAccurateOne() throws {
        let converter = try #require(ShippedData.converter)
        // "$11.8 billion (£8.7 billion)" read from the dollars: accurate within 0.5 % on 2026-02-12.
        let check = converter.checkStatedConversion(
            of: MoneyAmount(dec("11800000000"), "USD"), statedAs: MoneyAmount(dec("8700000000"), "GBP"),
            on: day("2026-02-14"))
        let deviation = try #require(check.deviationPercent)
        #expect(abs(deviation) < 0.5)
        #expect(check.referenceRate?.basis == .day(day("2026-02-13")))
    }

    @Test func noReferenceNoDeviation() throws {
        let converter = try #require(ShippedData.converter)
        let check = converter.checkStatedConversion(
            of: MoneyAmount(dec("100"), "NGN"), statedAs: MoneyAmount(dec("0.06"), "EUR"), on: day("2024-01-10"))
        #expect(check.referenceRate == nil)
        #expect(check.deviationPercent == nil)
        #expect(check.impliedRate?.rounded(places: 4) == dec("0.0006"))
        #expect(check.warnings == [.noRate("NGN")])
        let zero = converter.checkStatedConversion(
            of: MoneyAmount(.zero, "GBP"), statedAs: MoneyAmount(dec("1"), "USD"), on: day("2024-01-10"))
        #expect(zero.impliedRate == nil)
        #expect(zero.deviationPercent == nil)
    }
}
