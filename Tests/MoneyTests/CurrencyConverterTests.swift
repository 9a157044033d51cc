import Testing
import Money

/// Conversions with the shipped ECB rates and the fixed euro rates.
@Suite struct CurrencyConverterTests {
    @Test func poundToDollarOnTheSeedsDate() throws {
        let converter = try #require(ShippedData.converter)
        let lookup = converter.rate(from: "GBP", to: "USD", on: day("2026-02-12"))
        let rate = try #require(lookup.rate)
        #expect(lookup.warnings.isEmpty)
        #expect(rate.displayValue == dec("1.3631041"))  // 1.1874 / 0.8711
        #expect(rate.basis == .day(day("2026-02-12")))
        #expect(rate.source.description == "ECB")
        let conversion = converter.convert(MoneyAmount(dec("500"), "GBP"), to: "USD", on: day("2026-02-12"))
        #expect(conversion.value == dec("681.55"))
        #expect(conversion.places == 2)
        let seed = converter.convert(MoneyAmount(dec("500000000"), "GBP"), to: "USD", on: day("2026-02-12"))
        #expect(seed.value == dec("681552060.61"))  // 500e6 × 1.1874 / 0.8711 = 681,552,060.613…
    }

    @Test func averageOf2024() throws {
        let converter = try #require(ShippedData.converter)
        let lookup = converter.rate(from: "EUR", to: "USD", averageOf: 2024)
        let rate = try #require(lookup.rate)
        #expect(lookup.warnings.isEmpty)
        #expect(rate.ratio.rounded(places: 4) == dec("1.0824"))
        #expect(rate.basis == .year(2024))
        #expect(rate.source.description == "ECB year average")
        // The mean of the 2024 rows of an independent reading of the file.
        let rows = ShippedData.csvText.split(separator: "\n").filter { $0.hasPrefix("2024-") }
        try #require(rows.count == 256, "unzip is needed for this test")
        let mean = rows.compactMap { Double($0.split(separator: ",")[1]) }.reduce(0, +) / Double(rows.count)
        #expect(abs(rate.ratio.doubleValue - mean) < 1e-12)
        // "plus de 50 milliards d'euros en 2024" ≈ 54.1 billion dollars.
        let seed = converter.convert(MoneyAmount(dec("50000000000"), "EUR"), to: "USD", averageOf: 2024)
        #expect(seed.value?.rounded(places: -8) == dec("54100000000"))
        // Cross: the ratio of the two currencies' averages; the way back is its exact inverse.
        let gbpUSD = try #require(converter.rate(from: "GBP", to: "USD", averageOf: 2024).rate)
        let usdGBP = try #require(converter.rate(from: "USD", to: "GBP", averageOf: 2024).rate)
        #expect(gbpUSD.ratio.multiplied(by: usdGBP.ratio)?.rounded(places: 15) == dec("1"))
        let gbpMean = rows.compactMap { Double($0.split(separator: ",")[8]) }.reduce(0, +) / Double(rows.count)
        #expect(abs(gbpUSD.ratio.doubleValue - mean / gbpMean) < 1e-12)  // 1.27848 in 2024
    }

    @Test func weekendTakesTheLastFixingBefore() throws {
        let converter = try #require(ShippedData.converter)
        for weekend in ["2026-02-14", "2026-02-15"] {
            let rate = try #require(converter.rate(from: "GBP", to: "USD", on: day(weekend)).rate)
            #expect(rate.basis == .day(day("2026-02-13")))
            #expect(rate.basis.description == "2026-02-13")
            #expect(rate.ratio.rounded(places: 12) == ExactRatio(dec("1.1862"), over: dec("0.8716"))?.rounded(places: 12))
        }
        // Christmas 2025 (TARGET closed 25 and 26 December): the 24th.
        let christmas = try #require(converter.rate(from: "EUR", to: "USD", on: day("2025-12-26")).rate)
        #expect(christmas.basis == .day(day("2025-12-24")))
    }

