import Foundation
import Testing
import Figures
import Money
import Tabular
@testable import chiffres

/// The conversion columns `extract --to` adds, on the shipped seed articles.
@Suite struct MoneyConversionColumnsTests {
    /// The seeds as documents, from `datasets/articles/seeds.jsonl`.
    static let seeds: [Document] = {
        let url = MoneyCLI.root.appendingPathComponent("datasets/articles/seeds.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let body = object["text"] as? String else { return nil }
            return Document(id: id, text: body, date: (object["date"] as? String).flatMap { CalendarDate(iso: $0) },
                            language: .french)
        }
    }()

    static let table: ECBRateTable? = try? MoneyData.rateTable(
        at: MoneyCLI.root.appendingPathComponent("datasets/rates/eurofxref-hist.zip").path).table

    static func columns(
        to target: String? = "USD", basis: ConversionOptions.Basis = .date, constantPrices: Int? = nil
    ) throws -> ConversionColumns {
        let table = try #require(table)
        let deflator = try constantPrices.map { _ in
            try Deflator(csv: Array(Data(contentsOf: MoneyCLI.root.appendingPathComponent("datasets/cpi/us-cpi-u-annual.csv"))),
                         name: "US CPI-U", currency: "USD")
        }
        return ConversionColumns(
            settings: .init(target: target, basis: basis, constantPrices: constantPrices),
            converter: CurrencyConverter(table: table), deflator: deflator)
    }

