import Foundation
import Tabular
import Testing

/// `chiffres validate` on the shipped seeds, NATO table and ECB rates, run as a user would.
@Suite struct ValidateCommandTests {
    static let seeds = "datasets/articles/seeds.jsonl"
    static let nato = "datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv"
    static let columns = [
        "check", "verdict", "key", "doc", "start", "text", "value", "other_doc", "other_start", "other_text",
        "other_value", "compared", "expected", "unit", "deviation_pct", "tolerance_pct", "basis", "explanation",
    ]

    /// The rows of a checks CSV.
    static func rows(_ csv: String) throws -> CSVTable {
        try CSVTable(bytes: Array(csv.utf8))
    }

    @Test func seedsAgainstNATO() throws {
        let run = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato])
        #expect(run.status == 0)
        let table = try Self.rows(run.stdout)
        #expect(table.header == Self.columns)
        #expect(table.rows.count == 13)
        let conversion = try #require(table.rows.first { $0["check"] == "conversion" })
        #expect(conversion["verdict"] == "conflict")
        #expect(conversion["key"] == "money/GBP/?/gbr>ukraine/military-aid")
        #expect(conversion["compared"] == "1.2600000")
        #expect(conversion["expected"] == "1.3631041")
        #expect(conversion["deviation_pct"] == "-7.56")
        let fifty = try #require(table.rows.first { $0["key"] == "money/EUR/2024/ukraine/military-aid" })
        #expect(fifty["verdict"] == "consistent")
        let added = table.rows.filter { $0["key"] == "money/USD/to-date/europe-canada/added-spending-since-2014" && $0["check"] == "same_quantity" }
        #expect(added.map { $0["verdict"] } == ["compatible"])
        let reference = try #require(table.rows.first { $0["check"] == "reference" && $0["text"] == "485 milliards de dollars" })
        #expect(reference["verdict"] == "consistent")
        #expect(reference["expected"] == "506692476573.44")
        #expect(reference["explanation"]?.contains("2024 edition") == true)
        #expect(reference["basis"]?.contains("current prices and exchange rates") == true)
        #expect(table.rows.filter { $0["verdict"] == "unverifiable" }.count == 4)
        // The summary fits a screen and names the conflict.
        #expect(run.stderr.contains("5 documents, 14 figures (13 with a claim key); 13 checks: 4 consistent, 4 compatible, 1 conflict, 4 unverifiable"))
        #expect(run.stderr.contains("conversion  money/GBP/?/gbr>ukraine/military-aid"))
        #expect(run.stderr.split(separator: "\n").count <= 24)
    }

    @Test func everyFigureHasARow() throws {
        let extract = try MoneyCLI.run(["extract", "-q", Self.seeds])
        let figures = try Self.rows(extract.stdout).rows.map { "\($0["doc"] ?? "")@\($0["start"] ?? "")" }
        let run = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato])
        var seen = Set<String>()
        for row in try Self.rows(run.stdout).rows {
            seen.insert("\(row["doc"] ?? "")@\(row["start"] ?? "")")
            seen.insert("\(row["other_doc"] ?? "")@\(row["other_start"] ?? "")")
        }
        #expect(figures.count == 14)
        #expect(Set(figures).isSubset(of: seen))
    }

    @Test func markdownReportGroupsByClaimConflictsFirst() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let report = folder.appendingPathComponent("report.md").path
        let run = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato, "--report", report, "-o",
                                    folder.appendingPathComponent("checks.csv").path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.hasPrefix("# Validation report\n"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings.first == "## `money/GBP/?/gbr>ukraine/military-aid`")
        #expect(headings.contains("## `money/USD/2024/europe-canada/defence-spending`"))
        #expect(headings.count == Set(headings).count)
        #expect(text.contains("| conversion | **conflict** |"))
        #expect(text.contains("reference: nato_defence_expenditure_2014_2024_tidy.csv, NATO's Defence Expenditure of NATO Countries (2014–2024), 2024 edition"))
        let csv = try String(contentsOfFile: folder.appendingPathComponent("checks.csv").path, encoding: .utf8)
        #expect(try Self.rows(csv).rows.count == 13)
    }

    @Test func aFiguresCSVGivesTheSameChecks() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let figures = folder.appendingPathComponent("figures.csv").path
        _ = try MoneyCLI.run(["extract", "-q", Self.seeds, "-o", figures])
        let fromCSV = try Self.rows(try MoneyCLI.run(["validate", figures, "--reference", Self.nato]).stdout).rows
        let fromArticles = try Self.rows(try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato]).stdout).rows
        #expect(fromCSV.count == fromArticles.count)
        // The one difference: 001's "2 %", whose subject is named only in a sentence without figures.
        let differing = zip(fromCSV, fromArticles).filter { $0.0.fields != $0.1.fields }.map { $0.0["text"] ?? "" }
        #expect(differing == ["2 %"])
        let conversion = try #require(fromCSV.first { $0["check"] == "conversion" })
        #expect(conversion["verdict"] == "conflict")
    }

    @Test func frenchExcelDialect() throws {
        let run = try MoneyCLI.run(["validate", Self.seeds, "--excel-fr"])
        let bytes = Array(run.stdout.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(run.stdout.contains("\r\n"))
        #expect(run.stdout.contains(";1,2600000;1,3631041;USD per GBP;-7,56;5,79;"))
    }

    @Test func sameInputSameBytes() throws {
        let a = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato])
        let b = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func aMissingInputFailsButTheOthersAreChecked() throws {
        let run = try MoneyCLI.run(["validate", Self.seeds, "nowhere.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nowhere.txt: no such file or folder"))
        #expect(run.stderr.contains("1 input error"))
        #expect(try Self.rows(run.stdout).rows.contains { $0["check"] == "conversion" })
    }

    @Test func aBadReferenceFails() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.csv")
        try "a,b\n1,2\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try MoneyCLI.run(["validate", Self.seeds, "--reference", bad.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a reference table"))
        let missing = try MoneyCLI.run(["validate", Self.seeds, "--reference", folder.appendingPathComponent("none.csv").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.csv: no such file"))
    }

    @Test func aLongSeriesReference() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let series = folder.appendingPathComponent("aid.csv")
        try """
            series,year,value,unit,edition,estimate
            Military aid to Ukraine,2024,42,billion EUR,Aid tracker (June 2025),false
            Unknown thing,2024,1,EUR,Aid tracker (June 2025),false

            """.write(to: series, atomically: true, encoding: .utf8)
        let run = try MoneyCLI.run(["validate", Self.seeds, "--reference", series.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: \(series.path): series 'Unknown thing' names no subject and measure"))
        let rows = try Self.rows(run.stdout).rows.filter { $0["check"] == "reference" }
        // 000's "plus de 50 milliards" and 001's "50 milliards promis" against 42 billion: conflicts.
        let compared = rows.filter { $0["other_doc"] == "aid.csv" }
        #expect(compared.count == 2)
        #expect(compared.allSatisfy { $0["verdict"] == "conflict" && $0["explanation"]?.contains("Aid tracker (June 2025)") == true })
        // The 2025 figures: the series has no 2025 value, and the row says so (in French: the seeds are French).
        let missing = rows.filter { $0["verdict"] == "unverifiable" }
        #expect(missing.count == 2)
        #expect(missing.allSatisfy { $0["explanation"]?.contains("pour d'autres années, pas pour 2025") == true })
    }

    @Test func ratesGivenButMissingFailWithUnverifiableConversions() throws {
        let run = try MoneyCLI.run(["validate", Self.seeds, "--rates", "no-rates.zip"])
        #expect(run.status == 1)
        let conversion = try #require(try Self.rows(run.stdout).rows.first { $0["check"] == "conversion" })
        #expect(conversion["verdict"] == "unverifiable")
        #expect(conversion["explanation"]?.contains("soit un taux de 1,26 USD pour 1 GBP") == true)
        #expect(conversion["explanation"]?.contains("no-rates.zip") == true)
    }

    @Test func withoutTheShippedRatesConversionsAreUnverifiable() throws {
        // A copy of the binary with no datasets anywhere it looks: the default rates file is missing, which is not an error.
        let folder = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try MoneyCLI.copyOfBinary(into: folder)
        let seeds = MoneyCLI.root.appendingPathComponent(Self.seeds).path
        let run = try MoneyCLI.run(["validate", seeds], in: folder, binary: binary)
        #expect(run.status == 0)
        #expect(run.stderr.contains("note: "))
        let conversion = try #require(try Self.rows(run.stdout).rows.first { $0["check"] == "conversion" })
        #expect(conversion["verdict"] == "unverifiable")
        #expect(conversion["explanation"]?.contains("--rates FILE") == true)
    }

    @Test func usageErrors() throws {
        let tolerance = try MoneyCLI.run(["validate", Self.seeds, "--tolerance", "5"])
        #expect(tolerance.status == 2)
        #expect(tolerance.stderr.contains("--tolerance takes a fraction"))
        let none = try MoneyCLI.run(["validate"])
        #expect(none.status == 2)
        let same = try MoneyCLI.run(["validate", Self.seeds, "-o", "x.csv", "--report", "x.csv"])
        #expect(same.status == 2)
    }

    @Test func aLooserToleranceChangesVerdicts() throws {
        let run = try MoneyCLI.run(["validate", Self.seeds, "--tolerance", "0.1"])
        let conversion = try #require(try Self.rows(run.stdout).rows.first { $0["check"] == "conversion" })
        #expect(conversion["verdict"] == "consistent")
        #expect(conversion["tolerance_pct"] == "10.79")
    }
}

/// `chiffres validate` on standard input and on figures CSV files with bad rows.
@Suite struct ValidateInputTests {
    @Test func standardInput() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let file = folder.appendingPathComponent("in.jsonl")
        try """
            {"id": "a", "date": "2026-02-12", "lang": "en", "text": "The UK pledged £500 million ($680 million) in military support to Kyiv."}

            """.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = try #require(MoneyCLI.binary)
        process.arguments = ["validate", "-"]
        process.currentDirectoryURL = MoneyCLI.root
        process.standardInput = try FileHandle(forReadingFrom: file)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try CSVTable(bytes: Array(data)).rows
        #expect(rows.count == 1)
        #expect(rows.first?["check"] == "conversion" && rows.first?["verdict"] == "consistent")
    }

    @Test func badRowsOfAFiguresCSVAreReportedAndTheOthersUsed() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let figures = folder.appendingPathComponent("figures.csv").path
        _ = try MoneyCLI.run(["extract", "-q", ValidateCommandTests.seeds, "-o", figures])
        var text = try String(contentsOfFile: figures, encoding: .utf8)
        text = text.replacingOccurrences(of: ",485000000000,", with: ",485 milliards,")
        try text.write(toFile: figures, atomically: true, encoding: .utf8)
        let run = try MoneyCLI.run(["validate", figures])
        #expect(run.status == 1)
        #expect(run.stderr.contains("figures.csv:2: value '485 milliards' is not a plain number; this row is left out"))
        let rows = try ValidateCommandTests.rows(run.stdout).rows
        #expect(rows.contains { $0["check"] == "conversion" && $0["verdict"] == "conflict" })
        #expect(!rows.contains { $0["text"] == "485 milliards de dollars" })
    }

    @Test func aCSVThatIsNotFiguresIsRefused() throws {
        let run = try MoneyCLI.run(["validate", ValidateCommandTests.nato])
        #expect(run.status == 1)
        #expect(run.stderr.contains("a figures CSV is what `chiffres extract` writes"))
    }
}