    @Test func legacyCurrencyBefore1999() throws {
        let converter = try #require(ShippedData.converter)
        // "20 milliards de francs" in 1998: 20e9 / 6.55957 = 3,048,980,344.748… euros.
        let francs = converter.convert(MoneyAmount(dec("20000000000"), "FRF"), to: "EUR", on: day("1998-06-15"))
        #expect(francs.value == dec("3048980344.75"))
        #expect(francs.rate?.basis == .fixed)
        #expect(francs.rate?.basis.description == "")
        #expect(francs.rate?.source.description == "fixed FRF 6.55957")
        #expect(francs.warnings.isEmpty)
        // Francs to marks go through the two irrevocable rates: 1.95583 / 6.55957.
        let marks = converter.convert(MoneyAmount(dec("655957"), "FRF"), to: "DEM", on: day("1997-01-01"))
        #expect(marks.value == dec("195583"))
        // No dollar rate before the euro: nothing is invented.
        let dollars = converter.convert(MoneyAmount(dec("20000000000"), "FRF"), to: "USD", on: day("1998-06-15"))
        #expect(dollars.value == nil)
        #expect(dollars.warnings == [.beforeCoverage(day("1998-06-15"), first: day("1999-01-04"))])
        // After 1999 the same francs convert to dollars through the euro.
        let later = try #require(converter.rate(from: "FRF", to: "USD", on: day("2001-03-02")).rate)
        #expect(later.source.description == "ECB + fixed FRF 6.55957")
        #expect(later.basis == .day(day("2001-03-02")))
    }

    @Test func cfaFrancs() throws {
        let converter = try #require(ShippedData.converter)
        let sameParity = try #require(converter.rate(from: "XOF", to: "XAF", on: day("2024-05-02")).rate)
        #expect(sameParity.ratio.rounded(places: 18) == dec("1"))
        #expect(sameParity.source.description == "fixed XOF 655.957 XAF 655.957")
        let euros = converter.convert(MoneyAmount(dec("655957"), "XOF"), to: "EUR", on: day("2024-05-02"))
        #expect(euros.value == dec("1000"))
        let dollars = try #require(converter.rate(from: "XOF", to: "USD", on: day("2026-02-12")).rate)
        #expect(dollars.ratio.rounded(significantDigits: 8) == ExactRatio(dec("1.1874"), over: dec("655.957"))?.rounded(significantDigits: 8))
        #expect(dollars.source.description == "ECB + fixed XOF 655.957")
        let yearly = converter.convert(MoneyAmount(dec("1000000"), "XAF"), to: "EUR", averageOf: 2020)
        #expect(yearly.value == dec("1524.49"))  // 1e6 / 655.957 = 1524.490…
    }

    @Test func currenciesWithoutARate() throws {
        let converter = try #require(ShippedData.converter)
        let naira = converter.convert(MoneyAmount(dec("1000"), "NGN"), to: "EUR", on: day("2024-05-02"))
        #expect(naira.value == nil)
        #expect(naira.warnings == [.noRate("NGN")])
        // The root cause comes first, whatever the date.
        #expect(converter.rate(from: "NGN", to: "EUR", on: day("1990-01-01")).warnings == [.noRate("NGN")])
        let unknown = converter.rate(from: "GPB", to: "USD", on: day("2024-05-02"))
        #expect(unknown.rate == nil)
        guard case .unknownCurrency("GPB", let closest)? = unknown.warnings.first else {
            Issue.record("expected an unknown currency, got \(unknown.warnings)")
            return
        }
        #expect(closest.contains("GBP"))
        #expect(unknown.warnings.first?.description.contains("GBP") == true)
    }

    @Test func discontinuedCurrencies() throws {
        let converter = try #require(ShippedData.converter)
        #expect(converter.rate(from: "RUB", to: "EUR", on: day("2022-03-01")).rate != nil)
        let rub = converter.rate(from: "RUB", to: "EUR", on: day("2022-03-02"))
        #expect(rub.rate == nil)
        #expect(rub.warnings == [.discontinued("RUB", last: day("2022-03-01"), fixed: nil)])
        #expect(rub.warnings.first?.description.contains("2022-03-01") == true)
        // HRK and BGN still convert, at their irrevocable rates, and say the ECB stopped.
        let kuna = converter.convert(MoneyAmount(dec("7.5345"), "HRK"), to: "EUR", on: day("2024-05-02"))
        #expect(kuna.value == dec("1"))
        #expect(kuna.warnings == [.discontinued("HRK", last: day("2022-12-30"), fixed: FixedEuroRate.all["HRK"])])
        #expect(kuna.warnings.allSatisfy { !$0.blocksValue })
        let lev = converter.convert(MoneyAmount(dec("195583"), "BGN"), to: "EUR", on: day("2026-02-12"))
        #expect(lev.value == dec("100000"))
        #expect(lev.warnings.first == .discontinued("BGN", last: day("2025-12-31"), fixed: FixedEuroRate.all["BGN"]))
        // Before the changeover, the ECB's market rate.
        let marketLev = try #require(converter.rate(from: "BGN", to: "EUR", on: day("2025-12-31")).rate)
        #expect(marketLev.source.description == "ECB")
    }

