import Figures
import Testing
import Validation

/// Check 1: the same quantity in two articles, with qualifier logic, and what must not be compared.
@Suite struct SameQuantityTests {
    func sameQuantity(_ documents: [Document]) -> [Check] {
        ValidationData.validate(documents, rates: .unavailable("none")).of(.sameQuantity)
    }

    let fr = { (id: String, date: String, text: String) in ValidationData.document(id, date, .french, text) }
    let en = { (id: String, date: String, text: String) in ValidationData.document(id, date, .english, text) }

    @Test func sameNumberTwoArticlesFrench() throws {
        let rows = sameQuantity([
            fr("a", "2025-01-10", "En 2024, la France a consacré 47 milliards d’euros à la défense."),
            fr("b", "2025-02-10", "Les dépenses de défense de la France ont atteint 47,2 milliards d’euros en 2024."),
        ])
        let c = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(c.verdict == .consistent)
        #expect(c.key == "money/EUR/2024/fra/defence-spending")
        #expect(c.figure.source == "b" && c.other?.source == "a")
        #expect(abs((c.deviationPercent ?? 0) - 0.4255) < 0.001)
        #expect(c.explanation.contains("give the same defence spending of France in 2024"))
    }

    @Test func frenchAndEnglishArticlesMeet() throws {
        let rows = sameQuantity([
            fr("fr", "2025-02-13", "Plus de 50 milliards d’euros ont été fournis en 2024 pour soutenir Kyiv."),
            // Neither names a donor (a donor named on one side only would make two keys).
            en("en", "2025-03-01", "In 2024, €50 billion in military aid went to Ukraine."),
        ])
        let c = try #require(rows.first)
        #expect(c.verdict == .consistent)
        #expect(c.key == "money/EUR/2024/ukraine/military-aid")
        #expect(c.explanation.contains("one as one value and the other as a lower bound"))
    }

    @Test func differentAmountsConflictEnglish() throws {
        let rows = sameQuantity([
            en("a", "2025-01-10", "In 2024, Germany spent €52 billion on defence."),
            en("b", "2025-02-10", "In 2024, Germany's defence budget was €72 billion."),
        ])
        let c = try #require(rows.first)
        #expect(c.verdict == .conflict)
        #expect(abs((c.deviationPercent ?? 0) - 38.46) < 0.01)
        #expect(c.explanation.contains("contradict each other on defence spending of Germany in 2024"))
        #expect(c.explanation.contains("beyond the 5% tolerance"))
    }

    @Test func approximateFiguresWidenTheTolerance() throws {
        // 19 against "près de 20": 5 % apart, within 10 % (5 % widened for "près de", at most doubled):
        // values that differ by the rounding a qualifier admits are compatible (equal digits are consistent).
        let rows = sameQuantity([
            fr("a", "2025-01-10", "En 2024, l’Italie a dépensé près de 20 milliards d’euros pour la défense."),
            fr("b", "2025-02-10", "En 2024, l’Italie a dépensé 19 milliards d’euros pour la défense."),
        ])
        let c = try #require(rows.first)
        #expect(c.verdict == .compatible)
        #expect(c.tolerancePercent == 10)
        #expect(c.explanation.contains("widened for 'près de'"))
    }

    @Test func aValueBelowALowerBoundConflicts() throws {
        let rows = sameQuantity([
            fr("a", "2025-01-10", "En 2024, plus de 60 milliards d’euros d’aide militaire ont été fournis à l’Ukraine."),
            fr("b", "2025-02-10", "En 2024, l’aide militaire à l’Ukraine a atteint 40 milliards d’euros."),
        ])
        let c = try #require(rows.first)
        #expect(c.verdict == .conflict)
        #expect(c.explanation.contains("do not allow both"))
    }

    @Test func aValueAboveALowerBoundIsCompatible() throws {
        let rows = sameQuantity([
            en("a", "2025-01-10", "In 2024, more than €40 billion of military aid went to Ukraine."),
            en("b", "2025-02-10", "In 2024, military aid to Ukraine reached €60 billion."),
        ])
        let c = try #require(rows.first)
        #expect(c.verdict == .compatible)
        #expect(c.explanation.contains("which allow both values"))
    }

    @Test func aLowerBoundAlsoMeetsTheValueAboveIt() throws {
        // Article b gives two amounts under one key; "plus de 400" rounds down the 413 above it.
        let rows = sameQuantity([
            fr("a", "2025-01-10", "Pour 2024-2030, la France prévoit plus de 400 milliards d’euros de dépenses de défense."),
            fr("b", "2025-02-10", "Pour 2024-2030, les dépenses de défense de la France atteindront 400 milliards d’euros de crédits et 413 milliards d’euros de besoins."),
        ])
        #expect(rows.first { $0.figure.text == "413 milliards d’euros" || $0.other?.text == "413 milliards d’euros" }?.verdict == .compatible)
        #expect(rows.first { $0.figure.text == "400 milliards d’euros" || $0.other?.text == "400 milliards d’euros" }?.verdict == .consistent)
    }

