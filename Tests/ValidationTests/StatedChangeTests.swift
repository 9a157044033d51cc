import Figures
import Testing
import Validation

/// Check 3: a value with a stated change against the previous period's value found elsewhere.
@Suite struct StatedChangeTests {
    /// A small reference table: France's defence spending, current euros, 2023 and 2024.
    static let france: ReferenceTable = {
        var t = ReferenceTable()
        t.addSeries([
            SeriesRow(series: "France defence spending", year: 2023, value: 43.0, unit: "billion EUR", edition: "Test edition 2025"),
            SeriesRow(series: "France defence spending", year: 2024, value: 47.0, unit: "billion EUR", edition: "Test edition 2025"),
        ], name: "france.csv")
        return t
    }()

    @Test func impliedPreviousYearAgainstAnotherArticleFrench() throws {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .french,
                "En 2024, la France a consacré 47 milliards d’euros à la défense, soit une hausse de 10 % par rapport à 2023."),
            ValidationData.document("b", "2024-03-01", .french,
                "En 2023, la France a consacré 42,7 milliards d’euros à la défense."),
        ], rates: .unavailable("none"))
        let c = try #require(checks.of(.statedChange).first)
        #expect(c.verdict == .consistent)
        #expect(c.other?.source == "b")
        #expect(abs((c.compared ?? 0) / 1e9 - 42.727) < 0.001)
        #expect(c.explanation.contains("implies about 42.7 billion EUR in 2023"))
    }

    @Test func impliedPreviousYearConflictsEnglish() throws {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .english,
                "In 2024, France spent €47 billion on defence, up 30% from 2023."),
            ValidationData.document("b", "2024-03-01", .english,
                "In 2023, France spent €43 billion on defence."),
        ], rates: .unavailable("none"))
        let c = try #require(checks.of(.statedChange).first)
        #expect(c.verdict == .conflict)
        // 47 / 1.3 = 36.15, 15.9 % below 43.
        #expect(abs((c.deviationPercent ?? 0) - (-15.92)) < 0.01)
    }

    @Test func aDecreaseDividesByOneMinusTheChange() throws {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .english,
                "In 2024, France spent €38.7 billion on defence, down 10% from 2023."),
        ], reference: Self.france, rates: .unavailable("none"))
        let c = try #require(checks.of(.statedChange).first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.compared ?? 0) / 1e9 - 43.0) < 1e-9)
        #expect(c.other?.source == "france.csv")
        #expect(c.explanation.contains("Test edition 2025"))
    }

    @Test func againstTheReference() throws {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .french,
                "En 2024, la France a consacré 47 milliards d’euros à la défense, en hausse de 25 % sur un an."),
        ], reference: Self.france, rates: .unavailable("none"))
        let c = try #require(checks.of(.statedChange).first)
        // 47 / 1.25 = 37.6 against 43: 12.6 % below.
        #expect(c.verdict == .conflict)
        #expect(abs((c.expected ?? 0) / 1e9 - 43) < 1e-9)
    }

    @Test func nothingForThePreviousYearIsUnverifiable() throws {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .english,
                "In 2024, Spain spent €20 billion on defence, up 10% from 2023."),
        ], rates: .unavailable("none"))
        let c = try #require(checks.of(.statedChange).first)
        #expect(c.verdict == .unverifiable)
        #expect(c.explanation.contains("implies about 18.2 billion EUR in 2023"))
        #expect(c.explanation.contains("no article and no reference data give defence spending of Spain in 2023"))
    }

    @Test func anotherSubjectsPreviousYearIsNotUsed() {
        let checks = ValidationData.validate([
            ValidationData.document("a", "2025-02-01", .english,
                "In 2024, France spent €47 billion on defence, up 10% from 2023."),
            ValidationData.document("b", "2024-03-01", .english,
                "In 2023, Italy spent €42.7 billion on defence."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.statedChange).allSatisfy { $0.verdict == .unverifiable })
    }
}
