import Foundation
import Testing
import Tabular

/// `chiffres extract --to`, `--rate-basis`, `--constant-prices` on the shipped seed articles, end to end.
@Suite struct MoneyExtractTests {
    /// Rows of a CSV output as dictionaries, read with Tabular's reader.
    static func rows(_ text: String, dialect: CSVDialect = .rfc4180) throws -> [[String: String]] {
        let table = try CSVTable(bytes: Array(text.utf8), dialect: dialect)
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0.fields)) }
    }

    static let seeds = "datasets/articles/seeds.jsonl"

    @Test func everySeedMoneyFigureConvertedAndThePairLinked() throws {
        let run = try MoneyCLI.run(["extract", Self.seeds, "--to", "USD", "--quiet"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let header = run.stdout.prefix { $0 != "\n" }
        #expect(header.hasSuffix(",sentence,year_resolved,currency_basis,value_usd,rate,rate_date,rate_source,pair,implied_rate,reference_rate,deviation_pct"))
        let rows = try Self.rows(run.stdout)
        let money = rows.filter { $0["kind"] == "money" }
        #expect(money.count >= 9)
        for row in money {
            #expect(row["value_usd"]?.isEmpty == false, "\(row["text"] ?? "")")
            #expect(row["rate_source"]?.isEmpty == false)
        }
        for row in rows where row["kind"] != "money" {
            #expect(row["value_usd"] == "" && row["rate"] == "" && row["pair"] == "")
        }
        let pounds = try #require(money.first { $0["currency"] == "GBP" })
        let dollars = try #require(money.first { $0["doc"] == pounds["doc"] && $0["currency"] == "USD" })
        #expect(pounds["value_usd"] == "681552060.61")
        #expect(pounds["rate"] == "1.3631041")
        #expect(pounds["rate_date"] == "2026-02-12")
        #expect(pounds["pair"] == dollars["start"])
        #expect(dollars["pair"] == pounds["start"])
        for row in [pounds, dollars] {
            #expect(row["implied_rate"] == "1.26")
            #expect(row["reference_rate"] == "1.3631041")
            #expect(row["deviation_pct"] == "-7.56")
        }
    }

    @Test func yearBasisAndConstantPrices() throws {
        let run = try MoneyCLI.run(["extract", Self.seeds, "--to", "usd", "--rate-basis", "year",
                                    "--constant-prices", "2024", "--quiet"])
        #expect(run.status == 0)
        let rows = try Self.rows(run.stdout)
        // "plus de 50 milliards d'euros en 2024" at the 2024 average.
        let euros = try #require(rows.first { $0["doc"]?.hasPrefix("000") == true && $0["currency"] == "EUR" })
        #expect(euros["value_usd"] == "54119023437.50")
        #expect(euros["rate_date"] == "2024")
        #expect(euros["rate_source"] == "ECB year average")
        #expect(euros["value_real"] == "54119023437.50")
        #expect(euros["price_base"] == "2024")
        // Figures of 2025 and 2026 have no complete CPI year: empty, with a warning each.
        let later = rows.filter { $0["kind"] == "money" && $0["value_real"] == "" }
        #expect(!later.isEmpty)
        #expect(later.allSatisfy { $0["price_base"] == "" })
        #expect(run.stderr.split(separator: "\n").count == later.count)
        #expect(run.stderr.contains("no constant-price value: US CPI-U has no index for 2026"))
    }

    @Test func frenchDialectAndJSONLines() throws {
        let french = try MoneyCLI.run(["extract", Self.seeds, "--to", "EUR", "--excel-fr", "--quiet"])
        #expect(french.status == 0)
        let text = String(french.stdout.dropFirst())  // the byte-order mark
        let rows = try Self.rows(text, dialect: .excelFrench)
        let pounds = try #require(rows.first { $0["currency"] == "GBP" })
        #expect(pounds["value_eur"] == "573986913,10")  // 500e6 / 0.8711
        #expect(pounds["rate"] == "1,1479738")
        let json = try MoneyCLI.run(["extract", Self.seeds, "--to", "USD", "--format", "jsonl", "--quiet"])
        let line = try #require(json.stdout.split(separator: "\n").first { $0.contains("\"currency\":\"GBP\"") })
        #expect(line.hasSuffix(",\"value_usd\":681552060.61,\"rate\":1.3631041,\"rate_date\":\"2026-02-12\",\"rate_source\":\"ECB\",\"pair\":1570,\"implied_rate\":1.26,\"reference_rate\":1.3631041,\"deviation_pct\":-7.56}"))
    }

    @Test func missingRatesAreWarningsNotFailures() throws {
        let folder = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("old.jsonl")
        try """
            {"id":"old","date":"1998-06-15","lang":"fr","text":"Le budget atteint 20 milliards de francs et 3 milliards de dollars."}

            """.write(to: input, atomically: true, encoding: .utf8)
        let run = try MoneyCLI.run(["extract", input.path, "--to", "EUR", "--quiet"])
        #expect(run.status == 0)
        let rows = try Self.rows(run.stdout)
        let francs = try #require(rows.first { $0["currency"] == "FRF" })
        #expect(francs["value_eur"] == "3048980344.75")
        #expect(francs["rate_source"] == "fixed FRF 6.55957")
        let dollars = try #require(rows.first { $0["currency"] == "USD" })
        #expect(dollars["value_eur"] == "")
        #expect(dollars["rate"] == "")
        #expect(run.stderr.contains("'3 milliards de dollars': no rate on 1998-06-15: the rate table starts on 1999-01-04"))
    }

    @Test func badOptionsAreRefused() throws {
        let unknown = try MoneyCLI.run(["extract", Self.seeds, "--to", "GPB"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown currency code 'GPB'"))
        #expect(unknown.stderr.contains("GBP"))
        let basis = try MoneyCLI.run(["extract", Self.seeds, "--rate-basis", "year"])
        #expect(basis.status == 2)
        #expect(basis.stderr.contains("need --to CODE"))
        let noFile = try MoneyCLI.run(["extract", Self.seeds, "--to", "USD", "--rates", "nowhere.zip"])
        #expect(noFile.status == 1)
        #expect(noFile.stdout.isEmpty)
        #expect(noFile.stderr.contains("rates file nowhere.zip does not exist"))
        let folder = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deflator = folder.appendingPathComponent("deflator.csv")
        try "year,index\n2020,100\n2021,abc\n".write(to: deflator, atomically: true, encoding: .utf8)
        let badDeflator = try MoneyCLI.run(["extract", Self.seeds, "--constant-prices", "2024", "--deflator", deflator.path])
        #expect(badDeflator.status == 1)
        #expect(badDeflator.stderr.contains("deflator.csv: line 3, column 6: 'abc' is not an index"))
    }

    @Test func userDeflatorWithoutConversion() throws {
        let folder = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deflator = folder.appendingPathComponent("hicp.csv")
        try "year,index\n2024,100\n2025,102\n".write(to: deflator, atomically: true, encoding: .utf8)
        let run = try MoneyCLI.run(["extract", Self.seeds, "--constant-prices", "2024", "--deflator", deflator.path, "--quiet"])
        #expect(run.status == 0)
        let header = run.stdout.prefix { $0 != "\n" }
        #expect(header.hasSuffix(",sentence,year_resolved,currency_basis,value_real,price_base"))
        let rows = try Self.rows(run.stdout)
        // 004: "20 milliards d'euros" of 2025, in 2024 prices: 20e9 × 100 / 102.
        let euros = try #require(rows.first { $0["doc"]?.hasPrefix("004") == true && $0["currency"] == "EUR" })
        #expect(euros["value_real"] == "19607843137.25")
        #expect(euros["price_base"] == "2024")
    }
}
