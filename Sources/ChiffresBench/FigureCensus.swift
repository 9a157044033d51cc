import Foundation
import Figures

/// Counts of the figures extracted from a text, to spot false positives on an amount-sparse corpus.
///
/// The legal corpus has about 5,300 money amounts and 6,900 percentages in 74 MB (one amount every 13 KB,
/// see its PROVENANCE.md) but 710,000 number tokens: many more figures per MB than that means
/// article numbers, dates or thresholds coming out as money or percentages.
struct FigureCensus {
    private(set) var total = 0
    private var byClass: [String: Int] = [:]
    private var byText: [String: Int] = [:]

    /// Counts a document's figures.
    mutating func add(_ figures: [Figure]) {
        total += figures.count
        for figure in figures {
            let name = figure.kind == .money ? "money \(figure.currency ?? "?")" : figure.kind.rawValue
            byClass[name, default: 0] += 1
            byText[figure.text, default: 0] += 1
        }
    }

    /// Figures per MB by kind and currency, and the most frequent figure texts.
    func report(megabytes: Double, top: Int = 20) -> String {
        var out = String(format: "figures: %d in %.1f MB, %.1f per MB\n", total, megabytes, Double(total) / megabytes)
        let classes = byClass.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        for (name, count) in classes {
            let padded = name + String(repeating: " ", count: max(0, 14 - name.count))
            out += "  " + padded + String(format: " %8d  %8.2f per MB\n", count, Double(count) / megabytes)
        }
        if classes.isEmpty { out += "  (none)\n" }
        out += "the \(min(top, byText.count)) most frequent figure texts:\n"
        let texts = byText.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top)
        for (text, count) in texts { out += String(format: "  %8d  ", count) + text.replacingOccurrences(of: "\n", with: " ") + "\n" }
        return out
    }
}
