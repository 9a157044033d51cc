import Testing
import Money

/// Constant prices with the shipped US CPI-U and user-supplied deflators.
@Suite struct DeflatorTests {
    @Test func shippedCPI() throws {
        let cpi = try #require(ShippedData.usCPI)
        #expect(cpi.years == 1913...2024)
        #expect(cpi.indices[2024] == dec("313.689"))
        #expect(cpi.indices[2025] == nil)  // incomplete years are not shipped
        // 100 dollars of 2022 in 2024 prices: 100 × 313.689 / 292.655 = 107.187…
        let real = cpi.constantPrices(of: dec("100"), currency: "USD", year: 2022, base: 2024, places: 2)
        #expect(real.value == dec("107.19"))
        #expect(real.base == 2024)
        // Converted then deflated in one exact step: 100 EUR at 2022's average, in 2024 dollars.
        let converter = try #require(ShippedData.converter)
        let rate = try #require(converter.rate(from: "EUR", to: "USD", averageOf: 2022).rate)
        let combined = cpi.constantPrices(of: dec("100"), times: rate.ratio, currency: "USD", year: 2022, base: 2024, places: 2)
        let expected = rate.ratio.doubleValue * 100 * 313.689 / 292.655
        #expect(abs((combined.value?.doubleValue ?? 0) - expected) <= 0.005)
    }

    @Test func missingYearsAndOtherCurrencies() throws {
        let cpi = try #require(ShippedData.usCPI)
        let future = cpi.constantPrices(of: dec("100"), currency: "USD", year: 2025, base: 2024, places: 2)
        #expect(future.value == nil)
        #expect(future.warnings == [.noDeflatorIndex(year: 2025, deflator: "US CPI-U")])
        let euros = cpi.constantPrices(of: dec("100"), currency: "EUR", year: 2022, base: 2024, places: 2)
        #expect(euros.value == nil)
        #expect(euros.warnings == [.deflatorCurrency(deflator: "US CPI-U", measures: "USD", value: "EUR")])
    }

    @Test func userSuppliedFiles() throws {
        let plain = try Deflator(csv: Array("year,index\n2020,100\n2024,120.5\n".utf8), name: "mine")
        #expect(plain.constantPrices(of: dec("10"), currency: "EUR", year: 2020, base: 2024, places: 2).value == dec("12.05"))
        let french = try Deflator(csv: Array("\u{FEFF}année;indice\r\n2020;100\r\n2024;120,5\r\n".utf8), name: "fr")
        #expect(french.indices == plain.indices)
        let noHeader = try Deflator(csv: Array("2020,100\n2024,120.5\n".utf8), name: "bare")
        #expect(noHeader.indices == plain.indices)
    }

    @Test func malformedFilesNameLineAndColumn() {
        let cases: [(String, DeflatorFileError)] = [
            ("year,index\n", DeflatorFileError(line: 2, column: 1, reason: .empty)),
            ("year,index\n2020,100\n20x1,101\n", DeflatorFileError(line: 3, column: 1, reason: .badYear("20x1"))),
            ("year,index\n2020,100\n2021,abc\n", DeflatorFileError(line: 3, column: 6, reason: .badIndex("abc"))),
            ("year,index\n2020,100\n2021,-4\n", DeflatorFileError(line: 3, column: 6, reason: .badIndex("-4"))),
            ("year,index\n2020\n", DeflatorFileError(line: 2, column: 5, reason: .missingIndex)),
            ("year,index\n2020,100\n2020,101\n", DeflatorFileError(line: 3, column: 1, reason: .duplicateYear(2020))),
        ]
        for (text, expected) in cases {
            do {
                _ = try Deflator(csv: Array(text.utf8), name: "bad")
                Issue.record("accepted \(text.debugDescription)")
            } catch {
                #expect(error == expected, "\(text.debugDescription)")
            }
        }
        #expect(DeflatorFileError(line: 3, column: 6, reason: .badIndex("abc")).description
                == "line 3, column 6: 'abc' is not an index; write a positive decimal (313.689)")
    }
}
