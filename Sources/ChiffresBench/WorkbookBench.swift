import Foundation
import Figures
import Tabular
import Workbook

/// Writes the legal corpus's figures (extracted once, not timed) as the figures CSV and as an `.xlsx` workbook,
/// each to a temporary file; best of three. The workbook's time includes zipping it on close.
func runWorkbookBench() {
    do {
        let inputs = try BenchInputs()
        defer { inputs.cleanUp() }
        let corpus = try inputs.corpusBytes()
        let documents = BenchInputs.corpusDocuments(corpus)
        let rows = documents.map { ($0, extractFigures(from: $0)) }
        let count = rows.reduce(0) { $0 + $1.1.count }
        print("\nWriters on the legal corpus's figures (\(count) rows of the figures CSV's 14 columns; best of 3; "
              + "temporary files)")
        let csvPath = inputs.temporaryFile("figures.csv")
        let xlsxPath = inputs.temporaryFile("figures.xlsx")
        let csv = try bestOfThree {
            var writer = CSVWriter(dialect: .rfc4180, capacity: 1 << 20)
            writer.writeRecord(Figure.columns)
            guard let file = FileHandle(forWritingAtPath: csvPath) ?? {
                _ = FileManager.default.createFile(atPath: csvPath, contents: nil)
                return FileHandle(forWritingAtPath: csvPath)
            }() else { throw BenchError("cannot write \(csvPath)") }
            try file.truncate(atOffset: 0)
            for (document, figures) in rows {
                for figure in figures {
                    figure.writeColumns(of: document, into: &writer)
                    writer.endRecord()
                }
                if writer.bytes.count >= 1 << 20 { try writer.flush { try file.write(contentsOf: $0) } }
            }
            try writer.flush { try file.write(contentsOf: $0) }
            try file.close()
        }
        var closing = Double.infinity
        let xlsx = try bestOfThree {
            try? FileManager.default.removeItem(atPath: xlsxPath)
            let book = try Workbook(path: xlsxPath)
            var sheet = try book.addTable(name: "figures", columns: Figure.columns)
            for (document, figures) in rows {
                for figure in figures {
                    figure.writeColumns(of: document, into: &sheet)
                    sheet.endRecord()
                }
            }
            try book.addAbout([("bench", "legal corpus")])
            let before = ContinuousClock.now
            try book.close()
            closing = min(closing, seconds(ContinuousClock.now - before))
        }
        func size(_ path: String) -> Double {
            Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
        }
        for (name, seconds, path) in [("csv", csv, csvPath), ("xlsx", xlsx, xlsxPath)] {
            let rate = PlainNumberFormat.format(Double(count) / seconds / 1000, places: 0) ?? "?"
            print("\(name) writer: \(PlainNumberFormat.format(size(path), places: 1) ?? "?") MB in "
                  + "\(PlainNumberFormat.format(seconds, places: 3) ?? "?") s = \(rate) thousand rows/s")
        }
        print("xlsx / csv time: \(PlainNumberFormat.format(xlsx / csv, places: 1) ?? "?")× (closing the workbook, which "
              + "zips it: \(PlainNumberFormat.format(closing, places: 3) ?? "?") s)")
    } catch {
        print("workbook bench: \(error)")
    }
}

/// The best wall-clock time of three runs, in seconds.
private func bestOfThree(_ body: () throws -> Void) throws -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = ContinuousClock.now
        try body()
        best = min(best, seconds(ContinuousClock.now - start))
    }
    return best
}

private func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}
