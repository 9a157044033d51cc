import Foundation
import Testing
import Tabular

// These tests run the whole pipeline on sentences with figures. They wait for the scanner: until it
// lands on main, `extractFigures` returns no figure and only the header comes out. Each checks the
// plumbing of `extract` (dialects, dates, currencies, order) on rows the scanner must produce.

/// The rows of a run's CSV, read back with the Tabular reader.
private func rows(_ result: Chiffres.Result) throws -> CSVTable {
    try CSVTable(bytes: result.stdout, removesNeutralization: false)
}

@Test
func oneMoneyFigure() throws {
    let scratch = try Scratch(["a.txt": "Le budget atteint 485 milliards de dollars."])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt"], in: scratch.url)
    #expect(result.status == 0)
    let table = try rows(result)
    #expect(table.rows.count == 1)
    let row = try #require(table.rows.first)
    #expect(row["doc"] == "a.txt")
    #expect(row["start"] == "18")
    #expect(row["end"] == "42")
    #expect(row["text"] == "485 milliards de dollars")
    #expect(row["kind"] == "money")
    #expect(row["value"] == "485000000000")
    #expect(row["currency"] == "USD")
    #expect(row["approx"] == "exact")
    #expect(row["sentence"] == "Le budget atteint 485 milliards de dollars.")
}

@Test
func signedPercentIsNeutralizedAndDecimalCommaApplies() throws {
    let scratch = try Scratch(["a.txt": "Les dépenses ont bondi de +20 % en 2024, et de 1,5 % en 2025."])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--excel-fr"], in: scratch.url)
    #expect(result.status == 0)
    let table = try rows(result)
    #expect(table.dialect.delimiter == UInt8(ascii: ";"))
    // A text cell that begins with + must never reach a spreadsheet as a formula.
    for row in table.rows {
        let text = row["text"] ?? ""
        #expect(!(text.first.map { "=+-@".contains($0) } ?? false), "\(text)")
    }
    #expect(table.rows.map { $0["value"] } == ["20", "1,5"])
    #expect(table.rows.map { $0["year"] } == ["2024", "2025"])
    #expect(table.rows.first?["change"] == "increase")
}

@Test
func decimalCommaWithCommaDelimiterIsQuoted() throws {
    let scratch = try Scratch(["a.txt": "Le déficit atteint 5,8 % du PIB."])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--decimal-comma"], in: scratch.url)
    #expect(result.output.contains(",\"5,8\","))
}

@Test
func dollarOption() throws {
    let scratch = try Scratch(["a.txt": "Ottawa dépensera 5 milliards de dollars."])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--dollar", "CAD"], in: scratch.url)
    #expect(try rows(result).rows.first?["currency"] == "CAD")
}

@Test
func datesComeFromTheOptionTheRecordOrTheText() throws {
    let jsonl = [
        #"{"id": "j", "date": "2026-02-12", "text": "Le budget atteint 485 milliards de dollars."}"#,
        #"{"id": "t", "date": null, "text": "Publié le 13/02/2025. Le budget atteint 485 milliards de dollars."}"#,
        #"{"id": "n", "text": "Le budget atteint 485 milliards de dollars."}"#,
    ].joined(separator: "\n")
    let scratch = try Scratch(["f.jsonl": jsonl])
    defer { scratch.remove() }
    let found = try rows(Chiffres.run(["extract", "f.jsonl"], in: scratch.url))
    #expect(found.rows.map { $0["date"] } == ["2026-02-12", "2025-02-13", ""])
    let forced = try rows(Chiffres.run(["extract", "f.jsonl", "--date", "2024-01-31"], in: scratch.url))
    #expect(forced.rows.map { $0["date"] } == ["2024-01-31", "2024-01-31", "2024-01-31"])
}

@Test
func rowsFollowTheSortedFolderOrder() throws {
    let sentence = "Le budget atteint 485 milliards de dollars."
    let scratch = try Scratch(["d/b.txt": sentence, "d/a/z.txt": sentence, "d/A.md": sentence, "d/c.html": "<p>\(sentence)</p>"])
    defer { scratch.remove() }
    let table = try rows(Chiffres.run(["extract", "d"], in: scratch.url))
    #expect(table.rows.map { $0["doc"] ?? "" } == ["d/A.md", "d/a/z.txt", "d/b.txt", "d/c.html"])
}

@Test
func jsonLinesOutputMatchesTheCSV() throws {
    let scratch = try Scratch(["a.txt": "Le budget atteint 485 milliards de dollars."])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--format", "jsonl"], in: scratch.url)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any]
    #expect(object?["value"] as? Int == 485_000_000_000)
    #expect(object?["currency"] as? String == "USD")
    #expect(object?["doc"] as? String == "a.txt")
}

@Test
func summaryTableShowsTheFirstRows() throws {
    let seeds = Chiffres.packageRoot.appendingPathComponent("datasets/articles")
    let scratch = try Scratch()
    defer { scratch.remove() }
    let out = scratch.url.appendingPathComponent("figures.csv").path
    let result = try Chiffres.run(["extract", "seeds.jsonl", "--output", out, "--summary"], in: seeds)
    #expect(result.status == 0)
    #expect(result.output.contains("5 documents"))
    #expect(result.output.contains("currencies: "))
    #expect(result.output.contains("485 milliards de dollars"))
}
