import Testing
import Money

/// The shipped `datasets/rates/eurofxref-hist.zip`, read as the ECB publishes it.
@Suite struct ECBRateTableTests {
    @Test func readsTheShippedArchive() throws {
        let table = try #require(ShippedData.table)
        #expect(table.currencies.count == 41)
        #expect(table.dates.count == 7126)
        #expect(table.firstDate == day("1999-01-04"))
        #expect(table.lastDate == day("2026-10-30"))
        #expect(table.rate(of: "USD", row: 0) == dec("1.1789"))
        let row = try #require(table.row(onOrBefore: day("2026-02-12")))
        #expect(table.dates[row] == day("2026-02-12"))
        #expect(table.rate(of: "USD", row: row) == dec("1.1874"))
        #expect(table.rate(of: "GBP", row: row) == dec("0.8711"))
        #expect(table.rate(of: "RUB", row: row) == nil)  // N/A
    }

    /// Every cell against an independent reading of the same file (`unzip -p` and a string split).
    @Test func everyRateMatchesAnIndependentReading() throws {
        let table = try #require(ShippedData.table)
        let lines = ShippedData.csvText.split(separator: "\n")
        try #require(lines.count == 7127, "unzip is needed for this test")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).dropFirst().filter { !$0.isEmpty }
        #expect(header.map(String.init) == table.currencies)
        var cells = 0
        var mismatches = 0
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let row = try #require(table.row(onOrBefore: day(String(fields[0]))))
            #expect(table.dates[row].description == fields[0])
            for (index, code) in table.currencies.enumerated() {
                let text = fields[index + 1]
                let expected = text == "N/A" ? nil : ExactDecimal(text)
                if table.rate(of: code, row: row) != expected { mismatches += 1 }
                cells += 1
            }
        }
        #expect(cells == 7126 * 41)
        #expect(mismatches == 0)
    }

    @Test func coverageOfCurrencies() throws {
        let table = try #require(ShippedData.table)
        let rub = try #require(table.coverage(of: "RUB"))
        #expect(rub.first == day("2005-04-01"))
        #expect(rub.last == day("2022-03-01"))
        #expect(table.coverage(of: "HRK")?.last == day("2022-12-30"))
        #expect(table.coverage(of: "BGN")?.last == day("2025-12-31"))
        let isk = try #require(table.coverage(of: "ISK"))
        #expect(isk.gaps.count == 1)
        #expect(isk.gaps.first?.from == day("2008-12-10"))
        #expect(isk.gaps.first?.to == day("2018-01-31"))
        #expect(isk.days == 4785)
        #expect(table.coverage(of: "USD")?.days == 7126)
        #expect(table.coverage(of: "XOF") == nil)
    }

    @Test func coversTheWeekendAfterTheLastFriday() throws {
        let table = try #require(ShippedData.table)
        #expect(table.lastDate.weekday == 5)
        #expect(table.covers(day("2026-10-31")))
        #expect(table.covers(day("2026-11-01")))
        #expect(!table.covers(day("2026-11-02")))
        #expect(!table.covers(day("1999-01-03")))
    }
}
