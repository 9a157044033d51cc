import ArgumentParser
import Foundation
import Money

/// `chiffres rates`: what the rates file covers; `--check FILE` validates a newer one before it is used.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Show the ECB rates file's coverage, currencies and last date, or check a newer file.",
        discussion: """
            Without options, describes the shipped rates/eurofxref-hist.zip (or --rates FILE): the first and last \
            fixing days, and for each currency its first and last rate and whether the ECB still publishes it; \
            then the fixed euro rates Chiffres applies.

            --check FILE reads a rates file (a new eurofxref-hist.zip from the ECB, or its CSV) the way the \
            other commands would, and compares it with the current one: the days it adds, currencies added or \
            dropped, and rates that differ on days both files hold. It exits with status 1, naming the line and \
            column, when the file cannot be used.

            Examples:
              chiffres rates
              chiffres rates --check eurofxref-hist.zip
            """
    )

    @Option(help: "The rates file to describe (default: the shipped rates/eurofxref-hist.zip of the datasets folder; see chiffres --help).")
    var rates: String?

    @Option(help: "Check this rates file and compare it with the current one.")
    var check: String?

    mutating func run() throws {
        var lines: [String] = []
        if let check {
            let (candidate, path) = try MoneyData.rateTable(at: check)
            lines.append("\(path): OK, \(Rates.summary(of: candidate))")
            if let (current, currentPath) = try? MoneyData.rateTable(at: rates) {
                for line in RatesComparison(current: current, candidate: candidate).lines(currentPath: currentPath) {
                    lines.append(line)
                }
            }
            try StandardOutput.write(lines: lines)
            return
        }
        let (table, path) = try MoneyData.rateTable(at: rates)
        lines.append("rates       \(path) (ECB euro foreign exchange reference rates, units per euro)")
        lines.append("coverage    \(Rates.summary(of: table))")
        lines.append("last date   \(table.lastDate)")
        lines.append("")
        lines.append("code  first       last        days  status")
        for coverage in table.coverage.sorted(by: { $0.code < $1.code }) {
            lines.append(Rates.row(coverage, in: table))
        }
        lines.append("")
        lines.append("fixed rates (not from the file):")
        for fixed in FixedEuroRate.list {
            lines.append("\(fixed.code)   \(fixed.unitsPerEuro) per euro since \(fixed.since) (\(fixed.kind.rawValue))")
        }
        try StandardOutput.write(lines: lines)
    }

    /// `1999-01-04 to 2026-10-30, 7126 fixing days, 41 currencies`.
    static func summary(of table: ECBRateTable) -> String {
        "\(table.firstDate) to \(table.lastDate), \(table.dates.count) fixing days, \(table.currencies.count) currencies"
    }

    private static func row(_ c: CurrencyCoverage, in table: ECBRateTable) -> String {
        guard let first = c.first, let last = c.last else { return "\(c.code)   (no rates)" }
        var status = last == table.lastDate ? "published" : "discontinued after \(last)"
        if last != table.lastDate, let fixed = FixedEuroRate.all[c.code], fixed.since > last {
            status += "; fixed \(fixed.unitsPerEuro) per euro since \(fixed.since)"
        }
        for gap in c.gaps { status += "; no rates \(gap.from) to \(gap.to)" }
        let days = String(c.days)
        return "\(c.code)   \(first)  \(last)  " + String(repeating: " ", count: max(0, 4 - days.count)) + days + "  " + status
    }
}

/// What a candidate rates file changes against the current one.
struct RatesComparison {
    let current: ECBRateTable
    let candidate: ECBRateTable

    func lines(currentPath: String) -> [String] {
        var lines: [String] = []
        let newDays = candidate.dates.filter { $0 > current.lastDate }.count
        if candidate.lastDate > current.lastDate {
            lines.append("newer than \(currentPath) (last date \(current.lastDate)): \(newDays) more fixing days, to \(candidate.lastDate)")
        } else {
            lines.append("not newer than \(currentPath): its last date is \(candidate.lastDate), the current one's \(current.lastDate)")
        }
        let added = Set(candidate.currencies).subtracting(current.currencies).sorted()
        let dropped = Set(current.currencies).subtracting(candidate.currencies).sorted()
        if !added.isEmpty { lines.append("currencies added: \(added.joined(separator: " "))") }
        if !dropped.isEmpty { lines.append("currencies dropped: \(dropped.joined(separator: " "))") }
        let (shared, differing, example) = differences()
        if differing == 0 {
            lines.append("rates on the \(shared) days both files hold: identical")
        } else {
            lines.append("warning: \(differing) rates differ on the \(shared) days both files hold (first: \(example)); the ECB does not revise its rates, so check where this file comes from")
        }
        return lines
    }

    /// Days in both files, rates that differ on them, and the first difference.
    private func differences() -> (shared: Int, differing: Int, example: String) {
        let codes = current.currencies.filter { candidate.currencies.contains($0) }
        var shared = 0
        var differing = 0
        var example = ""
        for (row, date) in current.dates.enumerated() {
            guard let other = candidate.row(onOrBefore: date), candidate.dates[other] == date else { continue }
            shared += 1
            for code in codes where current.rate(of: code, row: row) != candidate.rate(of: code, row: other) {
                if differing == 0 {
                    let was = current.rate(of: code, row: row).map(String.init(describing:)) ?? "N/A"
                    let now = candidate.rate(of: code, row: other).map(String.init(describing:)) ?? "N/A"
                    example = "\(code) on \(date): \(was) → \(now)"
                }
                differing += 1
            }
        }
        return (shared, differing, example)
    }
}
