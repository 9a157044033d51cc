import Testing
import Figures

/// The `year` of a figure as the text writes it (GUIDELINES of the news gold): fiscal years across two calendar
/// years keep their form, fiscal years are `FY2025`, and the year next to the figure wins over one that belongs to
/// a comparison or to another figure.
@Suite struct YearAsWrittenTests {
    @Test func fiscalYearsKeepTheirForm() {
        check("The deficit will be $12 billion in 2025-26 and 2.1% of GDP by 2027/28; spending was £40 billion in 24/25.",
              .english, [
            money("$12 billion", "12000000000", "USD", year: "2025-26"), percent("2.1%", "2.1", year: "2027/28"),
            money("£40 billion", "40000000000", "GBP", year: "24/25"),
        ])
        check("Le déficit atteint 3,2 milliards d'euros pour l'exercice 2024-2025.", .french, [
            money("3,2 milliards d'euros", "3200000000", "EUR", year: "2024-2025"),
        ])
    }

    @Test func referencesAreNotYears() {
        check("Selon la directive 2001/77/CE, l'aide atteint 3 milliards d'euros.", .french, [
            money("3 milliards d'euros", "3000000000", "EUR"),
        ])
    }

    @Test func fiscalYearsAreFY() {
        check("The request for fiscal 2026 is $900 billion; the FY25 budget was $850 billion, up 3% in FY’24.", .english, [
            money("$900 billion", "900000000000", "USD", year: "FY2026"),
            money("$850 billion", "850000000000", "USD", year: "FY2025"),
            percent("3%", "3", change: .increase, year: "FY2024"),
        ])
        check("Spending reaches $20 billion in fiscal year 2026.", .english, [
            money("$20 billion", "20000000000", "USD", year: "FY2026"),
        ])
    }

    @Test func theYearNextToTheFigureWins() {
        check("Les recettes atteignent 410 milliards d'euros en 2025, contre 395 milliards d'euros en 2024.", .french, [
            money("410 milliards d'euros", "410000000000", "EUR", year: "2025"),
            money("395 milliards d'euros", "395000000000", "EUR", year: "2024"),
        ])
        check("L'inflation serait de 1,1 % pour 2025, 1,4 % pour 2026 et 1,6 % pour 2027.", .french, [
            percent("1,1 %", "1.1", year: "2025"), percent("1,4 %", "1.4", year: "2026"), percent("1,6 %", "1.6", year: "2027"),
        ])
        check("Pour 2026, la prévision passe à 2,2 % (contre 2,0 %) et à 1,8 % pour 2027.", .french, [
            percent("2,2 %", "2.2", year: "2026"), percent("2,0 %", "2", year: "2026"), percent("1,8 %", "1.8", year: "2027"),
        ])
    }

    @Test func yearsAsAdjectivesAndPeriodNouns() {
        check("The 2024 defence budget of $30 billion was voted. They announced a €4bn 2026 budget package. It grew 5% in Q3 2025.", .english, [
            money("$30 billion", "30000000000", "USD", year: "2024"), money("€4bn", "4000000000", "EUR", year: "2026"),
            percent("5%", "5", change: .increase, year: "2025"),
        ])
        check("Le chiffre d'affaires atteint 90 millions d'euros au premier semestre 2025 et 12 millions d'euros dans "
              + "le budget rectificatif 2024.", .french, [
            money("90 millions d'euros", "90000000", "EUR", year: "2025"),
            money("12 millions d'euros", "12000000", "EUR", year: "2024"),
        ])
    }

    @Test func periodsReadBackAsWritten() {
        #expect(Period(written: "2024-25")?.label == "2024-25")
        #expect(Period(written: "2024-25") == Period(from: 2024, to: 2025))
        #expect(Period(written: "FY2025")?.written == "FY2025")
        #expect(Period(written: "24/25")?.first == 2024)
        #expect(Period(written: "2026/27")?.last == 2027)
        #expect(Period(written: "2024-2030")?.label == nil)
        #expect(Period(written: "2024")?.written == "2024")
        #expect(Period(written: "ab") == nil)
        #expect(Period(written: "FY2024-25") == nil)
    }
}
