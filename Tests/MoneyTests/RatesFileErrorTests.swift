import Testing
import Money

/// Malformed rates files are refused with the line and column of the problem.
@Suite struct RatesFileErrorTests {
    private func read(_ text: String) -> Result<ECBRateTable, RatesFileError> {
        do throws(RatesFileError) {
            return .success(try ECBRateTable(contentsOf: Array(text.utf8)))
        } catch {
            return .failure(error)
        }
    }

    private func failure(_ text: String) -> RatesFileError? {
        if case .failure(let error) = read(text) { return error }
        return nil
    }

    private let header = "Date,USD,GBP,\n"

    @Test func readsTheECBLayout() throws {
        let table = try read(header + "2026-02-13,1.1862,0.8716,\n2026-02-12,1.1874,N/A,\n").get()
        #expect(table.dates == [day("2026-02-12"), day("2026-02-13")])
        #expect(table.rate(of: "GBP", row: 0) == nil)
        #expect(table.rate(of: "GBP", row: 1) == dec("0.8716"))
    }

    @Test func readsOtherLayoutsAlike() throws {
        let ecb = try read(header + "2026-02-13,1.1862,0.8716,\n2026-02-12,1.1874,0.8711,\n").get()
        let others = [
            "\u{FEFF}Date,USD,GBP\r\n2026-02-12,1.1874,0.8711\r\n2026-02-13,1.1862,0.8716\r\n",  // oldest first, CRLF, BOM
            "Date, USD, GBP, \n13 February 2026, 1.1862, 0.8716, \n12 February 2026, 1.1874, 0.8711, \n\n",
        ]
        for text in others {
            let table = try read(text).get()
            #expect(table.dates == ecb.dates)
            #expect(table.currencies == ecb.currencies)
            for row in 0..<2 {
                #expect(table.rate(of: "USD", row: row) == ecb.rate(of: "USD", row: row))
                #expect(table.rate(of: "GBP", row: row) == ecb.rate(of: "GBP", row: row))
            }
        }
    }

    @Test func badRateNamesLineAndColumn() {
        let error = failure(header + "2026-02-13,1.1862,0.8716,\n2026-02-12,1.18x4,0.8711,\n")
        #expect(error?.line == 3)
        #expect(error?.column == 12)
        #expect(error?.reason == .badRate(currency: "USD", text: "1.18x4"))
        #expect(error?.description.hasPrefix("line 3, column 12: '1.18x4' is not a rate for USD") == true)
    }

    @Test func refusesEachKindOfProblem() {
        let cases: [(String, Int, Int, RatesFileError.Reason)] = [
            ("", 1, 1, .empty),
            (header, 1, 1, .empty),
            ("Day,USD,\n2026-02-12,1.1,\n", 1, 1, .missingDateColumn),
            ("Date,USD,US,\n", 1, 10, .badCurrencyCode("US")),
            ("Date,USD,USD,\n", 1, 10, .duplicateCurrency("USD")),
            (header + "2026-02-12,1.1874,\n", 2, 1, .wrongFieldCount(expected: 3, found: 2)),
            (header + "2026-02-12,1.1874,0.8,0.9,\n", 2, 1, .wrongFieldCount(expected: 3, found: 4)),
            (header + "2026-02-30,1.1874,0.8711,\n", 2, 1, .badDate("2026-02-30")),
            (header + "2026-02-12,1.1874,0.8711,\n2026-02-12,1.1,0.8,\n", 3, 1, .dateOutOfOrder("2026-02-12")),
            (header + "2026-02-12,1,1,\n2026-02-13,1,1,\n2026-02-11,1,1,\n", 4, 1, .dateOutOfOrder("2026-02-11")),
            (header + "2026-02-12,0,0.8711,\n", 2, 12, .badRate(currency: "USD", text: "0")),
            (header + "2026-02-12,1.1874,-0.8,\n", 2, 19, .badRate(currency: "GBP", text: "-0.8")),
            (header + "2026-02-12,1.123456789,0.8,\n", 2, 12, .badRate(currency: "USD", text: "1.123456789")),
            (header + "2026-02-12,1.2.3,0.8,\n", 2, 12, .badRate(currency: "USD", text: "1.2.3")),
        ]
        for (text, line, column, reason) in cases {
            let error = failure(text)
            #expect(error == RatesFileError(line: line, column: column, reason: reason), "\(text.debugDescription)")
        }
    }

    @Test func refusesADamagedArchive() throws {
        var bytes = ShippedData.bytes("datasets/rates/eurofxref-hist.zip")
        try #require(bytes.count == 642_255)
        bytes[100_000] ^= 0xFF  // inside the compressed data: the CRC no longer matches
        #expect(throws: RatesFileError.self) { try ECBRateTable(contentsOf: bytes) }
        let truncated = Array(bytes.prefix(1000))
        do {
            _ = try ECBRateTable(contentsOf: truncated)
            Issue.record("a truncated archive was read")
        } catch {
            #expect(error.line == 0)
            if case .unreadableArchive = error.reason {} else { Issue.record("unexpected \(error)") }
        }
    }
}
