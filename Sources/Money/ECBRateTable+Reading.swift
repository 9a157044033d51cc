import struct Foundation.Data
import ZIPFoundation

extension ECBRateTable {
    /// Reads the ECB's rate history from the bytes of `eurofxref-hist.zip` as downloaded, or of the
    /// `eurofxref-hist.csv` inside it (a ZIP archive is recognized by its first bytes).
    ///
    /// - Throws: ``RatesFileError`` with the line and column of the first problem.
    public init(contentsOf bytes: [UInt8]) throws(RatesFileError) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            try self.init(csv: try ECBRateTable.unzipCSV(bytes))
        } else {
            try self.init(csv: bytes)
        }
    }

    /// Reads `eurofxref-hist.csv` as the ECB publishes it: `Date,USD,JPY,…,` then one row per fixing
    /// day, newest first, `N/A` where no rate was published, a trailing comma on every line.
    ///
    /// Oldest-first files, CRLF line ends and spaces after commas are read too.
    /// - Throws: ``RatesFileError`` with the line and column of the first problem.
    public init(csv bytes: [UInt8]) throws(RatesFileError) {
        let parsed: Result<RatesCSVParser.Parsed, RatesFileError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(RatesFileError) {
                return .success(try RatesCSVParser(bytes: buffer).parse())
            } catch {
                return .failure(error)
            }
        }
        let table = try parsed.get()
        self.init(currencies: table.currencies, days: table.days, rates: table.rates)
    }

    /// The bytes of the archive's `eurofxref-hist.csv`, or of its only `.csv` member.
    static func unzipCSV(_ bytes: [UInt8]) throws(RatesFileError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            let members = archive.filter { $0.type == .file && $0.path.lowercased().hasSuffix(".csv") }
            guard let member = members.first(where: { $0.path.hasSuffix("eurofxref-hist.csv") })
                    ?? (members.count == 1 ? members.first : nil) else {
                throw RatesFileError(line: 0, column: 0, reason: .noCSVInArchive)
            }
            var csv: [UInt8] = []
            let size = Int(clamping: member.uncompressedSize)
            csv.reserveCapacity(size)
            // One chunk for the whole member when it is of a sensible size; the checksum is computed once, below.
            _ = try archive.extract(member, bufferSize: min(max(size, 1 << 16), 1 << 24), skipCRC32: true) { chunk in
                csv.append(contentsOf: chunk)
            }
            guard csv.withUnsafeBufferPointer(CRC32Checksum.checksum) == member.checksum else {
                throw RatesFileError(line: 0, column: 0, reason: .unreadableArchive(
                    "the CRC-32 of \(member.path) does not match the archive's: the file is damaged"))
            }
            return csv
        } catch let error as RatesFileError {
            throw error
        } catch {
            throw RatesFileError(line: 0, column: 0, reason: .unreadableArchive(String(describing: error)))
        }
    }
}