    /// The extra cells of every figure, as CSV text, by document.
    static func cells(_ columns: ConversionColumns) -> [(document: Document, figure: Figure, cells: [String], warnings: [String])] {
        var columns = columns  // one run: rates looked up once, reused by later documents
        var out: [(Document, Figure, [String], [String])] = []
        for document in seeds {
            let figures = extractFigures(from: document)
            let conversions = columns.convert(figures, date: document.date)
            let messages = conversions.messages(document: document.id)
            for (i, figure) in figures.enumerated() {
                var writer = CSVWriter()
                conversions.write(i, into: &writer)
                writer.endRecord()
                let line = String(decoding: writer.bytes, as: UTF8.self).dropLast()
                let mine = conversions.warnings.filter { $0.figure == i }.map { "\($0.warning)" }
                out.append((document, figure, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init), mine))
                _ = messages
            }
        }
        return out
    }

    @Test func header() throws {
        let dollars = try Self.columns()
        let euros = try Self.columns(to: "EUR", constantPrices: 2024)
        let real = try Self.columns(to: nil, constantPrices: 2024)
        #expect(dollars.header == ["value_usd", "rate", "rate_date", "rate_source",
                                   "pair", "implied_rate", "reference_rate", "deviation_pct"])
        #expect(euros.header == [
            "value_eur", "rate", "rate_date", "rate_source", "value_real", "price_base",
            "pair", "implied_rate", "reference_rate", "deviation_pct"])
        #expect(real.header == ["value_real", "price_base"])
    }

    @Test func everySeedMoneyFigureIsConverted() throws {
        try #require(Self.seeds.count == 5)
        let rows = Self.cells(try Self.columns())
        let money = rows.filter { $0.figure.kind == .money }
        #expect(money.count >= 9)  // the gold has 9 money figures
        for row in money {
            #expect(!row.cells[0].isEmpty, "\(row.document.id) \(row.figure.text)")
            #expect(row.cells[2] == row.document.date?.description || row.figure.currency == "USD")
            #expect(row.warnings.isEmpty, "\(row.warnings)")
        }
        for row in rows where row.figure.kind != .money {
            #expect(row.cells.allSatisfy { $0.isEmpty }, "\(row.figure.text)")
        }
        // 002: 500 millions de livres sterling at 1.1874 / 0.8711.
        let pounds = try #require(money.first { $0.figure.currency == "GBP" })
        #expect(pounds.cells[0] == "681552060.61")
        #expect(pounds.cells[1] == "1.3631041")
        #expect(pounds.cells[2] == "2026-02-12")
        #expect(pounds.cells[3] == "ECB")
    }

    @Test func seed002PairIsLinkedWithItsDeviation() throws {
        let rows = Self.cells(try Self.columns())
        let pair = rows.filter { $0.document.id.hasPrefix("002") && !$0.cells[4].isEmpty }
        try #require(pair.count == 2, "the extractor links 002's pounds and dollars")
        let pounds = try #require(pair.first { $0.figure.currency == "GBP" })
        let dollars = try #require(pair.first { $0.figure.currency == "USD" })
        #expect(pounds.cells[4] == String(dollars.figure.start))
        #expect(dollars.cells[4] == String(pounds.figure.start))
        for row in pair {
            #expect(row.cells[5] == "1.26")
            #expect(row.cells[6] == "1.3631041")
            #expect(row.cells[7] == "-7.56")
        }
        #expect(dollars.cells[0] == "630000000.00")  // already in dollars
        #expect(dollars.cells[3] == "same currency")
    }

    @Test func yearBasisUsesTheFiguresYear() throws {
        let rows = Self.cells(try Self.columns(basis: .year))
        // 000: "plus de 50 milliards d'euros en 2024" at the 2024 average, 1.0824 → 54.1 billion dollars.
        let euros = try #require(rows.first { $0.document.id.hasPrefix("000") && $0.figure.currency == "EUR" })
        #expect(euros.figure.resolvedPeriod == Period(2024))
        #expect(euros.cells[0] == "54119023437.50")
        #expect(euros.cells[2] == "2024")
        #expect(euros.cells[3] == "ECB year average")
        // A figure of a year without its own year falls back on the article's date.
        for row in rows where row.figure.kind == .money && row.figure.resolvedPeriod == nil && row.figure.currency != "USD" {
            #expect(row.cells[2] == row.document.date?.description)
        }
    }

    @Test func constantPricesSayTheBaseYear() throws {
        let rows = Self.cells(try Self.columns(constantPrices: 2024))
        // 003 (15 February 2024): "10 milliards de dollars", spent in 2024 → the same in 2024 prices.
        let same = try #require(rows.first { $0.document.id.hasPrefix("003") && $0.figure.value == ExactDecimal(significand: 1, exponent: 10) })
        #expect(same.cells[4] == "10000000000.00")
        #expect(same.cells[5] == "2024")
        // 000 (2025): no complete 2025 CPI, so no real value and a warning.
        let later = try #require(rows.first { $0.document.id.hasPrefix("000") && $0.figure.kind == .money && $0.figure.resolvedPeriod == nil })
        #expect(later.cells[4].isEmpty)
        #expect(later.cells[5].isEmpty)
        #expect(later.warnings == ["no constant-price value: US CPI-U has no index for 2025"])
    }

    @Test func missingRatesGiveEmptyCellsAndWarnings() throws {
        var columns = try Self.columns(to: "EUR")
        let figures = [
            Figure(start: 0, end: 9, text: "1000 nairas", kind: .money, value: ExactDecimal(significand: 1000), currency: "NGN"),
            Figure(start: 20, end: 29, text: "20 milliards de francs", kind: .money,
                   value: ExactDecimal(significand: 2, exponent: 10), currency: "FRF"),
            Figure(start: 40, end: 44, text: "12 %", kind: .percent, value: ExactDecimal(significand: 12)),
        ]
        let result = columns.convert(figures, date: CalendarDate(iso: "1998-06-15"))
        #expect(result.fields(0).prefix(4) == [.empty, .empty, .empty, .empty])
        #expect(result.fields(1).prefix(4) == [.decimal("3048980344.75"), .decimal("0.15244902"), .empty, .text("fixed FRF 6.55957")])
        #expect(result.fields(2).allSatisfy { $0 == .empty })
        #expect(result.messages(document: "a.txt") == [
            "warning: a.txt 0-9 '1000 nairas': no rate for NGN: the ECB does not publish it and it has no fixed euro rate",
        ])
    }

    /// A run looks each rate up once and reuses it in later documents: every cell and warning is the same as
    /// with a fresh lookup per document, on the seeds repeated (so that later rounds only hit the cache).
    @Test func ratesReusedAcrossDocumentsGiveTheSameCells() throws {
        let extracted = Self.seeds.map { ($0, extractFigures(from: $0)) }
        for basis in [ConversionOptions.Basis.date, .year] {
            var run = try Self.columns(basis: basis, constantPrices: 2024)
            var cells = 0
            var compared = 0
            for _ in 0..<3 {
                for (document, figures) in extracted {
                    var fresh = try Self.columns(basis: basis, constantPrices: 2024)
                    let reused = run.convert(figures, date: document.date)
                    let alone = fresh.convert(figures, date: document.date)
                    for i in figures.indices {
                        #expect(reused.fields(i) == alone.fields(i))
                        cells += reused.fields(i).count
                        compared += 1
                    }
                    #expect(reused.messages(document: document.id) == alone.messages(document: document.id))
                }
            }
            #expect(compared >= 3 * 14, "every figure of the seeds, three times")
            #expect(cells == compared * 10)
        }
    }
}
