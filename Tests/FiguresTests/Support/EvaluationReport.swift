import Foundation
import Figures

/// The results of one corpus file, counted the way its floor is held, and printed for people.
struct FileReport: Sendable {
    var file: String
    var results: [CaseResult]
    /// The share of counted cases that must pass.
    var floor: Double
    /// Whether to show the Recognizers-Text Python subset (the anchor's denominator).
    var showsAnchorSubset = false

    var counted: [CaseResult] { results.filter { $0.evaluationCase.group == .counted } }
    var passed: Int { counted.filter(\.passed).count }
    var rate: Double { counted.isEmpty ? 0 : Double(passed) / Double(counted.count) }
    var holdsFloor: Bool { rate >= floor }

    /// The counted cases that Recognizers-Text itself supports (its Python release, where PROVENANCE.md's
    /// anchor scores 0.953 and 0.969 were measured): the denominator of the Recognizers-Text floor.
    var anchorSupported: [CaseResult] { counted.filter(\.evaluationCase.inAnchorSubset) }
    var anchorSupportedRate: Double {
        anchorSupported.isEmpty ? 0 : Double(anchorSupported.filter(\.passed).count) / Double(anchorSupported.count)
    }

    /// Failed counted cases by their first reason.
    var failuresByReason: [(FailureReason, Int)] {
        let reasons = counted.compactMap(\.reason)
        return FailureReason.allCases.compactMap { r in
            let n = reasons.filter { $0 == r }.count
            return n > 0 ? (r, n) : nil
        }
    }

    /// Cases run outside the floor, by class: how many, how many passed.
    var setApart: [(SetAside, run: Int, passed: Int)] {
        var classes: [SetAside: (Int, Int)] = [:]
        for result in results {
            guard case .apart(let aside) = result.evaluationCase.group else { continue }
            let (run, passed) = classes[aside] ?? (0, 0)
            classes[aside] = (run + 1, passed + (result.passed ? 1 : 0))
        }
        return classes.keys.sorted().map { ($0, classes[$0]?.0 ?? 0, classes[$0]?.1 ?? 0) }
    }

    /// One row of the summary table.
    var row: String {
        let anchor = anchorSupported
        let anchorText = showsAnchorSubset
            ? "\(anchor.filter(\.passed).count)/\(anchor.count) \(percent(anchor.filter(\.passed).count, anchor.count))"
            : "-"
        let apartRun = setApart.reduce(0) { $0 + $1.run }
        let apartPassed = setApart.reduce(0) { $0 + $1.passed }
        let reasons = failuresByReason.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
        return [
            pad(file, 24), pad("\(results.count)", 5, right: true), pad("\(counted.count)", 7, right: true),
            pad("\(passed)", 6, right: true), pad(percent(passed, counted.count), 7, right: true),
            pad(String(format: "%.0f %%", floor * 100), 6, right: true), "  " + pad(anchorText, 14),
            pad(apartRun == 0 ? "-" : "\(apartPassed)/\(apartRun)", 10), reasons.isEmpty ? "-" : reasons,
        ].joined(separator: " ")
    }

    static let header = [
        pad("file", 24), pad("cases", 5, right: true), pad("counted", 7, right: true), pad("passed", 6, right: true),
        pad("rate", 7, right: true), pad("floor", 6, right: true), "  " + pad("RT-supported", 14),
        pad("set apart", 10), "failed (counted) by first reason",
    ].joined(separator: " ")

    /// The first `limit` failed counted cases, with input, expectations and output.
    func failures(limit: Int) -> String {
        let failed = counted.filter { !$0.passed }
        guard !failed.isEmpty else { return "\(file): no counted failure\n" }
        var out = "\(file): first \(min(limit, failed.count)) of \(failed.count) failures\n"
        for result in failed.prefix(limit) {
            let c = result.evaluationCase
            out += "  \(c.name) [\(result.reason?.rawValue ?? "?")] input: \"\(window(c))\"\n"
            for e in c.expected {
                out += "      expected: \(e.kind.rawValue) \(e.value)\(e.high.map { "..\($0)" } ?? "") "
                out += "\(e.currency) \(e.approximations.map { $0.map(\.rawValue).sorted().joined(separator: "|") } ?? "") "
                out += "\"\(e.text)\" \(e.span)\n"
            }
            if c.expected.isEmpty { out += "      expected: no \(c.judgedKinds.map(\.rawValue).sorted().joined(separator: "/")) figure\n" }
            for f in result.figures {
                out += "      got:      \(f.kind.rawValue) \(f.value)\(f.high.map { "..\($0)" } ?? "") \(f.currency ?? "") "
                out += "\(f.approximation.rawValue) \"\(f.text)\" \(f.start)..<\(f.end)\n"
            }
            if result.figures.isEmpty { out += "      got:      nothing\n" }
            for p in result.problems where p.reason != .missed { out += "      - \(p.reason.rawValue): \(p.detail)\n" }
        }
        return out
    }

    /// What was set apart and why, and what was changed in the corpus's expectations.
    var legend: String {
        var out = ""
        for (aside, run, passed) in setApart {
            out += "  \(file) set apart, \(aside.name): \(passed)/\(run) passed. \(aside.reason)\n"
        }
        let notes = results.flatMap(\.evaluationCase.notes)
        let grouped = Dictionary(grouping: notes) { $0 }.sorted { $0.key < $1.key }
        for (note, copies) in grouped { out += "  \(file) note (\(copies.count)×): \(note)\n" }
        return out
    }

    private func window(_ c: EvaluationCase) -> String {
        let length = c.input.unicodeScalars.count
        guard length > 160 else { return c.input.clipped(160) }
        let centre = c.expected.first?.span.lowerBound ?? 0
        let start = max(0, min(centre - 70, length - 160))
        let text = c.input.codePoints(start..<(start + 160)).replacingOccurrences(of: "\n", with: " ")
        return (start > 0 ? "…" : "") + text + (start + 160 < length ? "…" : "")
    }
}

/// How many failures the reports print per file: `CHIFFRES_EVAL_FAILURES`, else 8.
var failuresToPrint: Int {
    ProcessInfo.processInfo.environment["CHIFFRES_EVAL_FAILURES"].flatMap { Int($0) } ?? 8
}

private func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : String(format: "%.1f %%", 100 * Double(part) / Double(whole))
}

private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
}
