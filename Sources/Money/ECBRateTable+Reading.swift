extension ECBRateTable {
    /// Reads the ECB's rate history from the bytes of `eurofxref-hist.zip` as downloaded, or of the
    /// `eurofxref-hist.csv` inside it (a ZIP archive is recognized by its first bytes).
    ///
    /// - Throws: ``RatesFileError`` with the line and column of the first problem.
    public init(contentsOf bytes: [UInt8]) throws(RatesFileError) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            try self.init(csv: try RatesArchive.csv(in: bytes))
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
}
