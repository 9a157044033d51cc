import Foundation
import Money

/// The data the project ships, read from `datasets/` beside `Tests/`.
enum ShippedData {
    /// The repository root, two folders above this file's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Bytes of a file under the repository root, or empty when it cannot be read (tests then fail on it).
    static func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: root.appendingPathComponent(path)))) ?? []
    }

    /// The shipped ECB rate table, read once.
    static let table: ECBRateTable? = try? ECBRateTable(contentsOf: bytes("datasets/rates/eurofxref-hist.zip"))

    /// A converter over the shipped table.
    static let converter: CurrencyConverter? = table.map(CurrencyConverter.init(table:))

    /// The shipped US CPI-U deflator.
    static let usCPI: Deflator? = try? Deflator(
        csv: bytes("datasets/cpi/us-cpi-u-annual.csv"), name: "US CPI-U", currency: "USD")

    /// `eurofxref-hist.csv` unzipped by an independent reader (`unzip -p`), as text, for oracles.
    static let csvText: String = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-p", root.appendingPathComponent("datasets/rates/eurofxref-hist.zip").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }()
}

/// A date from ISO text, for tests (a bad literal makes the test fail on `nil`).
func day(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
}

/// An exact decimal from text, for tests.
func dec(_ text: String) -> ExactDecimal {
    ExactDecimal(text) ?? .zero
}
