extension CSVDialect {
    /// Guesses the dialect of CSV bytes from their first record.
    ///
    /// The delimiter is the most frequent of `,`, `;`, tab and `|` outside quotes in the first
    /// record (`,` when none occurs or on a tie with `,`). A `;`-separated file is taken to use
    /// the decimal comma, as French spreadsheets write it. The line ending is the first one seen,
    /// and the byte-order mark is noted.
    ///
    /// - Parameter bytes: The start of the CSV text (the first record is enough).
    /// - Returns: The detected dialect.
    public static func detect(_ bytes: [UInt8]) -> CSVDialect {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineEnding = LineEnding.lf
        var i = bom ? 3 : 0
        scan: while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == 0x0A { break scan }
                if b == 0x0D {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x0A { lineEnding = .crlf }
                    break scan
                }
                if let k = candidates.firstIndex(of: b) { counts[k] += 1 }
            }
            i += 1
        }
        var best = 0
        for k in 1..<candidates.count where counts[k] > counts[best] { best = k }
        let delimiter = candidates[best]
        return CSVDialect(
            delimiter: delimiter, decimalComma: delimiter == UInt8(ascii: ";"),
            lineEnding: lineEnding, byteOrderMark: bom)
    }
}
