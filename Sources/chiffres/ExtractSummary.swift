import Figures
import Tabular

/// A short human summary of an extraction: counts by kind and currency, and the first rows
/// as an aligned table.
struct ExtractSummary {
    /// How many rows the table shows.
    static let tableRows = 10

    private(set) var documents = 0
    private(set) var figures = 0
    private var byKind: [String: Int] = [:]
    private var byCurrency: [String: Int] = [:]
    private var firstRows: [[String]] = []

    /// Counts a document (unless `newDocument` is false: a later part of a long text) and its figures.
    mutating func add(_ found: [Figure], of document: Document, newDocument: Bool = true) {
        if newDocument { documents += 1 }
        figures += found.count
        for f in found {
            byKind[f.kind.rawValue, default: 0] += 1
            if let c = f.currency { byCurrency[c, default: 0] += 1 }
            if firstRows.count < Self.tableRows {
                firstRows.append([
                    document.id, f.text, f.kind.rawValue, f.value.description, f.currency ?? "",
                    f.approximation.rawValue, f.change?.rawValue ?? "", f.period?.written ?? "",
                ])
            }
        }
    }

    /// The summary text.
    ///
    /// - Parameters:
    ///   - destination: Where the rows went (a path, or `nil` for standard output).
    ///   - failures: How many inputs failed.
    func text(destination: String?, failures: Int) -> String {
        var out = "\(documents) document\(documents == 1 ? "" : "s"), \(figures) figure\(figures == 1 ? "" : "s")"
        if !byKind.isEmpty { out += " (" + Self.counts(byKind) + ")" }
        if let destination { out += " -> \(destination)" }
        if failures > 0 { out += "; \(failures) input error\(failures == 1 ? "" : "s") (see above)" }
        out += "\n"
        if !byCurrency.isEmpty { out += "currencies: " + Self.counts(byCurrency) + "\n" }
        if !firstRows.isEmpty {
            let header = ["doc", "text", "kind", "value", "currency", "approx", "change", "year"]
            out += "\n" + Self.table([header] + firstRows.map { $0.map { Self.shortened($0, to: 40) } })
            if figures > firstRows.count { out += "… \(figures - firstRows.count) more\n" }
        }
        return out
    }

    /// `money 9, percent 4`: most frequent first, then by name.
    private static func counts(_ counts: [String: Int]) -> String {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// Columns padded to their widest cell (in characters), two spaces apart.
    static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        let oneLine = text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        return oneLine.count <= length ? String(oneLine) : String(oneLine.prefix(length - 1)) + "…"
    }
}
