import Figures
import Testing
import Validation

/// Who, what and when read from the neighbours of a figure's sentence (issue 14, second pass): donors
/// named after the amount, a donor's share of a running total, budget lines, the lede's measure, a
/// period owned by another figure, restated targets. Sentences written for these tests.
@Suite struct NeighbourReadingTests {
    func keys(_ text: String, _ language: Language, date: String = "2025-03-03") -> [String?] {
        ValidationData.keys(text, language, date: date)
    }

    @Test func theDonorNamedAfterTheAmount() {
        let text = "In total, as of 31 January, donors have given €90 billion in aid to Ukraine since the invasion, "
            + "including €60 billion from the United States."
        #expect(keys(text, .english).last == "money/EUR/to-date/usa>ukraine/aid")
    }

    @Test func theDonorAfterAnAmountThatOpensTheSentence() {
        let text = "Aid to Ukraine kept flowing this winter. With €1.5 billion, Germany has announced a new military aid package."
        #expect((keys(text, .english).last ?? nil)?.hasSuffix("deu>ukraine/military-aid") == true)
    }

    @Test func aDonorsAidAfterARunningTotalIsItsShare() {
        let text = "Since the invasion, donors have given €90 billion in aid to Ukraine. The United States has given €60 billion."
        #expect(keys(text, .english).last == "money/EUR/to-date/usa>ukraine/aid")
        let later = ValidationData.document("b", "2025-06-01", .english,
            "Since the invasion, donors have given €95 billion in aid to Ukraine. The United States has given €64 billion.")
        let earlier = ValidationData.document("a", "2025-03-01", .english, text)
        let rows = ValidationData.validate([earlier, later], rates: .unavailable("none"))
        #expect(rows.of(.sameQuantity, text: "€64 billion").first?.verdict == .compatible, "a running total that grew")
    }

    @Test func aPackageAfterARunningTotalIsNotPartOfIt() {
        let text = "Since the invasion, donors have given €90 billion in aid to Ukraine. With €1.5 billion, Germany has announced a new military aid package."
        #expect((keys(text, .english).last ?? nil)?.contains("to-date") == false)
    }

    @Test func aMonthAfterAFigureIsItsOwnNotTheNextFigures() {
        // "à" folds to one byte: March is nearer the second figure by bytes, yet it is the first figure's.
        let french = "En France, l’indice des prix à la consommation harmonisé (IPCH) a ralenti sur un mois, "
            + "passant de 0,9 % en mars à 0,4 % en avril."
        #expect(keys(french, .french, date: "2024-04-30") == [
            "percent/-/2024-03/fra/inflation-hicp-monthly", "percent/-/2024-04/fra/inflation-hicp-monthly",
        ])
    }

    @Test func aidInMonthsNamedJustBeforeTakesTheirYear() {
        let text = "European aid grew in January and February. With €1.5 billion, Germany has announced a new military aid package to Ukraine."
        #expect(keys(text, .english, date: "2025-04-10").last == "money/EUR/2025/deu>ukraine/military-aid")
    }

    @Test func europesTotalCountsTheEUsAid() {
        let joint = "European donors and the EU have given a total of €80 billion in aid to Ukraine since the invasion."
        let europe = "Europe has given a total of €80 billion in aid to Ukraine since the invasion."
        #expect(keys(joint, .english) == keys(europe, .english))
    }

    @Test func budgetLinesAreTheirOwnQuantity() {
        let air = keys("Berlin's special fund sets aside €40 billion for the air force.", .english)
        #expect(air == ["money/EUR/-/deu/budget-line-air-force"])
        let navy = keys("Le fonds spécial allemand réserve 19 milliards d’euros à la Marine.", .french)
        #expect(navy == ["money/EUR/-/deu/budget-line-navy"])
    }

    @Test func aBudgetLineNamedInAnotherClauseIsNotTheTotals() {
        let key = keys("La France prévoit 400 milliards d’euros de dépenses de défense pour 2024-2030, dont 50 milliards pour la dissuasion nucléaire.", .french)
        #expect(key == ["money/EUR/2024-2030/fra/defence-spending", "money/EUR/2024-2030/fra/budget-line-nuclear-deterrence"])
    }

    @Test func budgetLinesRevisedBetweenDraftsAreNoConflict() {
        let a = ValidationData.document("a", "2025-03-01", .english, "Germany's special fund sets aside €40 billion for the air force.")
        let b = ValidationData.document("b", "2025-03-02", .english, "Germany's special fund sets aside €25 billion for the air force.")
        let rows = ValidationData.validate([a, b], rates: .unavailable("none"))
        #expect(!rows.contains { $0.verdict == .conflict })
    }

    @Test func anAmountWithoutMeasureTakesTheLedesAsAGuess() throws {
        let text = "Le fonds spécial de l’Allemagne est adopté. Les députés ont voté 100 milliards d’euros."
        var validator = Validator(rates: .unavailable("none"))
        let document = ValidationData.document("a", "2025-03-01", .french, text)
        validator.add(document, figures: extractFigures(from: document))
        let claim = try #require(validator.claims.last)
        #expect(claim.key?.description == "money/EUR/-/deu/special-fund")
        #expect(claim.measureIsCarried)
        let row = ValidationData.validate([document], rates: .unavailable("none")).of(.unmatched).last
        #expect(row.map { $0.explanation.contains("a guess") || $0.explanation.contains("supposition") } == true, "an unverifiable guess says its measure was guessed")
    }

    @Test func anAmountOfAnotherKindDoesNotTakeTheLedesMeasure() {
        let text = "Le fonds spécial de l’Allemagne est adopté. Rheinmetall a signé des contrats pour 10 milliards d’euros."
        #expect((keys(text, .french).last ?? nil) == nil)
    }

    @Test func aPeriodOwnedByAnotherFigureIsNotTheFigures() {
        let text = "La loi de programmation militaire couvre 2024-2030. Elle prévoit 400 milliards d’euros de dépenses de défense, "
            + "contre 295 milliards en 2019-2025."
        #expect(keys(text, .french).suffix(2) == ["money/EUR/2024-2030/fra/defence-spending", "money/EUR/2019-2025/fra/defence-spending"])
    }

    @Test func aRestatedTargetTakesThePeriodOfWhatItRestates() {
        let text = "Le Parlement veut porter le budget de l’armée suisse à 7 milliards de francs d’ici à 2030, soit 1 % du PIB."
        #expect(keys(text, .french).last == "percent/-/2030/che/gdp-target")
    }

    @Test func aTargetIsDatedByWhenItIsFirstMet() {
        let span = keys("La France se fixe l’objectif de porter son effort de défense à 2 % du PIB entre 2025 et 2027.", .french)
        let from = keys("L’effort de défense de la France sera porté à 2 % du PIB à partir de 2025.", .french)
        #expect(span == ["percent/-/2025/fra/gdp-target"])
        #expect(from == span)
    }

    @Test func aPercentageAfterAVerbOfChangeIsAChange() {
        #expect(keys("In 2025, Italy will increase its intelligence budget 30% over three years.", .english)
            == ["percent-change/-/2025/ita/budget-line-intelligence"])
        #expect(keys("In 2025, Italy's defence spending will rise to reach 2% of GDP.", .english)
            == ["percent/-/2025/ita/gdp-target"], "a level reached, not a change")
    }

    @Test func aBracketedAmountAnnotatesTheListBeforeIt() {
        let text = "Germany's special fund pays for uniforms (2 billion euros), digitalisation and satellite links (20 billion euros), and research."
        #expect(keys(text, .english).last == "money/EUR/-/deu/budget-line-digitalisation")
    }
}
