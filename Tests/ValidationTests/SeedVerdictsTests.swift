import Figures
import Testing
import Validation

/// The outcomes issue 5 requires on the seed articles with the shipped NATO table and ECB rates.
@Suite struct SeedVerdictsTests {
    let checks = ValidationData.validate(ValidationData.seeds, reference: ValidationData.nato)
    static let d000 = "000_4027bb1553ff1e36.txt"
    static let d001 = "001_d8945c8b04b67cba.txt"
    static let d002 = "002_75772e1944b8c898.txt"
    static let d003 = "003_a00ade97712d6372.txt"

    @Test func shippedDataIsRead() {
        #expect(ValidationData.seeds.count == 5)
        #expect(ValidationData.nato.points.count > 2000)
        if case .unavailable(let why) = ValidationData.rates { Issue.record("rates: \(why)") }
    }

    /// 002: "500 millions de livres sterling (environ 630 millions de dollars)" implies 1.26 USD per GBP
    /// against 1.3631 on 2026-02-12, about −7.6 %: a conflict.
    @Test func poundsToDollarsIsAConflict() throws {
        let rows = checks.of(.conversion, document: Self.d002)
        #expect(rows.count == 1)
        let c = try #require(rows.first)
        #expect(c.verdict == .conflict)
        #expect(c.figure.text == "500 millions de livres sterling")
        #expect(c.other?.text == "630 millions de dollars")
        #expect(abs((c.compared ?? 0) - 1.26) < 1e-9)
        #expect(abs((c.expected ?? 0) - 1.3631) < 0.00005)
        #expect(abs((c.deviationPercent ?? 0) - (-7.56)) < 0.01)
        #expect(c.unit == "USD per GBP")
        for fact in ["1.26 USD per GBP", "1.3631 USD per GBP", "2026-02-12", "7.6% below", "environ", "681.6 million USD"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
    }

    /// 000 and 001: the 50 billion euros of support to Ukraine in 2024 are consistent.
    @Test func fiftyBillionEurosAreConsistent() throws {
        let rows = checks.of(.sameQuantity).filter { $0.key == "money/EUR/2024/ukraine/military-aid" }
        #expect(rows.count == 1)
        let c = try #require(rows.first)
        #expect(c.verdict == .consistent)
        #expect(Set([c.figure.source, c.other?.source]) == Set([Self.d000, Self.d001]))
        #expect(c.deviationPercent == 0)
        for fact in ["plus de 50 milliards", "50 billion EUR", "lower bound", "military aid to Ukraine in 2024", "compatible"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
    }

    /// 003 and 000: "plus de 600 milliards" (Feb 2024) and "plus de 700 milliards" (Feb 2025) added
    /// since 2014 are compatible lower bounds, and the later vintage is higher.
    @Test func addedSince2014AreCompatibleLowerBounds() throws {
        let rows = checks.of(.sameQuantity).filter { $0.key == "money/USD/to-date/europe-canada/added-spending-since-2014" }
        #expect(rows.count == 1)
        let c = try #require(rows.first)
        #expect(c.verdict == .compatible)
        #expect(c.figure.source == Self.d000 && c.figure.text == "700 milliards de dollars")
        #expect(c.other?.source == Self.d003 && c.other?.text == "600 milliards de dollars")
        #expect(abs((c.deviationPercent ?? 0) - 16.67) < 0.01)
        for fact in ["lower bounds", "later vintage (2025-02-13) is higher", "since 2014", "2024-02-15"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
    }

    /// 000's 485 billion USD for 2024 against NATO's 2024 edition (506.7 billion current USD): the
    /// verdict explains the edition and the price basis.
    @Test func fourHundredEightyFiveBillionAgainstTheEdition() throws {
        let rows = checks.of(.reference, document: Self.d000, text: "485 milliards de dollars")
        #expect(rows.count == 1)
        let c = try #require(rows.first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.expected ?? 0) / 1e9 - 506.69) < 0.01)
        #expect(abs((c.deviationPercent ?? 0) - (-4.28)) < 0.01)
        #expect(c.key == "money/USD/2024/europe-canada/defence-spending")
        for fact in ["2024 edition", "506.7 billion USD", "current prices and exchange rates", "an estimate",
                     "constant 2015 prices", "430.1 billion USD", "later than this 2024 edition", "newer edition"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
        #expect(c.basis.contains("current prices") && c.basis.contains("estimate"))
    }

    /// With a 2 % tolerance the same difference is not a bare conflict: the article is later than the
    /// edition and the value an estimate, so it is compatible, and the explanation says why.
    @Test func aTighterToleranceMakesItARevisionNotAConflict() throws {
        let tight = ValidationData.validate(ValidationData.seeds, reference: ValidationData.nato, tolerance: 0.02)
        let c = try #require(tight.of(.reference, document: Self.d000, text: "485 milliards de dollars").first)
        #expect(c.verdict == .compatible)
        #expect(c.explanation.contains("beyond the 2% tolerance but within the 12% a newer edition of estimates can explain"))
    }

    /// Its "près de 20 %" against NATO's +20.9 % nominal (and +17.9 % real).
    @Test func twentyPercentAgainstNominalGrowth() throws {
        let c = try #require(checks.of(.reference, document: Self.d000, text: "20 %").first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.expected ?? 0) - 20.87) < 0.01)
        #expect(c.tolerancePercent == 10)
        for fact in ["+20.9%", "read as nominal", "+17.9%", "real terms", "widened for 'près de'"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
    }

    /// 485 billion in 2024 up nearly 20 % on 2023 implies about 404 billion in 2023, against NATO's 419.2.
    @Test func statedChangeImpliesThePreviousYear() throws {
        let c = try #require(checks.of(.statedChange, document: Self.d000).first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.compared ?? 0) / 1e9 - 404.17) < 0.01)
        #expect(abs((c.expected ?? 0) / 1e9 - 419.20) < 0.01)
        for fact in ["404.2 billion USD in 2023", "485 billion USD / 1.2", "419.2 billion USD", "for 2023"] {
            #expect(c.explanation.contains(fact), "missing '\(fact)' in: \(c.explanation)")
        }
    }

    /// Every figure of the seeds is in some row; those with nothing to compare are unverifiable, with why.
    @Test func nothingIsDropped() {
        let figures = ValidationData.seeds.flatMap { d in extractFigures(from: d).map { "\(d.id)@\($0.start)" } }
        #expect(figures.count == 14)
        var seen = Set<String>()
        for c in checks {
            if let s = c.figure.start { seen.insert("\(c.figure.source)@\(s)") }
            if let o = c.other, let s = o.start { seen.insert("\(o.source)@\(s)") }
        }
        #expect(Set(figures).isSubset(of: seen))
        let unmatched = checks.of(.unmatched)
        #expect(unmatched.allSatisfy { $0.verdict == .unverifiable && $0.explanation.contains("unverifiable: ") })
        #expect(Set(unmatched.map(\.figure.text)) == ["10 milliards de dollars", "2 %", "99 %"])
        #expect(unmatched.count == 4)
    }

    /// The conflicts are exactly the conversion of 002.
    @Test func theOnlyConflictIsTheConversion() {
        let conflicts = checks.filter { $0.verdict == .conflict }
        #expect(conflicts.map(\.kind) == [.conversion])
    }
}
