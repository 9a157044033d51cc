#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a workbook's "About" sheet says: how it was made and from what.
struct About {
    /// Lines of the sheet: a name, then its text.
    private(set) var entries: [(String, String)]

    /// The command line, the version and the inputs.
    init(inputs: [String]) {
        let command = CommandLine.arguments.enumerated().map { i, a in
            i == 0 ? "chiffres" : (a.contains(" ") || a.isEmpty ? "'\(a)'" : a)
        }.joined(separator: " ")
        entries = [
            ("command", command),
            ("Chiffres version", Chiffres.version),
            ("written", Self.now()),
            ("inputs", inputs.map { $0 == "-" ? "standard input" : $0 }.joined(separator: "\n")),
        ]
    }

    /// Adds a line.
    mutating func add(_ name: String, _ text: String) {
        entries.append((name, text))
    }

    /// Adds the rates file, its dates and the ECB's terms.
    mutating func addRates(file: String, first: String, last: String) {
        add("rates file", file)
        add("rates", "ECB euro foreign exchange reference rates, \(first) to \(last) (last date \(last))")
        add("source: ECB", "Source: ECB. Reference rates are for information only (ecb.europa.eu, disclaimer & copyright).")
    }

    /// Adds the terms of the shipped data sets whose files are among `paths`.
    mutating func addShippedSources(_ paths: [String]) {
        for path in paths {
            if path.contains("nato_defence_expenditure") {
                add("source: NATO", "NATO, Defence Expenditure of NATO Countries (2014-2024), June 2024. Attribution to "
                    + "NATO required; not to be sold or used for advertising.")
            } else if path.contains("worldbank_gdp") {
                add("source: World Bank", "World Bank, NY.GDP.MKTP.CD (CC BY 4.0).")
            } else if path.contains("us-cpi-u") {
                add("source: US CPI-U", "US Bureau of Labor Statistics CPI-U annual averages (ODC-PDDL-1.0 data package).")
            }
        }
        add("numbers", "Numbers are stored as doubles (about 15 significant digits); the exact decimals are in the CSV "
            + "output (--format csv).")
    }

    /// The current UTC time, ISO 8601.
    private static func now() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
    }
}
