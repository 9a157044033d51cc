import Foundation
import Testing

/// `--format xlsx` of the commands, read back with ``XlsxReader``.
@Suite struct WorkbookCLITests {
    /// Column letters by header name.
    static func letters(_ cells: [String: XlsxReader.Cell]) -> [String: String] {
        var out: [String: String] = [:]
        for (ref, cell) in cells where ref.hasSuffix("1") && !ref.dropLast().contains(where: \.isNumber) {
            out[cell.value] = String(ref.dropLast())
        }
        return out
    }

    @Test func extractWorkbookHasTypedCells() throws {
        let path = try MoneyCLI.temporaryFolder().appendingPathComponent("seeds.xlsx").path
        let run = try MoneyCLI.run(["extract", "datasets/articles/seeds.jsonl", "--to", "EUR", "--format", "xlsx",
                                    "--output", path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let book = try XlsxReader(path: path)
        let cells = try book.cells(sheet: 1)
        let column = Self.letters(cells)
        let formats = try book.numberFormats()
        let values = try book.column(column["value"] ?? "?")
        #expect(values.count >= 10)
        for cell in values { #expect(cell.isNumber, "value \(cell.reference) is \(cell.value)") }
        for cell in try book.column(column["value_eur"] ?? "?") { #expect(cell.isNumber) }
        for cell in try book.column(column["date"] ?? "?") {
            #expect(cell.isNumber && formats[cell.style] == "yyyy-mm-dd", "date \(cell.reference)")
        }
        for cell in try book.column(column["text"] ?? "?") { #expect(cell.isText) }
        #expect(try book.part("xl/worksheets/sheet1.xml").contains(#"state="frozen""#))
        let about = try book.cells(sheet: 2)
        #expect(about.values.contains { $0.value.hasPrefix("chiffres extract datasets/articles/seeds.jsonl") })
        #expect(about.values.contains { $0.value.contains("ECB euro foreign exchange reference rates") })
    }

    @Test func projectWorkbookHasItsChart() throws {
        let path = try MoneyCLI.temporaryFolder().appendingPathComponent("nato.xlsx").path
        let run = try MoneyCLI.run([
            "project", "datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv", "--series", "country",
            "--where", "measure=defence_expenditure_share_of_gdp", "--where", "country=NATO Europe and Canada",
            "--to", "2030", "--threshold", "2", "--model", "linear", "--format", "xlsx", "--output", path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let book = try XlsxReader(path: path)
        #expect(book.parts.contains("xl/charts/chart1.xml"))
        let chart = try book.part("xl/charts/chart1.xml")
        for name in ["observed", "linear fit", "projection", "threshold 2", "95 % prediction interval, high"] {
            #expect(chart.contains(name), "the chart's \(name) series")
        }
        let cells = try book.cells(sheet: 1)
        #expect(cells["C2"]?.value == "2025" && cells["C2"]?.isNumber == true)
        #expect(try book.part("xl/workbook.xml").contains(#"name="chart data""#))
    }

    @Test func validateWorkbookColoursVerdicts() throws {
        let path = try MoneyCLI.temporaryFolder().appendingPathComponent("checks.xlsx").path
        let run = try MoneyCLI.run([
            "validate", "datasets/articles/seeds.jsonl", "--reference",
            "datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv", "--format", "xlsx", "--output", path, "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let book = try XlsxReader(path: path)
        let fills = try book.fills()
        let verdicts = try book.column("B")
        #expect(!verdicts.isEmpty)
        for cell in verdicts {
            #expect(fills[cell.style] != nil, "verdict \(cell.value) is coloured")
        }
        #expect(Set(verdicts.map { fills[$0.style] ?? "" }).count == Set(verdicts.map(\.value)).count)
    }

    @Test func workbookNeverGoesToStandardOutput() throws {
        for arguments in [["extract", "datasets/articles/seeds.jsonl", "--format", "xlsx"],
                          ["extract", "datasets/articles/seeds.jsonl", "--format", "xlsx", "--output", "-"],
                          ["trend", "datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv", "--format", "xlsx"],
                          ["validate", "datasets/articles/seeds.jsonl", "--format", "xlsx"]] {
            let run = try MoneyCLI.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("give --output FILE.xlsx"))
        }
        let run = try MoneyCLI.run(["extract", "datasets/articles/seeds.jsonl", "--format", "xlsx", "--excel-fr",
                                    "--output", "/tmp/x.xlsx"])
        #expect(run.status == 2 && run.stderr.contains("apply to CSV output"))
    }

    @Test func failedWorkbookLeavesTheTargetAlone() throws {
        let folder = try MoneyCLI.temporaryFolder()
        let target = folder.appendingPathComponent("kept.xlsx")
        try Data("before".utf8).write(to: target)
        // An error before the workbook is complete (here, the rates file) leaves the target as it was and no temporary file.
        let run = try MoneyCLI.run(["extract", "datasets/articles/seeds.jsonl", "--to", "EUR", "--rates",
                                    folder.appendingPathComponent("missing.zip").path, "--format", "xlsx",
                                    "--output", target.path])
        #expect(run.status != 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "before")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

/// `--bom` and `--excel`: CSV that says it is UTF-8.
@Suite struct CSVSignatureTests {
    static func bytes(_ options: [String]) throws -> [UInt8] {
        let path = try MoneyCLI.temporaryFolder().appendingPathComponent("figures.csv").path
        let run = try MoneyCLI.run(["extract", "datasets/articles/seeds.jsonl", "--quiet", "--output", path] + options)
        #expect(run.status == 0, "\(run.stderr)")
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func bomMarksTheDefaultDialect() throws {
        let plain = try Self.bytes([])
        let marked = try Self.bytes(["--bom"])
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(marked.dropFirst(3)) == plain, "the same CSV after the mark")
        #expect(!plain.contains(0x0D))
    }

    @Test func excelIsCommaBomAndCRLF() throws {
        let plain = try Self.bytes([])
        let excel = try Self.bytes(["--excel"])
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        var lf: [UInt8] = []
        for (i, b) in excel.enumerated().dropFirst(3) where !(b == 0x0D && i + 1 < excel.count && excel[i + 1] == 0x0A) {
            lf.append(b)
        }
        #expect(lf == plain, "CRLF line ends, otherwise the default dialect")
        #expect(excel.filter { $0 == 0x0D }.count == plain.filter { $0 == 0x0A }.count, "every line ends with CRLF")
    }

    @Test func quoteTextQuotesTheTextColumnOnly() throws {
        let quoted = String(decoding: try Self.bytes(["--excel-fr", "--quote-text"]), as: UTF8.self)
        let line = quoted.split(separator: "\r\n").dropFirst().first.map(String.init) ?? ""
        #expect(line.hasPrefix("\"000_4027bb1553ff1e36.txt\";429;453;\"485 milliards de dollars\";\"money\";485000000000;;"))
    }

    @Test func excelAndExcelFrenchAreExclusive() throws {
        let run = try MoneyCLI.run(["extract", "datasets/articles/seeds.jsonl", "--excel", "--excel-fr"])
        #expect(run.status == 2 && run.stderr.contains("choose one"))
    }
}
