import Validation

/// The Markdown report of a validation: the counts, the sources used, then the checks grouped by
/// claim key, groups with a conflict first.
struct ValidationReport {
    var checks: [Check]
    /// What was read and used, one line each ("5 documents, 14 figures", "reference: …").
    var context: [String]

    /// The report text.
    var markdown: String {
        var out = "# Validation report\n\n"
        for line in context { out += "- \(line)\n" }
        out += "\n| verdict | checks |\n|---|---:|\n"
        for verdict in Verdict.allCases {
            out += "| \(verdict.rawValue) | \(checks.filter { $0.verdict == verdict }.count) |\n"
        }
        var groups: [String: [Check]] = [:]
        for c in checks { groups[c.key, default: []].append(c) }
        let keys = groups.keys.sorted { a, b in
            let ra = Self.rank(groups[a] ?? [])
            let rb = Self.rank(groups[b] ?? [])
            return ra != rb ? ra < rb : a < b
        }
        for key in keys {
            let members = groups[key] ?? []
            out += "\n## `\(key)`\n\n"
            out += "| check | verdict | figure | compared with | deviation | tolerance |\n|---|---|---|---|---:|---:|\n"
            for c in members {
                let figure = "\(c.figure.source) '\(c.figure.text)'"
                let other = c.other.map { "\($0.source) '\($0.text)'" } ?? ""
                let deviation = c.deviationPercent.map { Wording.signedPercent($0) } ?? ""
                let tolerance = c.tolerancePercent.map { Wording.percent($0) } ?? ""
                out += "| \(c.kind.rawValue) | **\(c.verdict.rawValue)** | \(Self.cell(figure)) | \(Self.cell(other)) | \(deviation) | \(tolerance) |\n"
            }
            out += "\n"
            for c in members {
                out += "- **\(c.kind.rawValue), \(c.verdict.rawValue)**: \(Self.line(c.explanation))\n"
            }
        }
        return out
    }

    /// Groups with a conflict first, then compatible, consistent, and unverifiable only.
    private static func rank(_ checks: [Check]) -> Int {
        if checks.contains(where: { $0.verdict == .conflict }) { return 0 }
        if checks.contains(where: { $0.verdict == .compatible }) { return 1 }
        if checks.contains(where: { $0.verdict == .consistent }) { return 2 }
        return 3
    }

    /// A table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// A list item on one line.
    static func line(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
