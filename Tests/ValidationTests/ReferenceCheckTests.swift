import Figures
import Money
import Testing
import Validation

/// Check 4: figures against reference data, with edition and price basis; and the reference readers.
@Suite struct ReferenceCheckTests {
    let nato = ValidationData.nato

    func reference(_ text: String, _ language: Language, date: String = "2025-03-03", table: ReferenceTable? = nil,
                   tolerance: Double = 0.05) -> [Check] {
        ValidationData.validate([ValidationData.document("t", date, language, text)], reference: table ?? nato,
                                tolerance: tolerance).of(.reference)
    }

    @Test func natoRowsAreReadInCurrencyUnits() throws {
        let p = try #require(nato.level(.europeCanada, .defenceSpending, year: 2024, currency: "USD", basis: .current))
        #expect(abs(p.value - 506_692_476_573.43885) < 1)
        #expect(p.isEstimate)
        #expect(nato.level(.europeCanada, .defenceSpending, year: 2024, currency: "USD", basis: .constant(2015)) != nil)
        #expect(nato.level(.nato, .defenceSpending, year: 2022, currency: "USD", basis: .current)?.isEstimate == false)
        // Countries meet by ISO code, in US dollars and their own currency.
        #expect(nato.level(Subject.country(iso3: "FRA") ?? .nato, .defenceSpending, year: 2024, currency: "EUR", basis: .current) != nil)
        #expect(nato.values(Subject.country(iso3: "POL") ?? .nato, .level(.shareOfGDP), year: 2024).count == 1)
        #expect(nato.sources.map(\.edition) == ["NATO's Defence Expenditure of NATO Countries (2014–2024), 2024 edition"])
        #expect(nato.sources.first?.editionYear == 2024)
    }

    @Test func aCountryInItsOwnCurrencyFrench() throws {
        // NATO's 2024 estimate for France: 59.6 billion EUR at current prices.
        let point = try #require(nato.level(Subject.country(iso3: "FRA") ?? .nato, .defenceSpending, year: 2024, currency: "EUR", basis: .current))
        let c = try #require(reference("En 2024, la France a consacré 40 milliards d’euros à la défense.", .french).first)
        #expect(c.key == "money/EUR/2024/fra/defence-spending")
        #expect(c.expected == point.value)
        #expect(c.verdict == .conflict)
        #expect(c.explanation.contains("current prices and exchange rates"))
    }

    @Test func shareOfGDPEnglish() throws {
        let point = try #require(nato.values(Subject.country(iso3: "POL") ?? .nato, .level(.shareOfGDP), year: 2024).first)
        let text = "In 2024, Poland spent \(Wording.fixed(point.value, places: 1))% of GDP on defence."
        let c = try #require(reference(text, .english).first)
        #expect(c.verdict == .consistent)
        #expect(c.unit == "%")
        let wrong = try #require(reference("In 2024, Poland spent 2.5% of GDP on defence.", .english).first)
        #expect(wrong.verdict == .conflict)
    }

    @Test func realChangeWhenTheSentenceSaysSo() throws {
        let c = try #require(reference(
            "En 2024, les dépenses de défense des Alliés européens et du Canada ont augmenté de 18 % en termes réels par rapport à 2023.",
            .french).first)
        #expect(c.key == "percent-change/-/2024/europe-canada/defence-spending")
        #expect(abs((c.expected ?? 0) - 17.95) < 0.01)
        #expect(c.explanation.contains("read as real"))
        #expect(c.verdict == .consistent)
    }

    @Test func euroAmountsAreConvertedAtTheYearAverage() throws {
        // No euro series for the aggregate: the figure is converted to USD at the ECB average of 2024.
        let c = try #require(reference(
            "In 2024, European Allies and Canada spent €470 billion on defence.", .english).first)
        #expect(c.unit == "USD")
        #expect(c.explanation.contains("converted to USD at the ECB average of 2024"))
        let average = try #require({ () -> Double? in
            if case .available(let converter, _) = ValidationData.rates {
                return converter.rate(from: "EUR", to: "USD", averageOf: 2024).rate?.ratio.doubleValue
            }
            return nil
        }())
        #expect(abs((c.compared ?? 0) - 470e9 * average) < 1)
        #expect(c.verdict == .consistent)
    }

    @Test func noReferenceValueForTheYearIsSaid() throws {
        let c = try #require(reference("In 2025, European Allies and Canada spent $559 billion on defence.", .english).first)
        #expect(c.verdict == .unverifiable)
        #expect(c.explanation.contains("for other years, not 2025"))
    }

    @Test func aRevisionAfterTheEditionIsCompatibleBeyondTolerance() throws {
        // 470 against 506.7 is 7.2 % below: beyond 5 %, within 5 % + 10 % for an estimate of an earlier edition.
        let later = try #require(reference("In 2024, European Allies and Canada spent $470 billion on defence.", .english,
                                           date: "2025-03-03").first)
        #expect(later.verdict == .compatible)
        // The same figure in an article of the edition's year is a conflict: no newer edition to explain it.
        let same = try #require(reference("In 2024, European Allies and Canada will spend $470 billion on defence.", .english,
                                          date: "2024-07-01").first)
        #expect(same.verdict == .conflict)
    }

    @Test func seriesTablesKnowTheirSubjectFromTheName() throws {
        var table = ReferenceTable()
        let result = table.addSeries([
            SeriesRow(series: "Military aid to Ukraine", year: 2024, value: 50, unit: "billion EUR", edition: "Kiel tracker, June 2025"),
            SeriesRow(series: "Something else", year: 2024, value: 1, unit: "EUR"),
        ], name: "aid.csv")
        #expect(result.added == 1)
        #expect(result.unknownSeries == ["Something else"])
        let c = try #require(reference("In 2024, allies gave €40 billion in military aid to Ukraine.", .english, table: table).first)
        #expect(c.verdict == .conflict)
        #expect(c.other?.source == "aid.csv")
        #expect(c.explanation.contains("Kiel tracker, June 2025"))
    }

    @Test func anotherSubjectOrYearIsNotCompared() {
        // NATO has no Ukraine; a year outside the table has no value; a figure without year is not compared.
        #expect(reference("In 2024, Ukraine spent $60 billion on defence.", .english).isEmpty)
        #expect(reference("European Allies and Canada spent $485 billion on defence.", .english).isEmpty)
    }

    @Test func unitsAreRead() {
        var t = ReferenceTable()
        _ = t.addSeries([SeriesRow(series: "France defence spending", year: 2024, value: 2.5, unit: "thousand million EUR")], name: "x")
        _ = t.addSeries([SeriesRow(series: "Germany defence spending", year: 2024, value: 90000, unit: "million EUR, constant 2015 prices")], name: "y")
        #expect(t.level(Subject.country(iso3: "DEU") ?? .nato, .defenceSpending, year: 2024, currency: "EUR", basis: .constant(2015))?.value == 90e9)
        #expect(t.level(Subject.country(iso3: "FRA") ?? .nato, .defenceSpending, year: 2024, currency: "EUR", basis: .current)?.value == 2.5e9)
    }
}
