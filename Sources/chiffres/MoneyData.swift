import Foundation
import Money

/// Where the money data lives and how the command line reads it: the ECB rates and the US CPI shipped
/// in `datasets/` (found by ``DatasetsFolder``), or files the user names.
enum MoneyData {
    /// The shipped ECB rates, below the datasets folder.
    static let ratesFile = "rates/eurofxref-hist.zip"

    /// The shipped US CPI-U annual averages, below the datasets folder.
    static let deflatorFile = "cpi/us-cpi-u-annual.csv"

    /// Reads a rates file (the ECB's ZIP or its CSV); `path` defaults to the shipped one.
    static func rateTable(at path: String?) throws(MoneyDataError) -> (table: ECBRateTable, path: String) {
        let file = try shippedUnless(path, ratesFile, what: "rates file", hint: "give --rates FILE")
        let bytes = try read(file, what: "rates file", hint: path == nil
            ? "check the file's permissions"
            : "check the path given to --rates")
        do {
            return (try ECBRateTable(contentsOf: bytes), file)
        } catch {
            throw MoneyDataError("\(file): \(error)")
        }
    }

    /// Reads a deflator: the file given (`year,index`, for any currency), or the shipped US CPI-U (USD).
    static func deflator(at path: String?) throws(MoneyDataError) -> Deflator {
        let file = try shippedUnless(path, deflatorFile, what: "deflator", hint: "give --deflator FILE")
        let bytes = try read(file, what: "deflator", hint: path == nil
            ? "check the file's permissions"
            : "check the path given to --deflator")
        do {
            if path == nil { return try Deflator(csv: bytes, name: "US CPI-U", currency: "USD") }
            let name = file.split(separator: "/").last.map(String.init) ?? file
            return try Deflator(csv: bytes, name: name, currency: nil)
        } catch {
            throw MoneyDataError("\(file): \(error)")
        }
    }

    /// Where the shipped file `relative` was found (for the record of a workbook's About sheet), or `relative`.
    static func shippedPath(_ relative: String) -> String {
        (try? DatasetsFolder.file(relative, what: "file", hint: "")) ?? relative
    }

    /// `path` when given, else the shipped file (found by ``DatasetsFolder``).
    private static func shippedUnless(_ path: String?, _ relative: String, what: String, hint: String)
        throws(MoneyDataError) -> String {
        if let path { return path }
        return try DatasetsFolder.file(relative, what: what, hint: hint)
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
