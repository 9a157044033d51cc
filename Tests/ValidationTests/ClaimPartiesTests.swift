import Figures
import Money
import Testing
import Validation

/// Claim keys that say who, what and when: the donor of aid, its type, shares of GNI and GDP, and
/// each figure's own period (issue 14's cases, in sentences written for these tests).
@Suite struct ClaimPartiesTests {
    func keys(_ text: String, _ language: Language, date: String = "2025-03-03") -> [String?] {
        ValidationData.keys(text, language, date: date)
    }

    @Test func oneDonorIsNotTheAllies() {
        let france = ValidationData.document("a", "2025-02-01", .french,
            "En 2024, la France a fourni 3,7 milliards d’euros d’aide militaire à l’Ukraine.")
        let allies = ValidationData.document("b", "2025-02-10", .french,
            "En 2024, les Alliés ont fourni 50 milliards d’euros d’aide militaire à l’Ukraine.")
        let checks = ValidationData.validate([france, allies], reference: ReferenceTable())
        #expect(checks.of(.sameQuantity).isEmpty)
        #expect(!checks.contains { $0.verdict == .conflict })
        #expect(keys("En 2024, la France a fourni 3,7 milliards d’euros d’aide militaire à l’Ukraine.", .french)
            == ["money/EUR/2024/fra>ukraine/military-aid"])
    }

    @Test func aFrenchAdjectiveIsTheDonorNotTheRecipient() {
        let key = keys("En 2024, l’aide militaire française à l’Ukraine a atteint 2,1 milliards d’euros.", .french)
        #expect(key == ["money/EUR/2024/fra>ukraine/military-aid"])
        let a = ValidationData.document("a", "2025-01-10", .french,
            "En 2024, l’aide militaire française à l’Ukraine a atteint 2,1 milliards d’euros.")
        let b = ValidationData.document("b", "2025-01-20", .french,
            "En 2024, l’aide militaire française à l’Ukraine a atteint 1,2 milliard d’euros.")
        let checks = ValidationData.validate([a, b], reference: ReferenceTable())
        let row = checks.of(.sameQuantity).first
        #expect(row?.verdict == .conflict, "two digits swapped on one key is a misprint: \(String(describing: row))")
        #expect(row?.explanation.contains("from France to Ukraine") == true)
    }

    @Test func oneDigitChangedIsASlipWithinAMonthAndARevisionMonthsLater() {
        let text = { (value: String) in "Le Conseil fédéral fixe le plafond des dépenses de l’armée suisse pour 2025-2028 à \(value) milliards de francs." }
        func verdict(_ first: String, _ second: String) -> Verdict? {
            let a = ValidationData.document("a", first, .french, text("25,8"))
            let b = ValidationData.document("b", second, .french, text("29,8"))
            return ValidationData.validate([a, b], reference: ReferenceTable()).of(.sameQuantity).first?.verdict
        }
        #expect(verdict("2024-02-01", "2024-02-10") == .conflict, "a digit mistyped within days is a misprint")
        #expect(verdict("2024-02-01", "2024-06-03") == .compatible, "months later, the same change may be a revision")
    }

    @Test func developmentAidIsNotMilitaryAid() {
        #expect(keys("En 2024, l’aide publique au développement de la France a atteint 15 milliards d’euros.", .french)
            == ["money/EUR/2024/fra/development-aid"])
        #expect(keys("In 2024, Britain's overseas aid fell to 0.5% of gross national income.", .english)
            == ["percent/-/2024/gbr/development-aid-share-of-gni"])
    }

    @Test func aShareOfGDPInEnglishWords() {
        #expect(keys("In 2024, Germany's defence spending reached 2.1 per cent of GDP.", .english)
            == ["percent/-/2024/deu/share-of-gdp"])
    }

    @Test func aShareOfGDPInEnglishWordsMeetsNATO() throws {
        let d = ValidationData.document("de", "2025-03-01", .english, "In 2024, Germany's defence spending reached 2.1 per cent of GDP.")
        let c = try #require(ValidationData.validate([d], reference: ValidationData.nato).of(.reference).first)
        #expect(c.verdict == .consistent)
        #expect(abs((c.expected ?? 0) - 2.12) < 0.01)
    }

    @Test func eachFigureTakesTheYearNextToIt() {
        let found = keys("La France prévoit 413,3 milliards d’euros de dépenses militaires pour 2024-2030, contre 295 milliards d’euros en 2019-2025.", .french)
        #expect(found == ["money/EUR/2024-2030/fra/defence-spending", "money/EUR/2019-2025/fra/defence-spending"])
    }

    @Test func aidAndDefenceSharesAreNotOneQuantity() {
        let found = keys("The UK will cut its overseas aid to 0.3% of gross national income by 2027 to raise defence spending to 2.5% of GDP by 2027.", .english)
        #expect(found.count == 2)
        #expect(found[0] != nil && found[0] != found[1])
        #expect(found[0]?.hasSuffix("development-aid-share-of-gni") == true)
    }

    @Test func mutuallyNearestValuesOnly() {
        let a = ValidationData.document("a", "2025-01-10", .french,
            "La France consacrera 400 milliards d’euros à la défense en 2024-2030, puis 413 milliards d’euros au total en 2024-2030.")
        let b = ValidationData.document("b", "2025-01-20", .french,
            "La France consacrera 413,3 milliards d’euros à la défense en 2024-2030.")
        let rows = ValidationData.validate([a, b], reference: ReferenceTable()).of(.sameQuantity)
        #expect(rows.count == 1)
        #expect(rows.first?.other?.text.hasPrefix("413 ") == true)
        #expect(rows.first?.verdict == .consistent)
    }
}

/// Explanations in the article's language.
@Suite struct ExplanationLanguageTests {
    let documents = [
        ValidationData.document("a", "2025-01-10", .french, "En 2024, la France a consacré 47 milliards d’euros à la défense."),
        ValidationData.document("b", "2025-02-10", .french, "En 2024, la France a consacré 47 milliards d’euros à la défense."),
        ValidationData.document("c", "2025-02-10", .french, "La France a consacré 3 milliards d’euros au sport."),
    ]

    func checks(_ language: ExplanationLanguage?) -> [Check] {
        var validator = Validator(options: ValidationOptions(explanationLanguage: language), rates: .unavailable("none"))
        for d in documents { validator.add(d, figures: extractFigures(from: d)) }
        return validator.checks()
    }

    @Test func frenchArticlesAreExplainedInFrenchWhenAuto() throws {
        let rows = checks(nil)
        let same = try #require(rows.of(.sameQuantity).first)
        #expect(same.explanation.contains("donnent la même valeur pour les dépenses de défense de la France en 2024"))
        let unmatched = try #require(rows.of(.unmatched).first)
        #expect(unmatched.explanation.contains("est invérifiable : sa phrase ne nomme aucune mesure"))
    }

    @Test func englishWhenAsked() throws {
        let same = try #require(checks(.en).of(.sameQuantity).first)
        #expect(same.explanation.contains("give the same defence spending of France in 2024"))
    }
}

/// Donors named together give together.
@Suite struct CompoundDonorTests {
    @Test func twoDonorsJoinedByAndAreOneGiver() {
        var validator = Validator(rates: .unavailable("none"))
        let d = ValidationData.document("t", "2025-03-01", .french,
            "Depuis le début de la guerre, les États-Unis et l’ensemble des pays d’Europe ont accordé 250 milliards d’euros d’aide à Kyiv.")
        validator.add(d, figures: extractFigures(from: d))
        #expect(validator.claims.map { $0.key?.description } == ["money/EUR/to-date/european-countries+usa>ukraine/aid"])
    }
}