    @Test func datesOutsideTheTable() throws {
        let converter = try #require(ShippedData.converter)
        let before = converter.rate(from: "USD", to: "EUR", on: day("1998-12-31"))
        #expect(before.rate == nil)
        #expect(before.warnings == [.beforeCoverage(day("1998-12-31"), first: day("1999-01-04"))])
        let after = converter.rate(from: "USD", to: "EUR", on: day("2026-11-02"))
        #expect(after.rate == nil)
        #expect(after.warnings == [.afterCoverage(day("2026-11-02"), last: day("2026-10-30"))])
        #expect(converter.rate(from: "USD", to: "EUR", on: day("2026-10-31")).rate?.basis == .day(day("2026-10-30")))
        let isk = converter.rate(from: "ISK", to: "EUR", on: day("2012-06-01"))
        #expect(isk.rate == nil)
        if case .suspended("ISK", let gap)? = isk.warnings.first {
            #expect(gap.from == day("2008-12-10"))
        } else {
            Issue.record("expected a suspended ISK, got \(isk.warnings)")
        }
        let shekel = converter.rate(from: "ILS", to: "EUR", on: day("2010-06-01"))
        #expect(shekel.warnings == [.notYetPublished("ILS", first: day("2011-01-03"), asked: "2010-06-01")])
        #expect(converter.rate(from: "USD", to: "EUR", averageOf: 1998).warnings == [.yearOutsideCoverage(1998, first: 1999, last: 2026)])
    }

    @Test func partialYears() throws {
        let converter = try #require(ShippedData.converter)
        let current = converter.rate(from: "EUR", to: "USD", averageOf: 2026)
        #expect(current.rate != nil)
        #expect(current.warnings == [.partialYear(2026, from: day("2026-01-02"), to: day("2026-10-30"), days: 213)])
        let rouble = converter.rate(from: "RUB", to: "EUR", averageOf: 2022)
        #expect(rouble.rate != nil)
        #expect(rouble.warnings.count == 1)
        if case .partialCurrencyYear("RUB", 2022, let days, let fixingDays)? = rouble.warnings.first {
            #expect(days < fixingDays)
        } else {
            Issue.record("expected a partial RUB year, got \(rouble.warnings)")
        }
        #expect(converter.rate(from: "EUR", to: "USD", averageOf: 1999).warnings.isEmpty)
    }

    @Test func sameCurrencyAndMinorUnits() throws {
        let converter = try #require(ShippedData.converter)
        let same = converter.convert(MoneyAmount(dec("12.345"), "USD"), to: "USD", on: day("2026-02-12"))
        #expect(same.value == dec("12.35"))
        #expect(same.rate?.source.description == "same currency")
        let yen = converter.convert(MoneyAmount(dec("1000"), "EUR"), to: "JPY", on: day("2026-02-12"))
        #expect(yen.places == 0)
        #expect(yen.value?.exponent ?? -1 >= 0)
        #expect(converter.convert(MoneyAmount(dec("1"), "EUR"), to: "USD", on: day("2026-02-12"), places: 6).value == dec("1.1874"))
    }

    @Test func everyLegacyCurrencyHasAFixedRateOrARedenomination() {
        let euroLegacy = ["BEF", "DEM", "ESP", "FRF", "IEP", "ITL", "LUF", "NLG", "ATS", "PTE", "FIM", "GRD",
                          "SIT", "CYP", "MTL", "SKK", "EEK", "LVL", "LTL", "HRK", "BGN"]
        for code in euroLegacy {
            #expect(FixedEuroRate.all[code]?.kind == .euroConversion, "\(code)")
            #expect(Currency.named(code)?.isLegacy == true, "\(code)")
        }
        #expect(FixedEuroRate.all["FRF"]?.unitsPerEuro == dec("6.55957"))
        #expect(FixedEuroRate.all["DEM"]?.unitsPerEuro == dec("1.95583"))
        #expect(FixedEuroRate.all["ITL"]?.unitsPerEuro == dec("1936.27"))
        #expect(FixedEuroRate.all["XOF"]?.unitsPerEuro == dec("655.957"))
        #expect(FixedEuroRate.all["XAF"]?.kind == .peg)
        let others = Currency.table.filter { $0.isLegacy && FixedEuroRate.all[$0.code] == nil }.map(\.code)
        #expect(others.sorted() == ["ROL", "TRL"])  // redenominated, not replaced by the euro
    }
}