    @Test func aRunningTotalThatFellConflicts() throws {
        // Aid for a year still under way: the later total should not be lower.
        let rows = sameQuantity([
            fr("a", "2025-04-04", "Cette année, les Alliés ont engagé 30 milliards d’euros d’assistance militaire à l’Ukraine."),
            fr("b", "2025-06-25", "Cette année, les Alliés ont engagé 20 milliards d’euros d’assistance militaire à l’Ukraine."),
        ])
        let c = try #require(rows.first)
        #expect(c.key == "money/EUR/2025/nato>ukraine/military-aid")
        #expect(c.verdict == .conflict)
        #expect(c.explanation.contains("a running total cannot fall"))
    }

    @Test func sameNumberDifferentSubjectIsNotCompared() {
        let checks = ValidationData.validate([
            fr("a", "2025-01-10", "En 2024, la France a consacré 50 milliards d’euros à la défense."),
            fr("b", "2025-02-10", "En 2024, l’Allemagne a consacré 50 milliards d’euros à la défense."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
        #expect(checks.of(.unmatched).count == 2)
        #expect(checks.of(.unmatched).allSatisfy { $0.explanation.contains("no other article and no reference data give") })
    }

    @Test func sameNumberDifferentMeasureIsNotCompared() {
        let checks = ValidationData.validate([
            en("a", "2025-01-10", "In 2024, Canada spent $50 billion on defence."),
            en("b", "2025-02-10", "In 2024, Canada gave $50 billion in military aid to Ukraine."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
        #expect(Set(checks.map(\.key)) == ["money/USD/2024/can/defence-spending", "money/USD/2024/can>ukraine/military-aid"])
    }

    @Test func sameNumberDifferentYearIsNotCompared() {
        let checks = ValidationData.validate([
            fr("a", "2025-01-10", "En 2023, la Pologne a dépensé 30 milliards d’euros pour la défense."),
            fr("b", "2025-02-10", "En 2024, la Pologne a dépensé 30 milliards d’euros pour la défense."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
        #expect(checks.of(.unmatched).count == 2)
    }

    @Test func sameNumberDifferentCurrencyIsNotCompared() {
        let checks = ValidationData.validate([
            en("a", "2025-01-10", "In 2024, Norway spent $10 billion on defence."),
            en("b", "2025-02-10", "In 2024, Norway spent €10 billion on defence."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
    }

    @Test func noYearIsNotCompared() {
        let checks = ValidationData.validate([
            fr("a", "2025-01-10", "Le Royaume-Uni a annoncé 500 millions de livres sterling d’aide militaire à l’Ukraine."),
            fr("b", "2025-02-10", "Le Royaume-Uni a annoncé 500 millions de livres sterling d’aide militaire à l’Ukraine."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
        #expect(checks.of(.unmatched).allSatisfy { $0.explanation.contains("gives no year") })
    }

    @Test func oneArticleIsNotComparedWithItself() {
        let checks = ValidationData.validate([
            fr("a", "2025-01-10", "En 2024, la France a consacré 47 milliards d’euros à la défense. En 2024, la France a consacré 50 milliards d’euros à la défense."),
        ], rates: .unavailable("none"))
        #expect(checks.of(.sameQuantity).isEmpty)
    }

    @Test func resultsDoNotDependOnInputOrder() {
        let docs = ValidationData.seeds
        let forward = ValidationData.validate(docs, reference: ValidationData.nato)
        let backward = ValidationData.validate(docs.reversed(), reference: ValidationData.nato)
        #expect(forward.map(\.explanation) == backward.map(\.explanation))
        #expect(forward.map(\.key) == backward.map(\.key))
    }
}

/// Large groups are compared along the dates, not every pair.
@Suite struct LargeGroupTests {
    @Test func manyClaimsWithOneKeyAreChained() {
        let documents = (1...13).map { k in
            ValidationData.document("d\(k < 10 ? "0" : "")\(k)", "2025-01-\(k < 10 ? "0" : "")\(k)", .french,
                                    "En 2024, la France a consacré 47 milliards d’euros à la défense.")
        }
        let rows = ValidationData.validate(documents, rates: .unavailable("none")).of(.sameQuantity)
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0.verdict == .consistent })
        let few = ValidationData.validate(Array(documents.prefix(4)), rates: .unavailable("none")).of(.sameQuantity)
        #expect(few.count == 6)
    }

    @Test func aQuarterIsPartOfItsYear() throws {
        // Q1 commitments and a later, larger total for the same year: a running total, compatible.
        let rows = ValidationData.validate([
            ValidationData.document("q1", "2025-04-04", .french,
                "Les Alliés se sont engagés, au premier trimestre de 2025, à consacrer 20 milliards d’euros à l’assistance militaire à l’Ukraine."),
            ValidationData.document("h1", "2025-06-25", .english,
                "In 2025, allies committed €35 billion in military aid to Ukraine."),
        ], rates: .unavailable("none")).of(.sameQuantity)
        let c = try #require(rows.first)
        #expect(c.verdict == .compatible)
        #expect(c.explanation.contains("running total"))
    }
}
