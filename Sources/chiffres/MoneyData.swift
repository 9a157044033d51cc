import Foundation
import Money

/// Where the money data lives and how the command line reads it: the ECB rates and the US CPI shipped
/// in `datasets/`, or files the user names.
///
/// The datasets folder is `$CHIFFRES_DATASETS` when set, else `datasets` in the current directory.
enum MoneyData {
    /// The datasets folder.
    static var datasets: String {
        ProcessInfo.processInfo.environment["CHIFFRES_DATASETS"].flatMap { $0.isEmpty ? nil : $0 } ?? "datasets"
    }

    /// The shipped ECB rates, `datasets/rates/eurofxref-hist.zip`.
    static var defaultRatesPath: String { datasets + "/rates/eurofxref-hist.zip" }

    /// The shipped US CPI-U annual averages, `datasets/cpi/us-cpi-u-annual.csv`.
    static var defaultDeflatorPath: String { datasets + "/cpi/us-cpi-u-annual.csv" }

    /// Reads a rates file (the ECB's ZIP or its CSV); `path` defaults to the shipped one.
    static func rateTable(at path: String?) throws(MoneyDataError) -> (table: ECBRateTable, path: String) {
        let path = path ?? defaultRatesPath
        let bytes = try read(path, what: "rates file", hint: path == defaultRatesPath
            ? "run from the repository root, set CHIFFRES_DATASETS to the datasets folder, or give --rates FILE"
            : "check the path given to --rates")
        do {
            return (try ECBRateTable(contentsOf: bytes), path)
        } catch {
            throw MoneyDataError("\(path): \(error)")
        }
    }

    /// Reads a deflator: the file given (`year,index`, for any currency), or the shipped US CPI-U (USD).
    static func deflator(at path: String?) throws(MoneyDataError) -> Deflator {
        let file = path ?? defaultDeflatorPath
        let bytes = try read(file, what: "deflator", hint: path == nil
            ? "run from the repository root, set CHIFFRES_DATASETS, or give --deflator FILE"
            : "check the path given to --deflator")
        do {
            if path == nil { return try Deflator(csv: bytes, name: "US CPI-U", currency: "USD") }
            let name = file.split(separator: "/").last.map(String.init) ?? file
            return try Deflator(csv: bytes, name: name, currency: nil)
        } catch {
            throw MoneyDataError("\(file): \(error)")
        }
    }

    private static func read(_ path: String, what: String, hint: String) throws(MoneyDataError) -> [UInt8] {
        // Read straight into one array: no Data to copy from.
        if case .success(let fd) = FileIO.openForReading(path) {
            defer { close(fd) }
            if case .success(let bytes) = FileIO.readAll(fd) { return bytes }
        }
        let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
        throw MoneyDataError("\(what) \(path) \(reason); \(hint).")
    }
}

/// A money data file that cannot be used, with the file and what to do.
struct MoneyDataError: Error, CustomStringConvertible {
    /// The message, starting with the file.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
