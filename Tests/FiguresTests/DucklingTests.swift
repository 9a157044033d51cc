import Testing
import Figures

/// Duckling's French and English AmountOfMoney examples, run through the extractor.
///
/// `swift test --filter DucklingTests` prints the table; `CHIFFRES_EVAL_FAILURES=30` prints more failures.
@Suite("Duckling money examples")
struct DucklingTests {
    static func reports() throws -> [FileReport] {
        try DucklingCorpus.files.keys.sorted().map { file in
            FileReport(
                file: file, results: try DucklingCorpus.cases(file: file).map { evaluate($0) }, floor: EvaluationFloors.duckling)
        }
    }

    @Test("Report: pass counts per file, failures by reason, the first failures")
    func report() throws {
        for (file, count) in DucklingCorpus.files.sorted(by: { $0.key < $1.key }) {
            #expect(try DucklingCorpus.cases(file: file).count == count, "\(file): case count of PROVENANCE.md")
            #expect(try DucklingCorpus.unmappedUnits(file: file) == [], "\(file): every unit has an ISO reading")
        }
        let reports = try Self.reports()
        for report in reports { #expect(!report.counted.isEmpty, "\(report.file): some cases count") }
        var out = "\nDuckling (\(DucklingCorpus.folder))\n" + FileReport.header + "\n"
        out += reports.map(\.row).joined(separator: "\n") + "\n" + reports.map(\.legend).joined()
        out += reports.map { $0.failures(limit: failuresToPrint) }.joined()
        print(out)
    }

    @Test("Negative examples produce no money figure")
    func negatives() throws {
        for file in DucklingCorpus.files.keys.sorted() {
            for c in try DucklingCorpus.cases(file: file) where c.expected.isEmpty {
                let money = evaluate(c).figures.filter { $0.kind == .money }
                #expect(money.isEmpty, "\(file) \(c.name) \"\(c.input)\": \(money.map(\.text))")
            }
        }
    }

    @Test("Floor: at least 90 % of the counted cases pass, per file")
    func floor() throws {
        for report in try Self.reports() {
            #expect(report.holdsFloor, "\(report.file): \(report.passed)/\(report.counted.count) below \(report.floor)")
        }
    }
}
