import Foundation

/// One line of the bench table: what ran, on how much input, how fast, against which target.
struct BenchRow {
    var what: String
    var input: String
    var megabytes: Double
    var seconds: Double
    var target: Double
    var peakRSS: Int? = nil
    var note = ""

    static let header = column("what", 9) + column("input", 36) + column("MB", 8, right: true)
        + column("s", 9, right: true) + column("MB/s", 10, right: true) + column("target", 8, right: true)
        + column("ratio", 8, right: true) + column("peak RSS", 11, right: true) + "  note"

    /// Prints the row.
    func print() {
        let rate = megabytes / max(seconds, 1e-9)
        let rss = peakRSS.map { String(format: "%.1f MB", Double($0) / 1e6) } ?? "-"
        Swift.print(
            Self.column(what, 9) + Self.column(input, 36) + Self.column(String(format: "%.1f", megabytes), 8, right: true)
                + Self.column(String(format: "%.3f", seconds), 9, right: true)
                + Self.column(String(format: "%.1f", rate), 10, right: true)
                + Self.column(String(format: "%.0f", target), 8, right: true)
                + Self.column(String(format: "%.2f×", rate / target), 8, right: true)
                + Self.column(rss, 11, right: true) + (note.isEmpty ? "" : "  " + note))
    }

    static func column(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(1, width - text.count))
        return right ? fill + text : text + fill
    }
}
