import Validation

/// The one-screen summary of a validation on standard error: counts, sources, and the conflicts
/// and compatible findings, one line each.
struct ValidateSummary {
    /// How many findings of each kind are listed.
    static let listed = 8

    var documents: Int
    var figures: Int
    var keyed: Int
    var checks: [Check]
    var context: [String]
    var destination: String?
    var failures: Int

    var text: String {
        var counts: [String] = []
        for v in Verdict.allCases { counts.append("\(checks.filter { $0.verdict == v }.count) \(v.rawValue)") }
        var out = "\(documents) document\(documents == 1 ? "" : "s"), \(figures) figure\(figures == 1 ? "" : "s") "
            + "(\(keyed) with a claim key); \(checks.count) check\(checks.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")
        if let destination { out += " -> \(destination)" }
        out += "\n"
        for line in context.dropFirst() { out += line + "\n" }
        if failures > 0 { out += "\(failures) input error\(failures == 1 ? "" : "s") (see above)\n" }
        for verdict in [Verdict.conflict, .compatible] {
            let found = checks.filter { $0.verdict == verdict }
            guard !found.isEmpty else { continue }
            out += "\n\(verdict.rawValue):\n"
            for c in found.prefix(Self.listed) {
                let deviation = c.deviationPercent.map { " " + Wording.signedPercent($0) } ?? ""
                let tolerance = c.tolerancePercent.map { " (tolerance \(Wording.percent($0)))" } ?? ""
                out += "  \(c.kind.rawValue)  \(c.key)  \(c.figure.source) '\(c.figure.text)'\(deviation)\(tolerance)\n"
            }
            if found.count > Self.listed { out += "  … \(found.count - Self.listed) more\n" }
        }
        return out
    }
}
