import Testing
import Money

/// The rates reader's two ways through a file agree, and an archive is checked against its CRC-32.
///
/// Rows written as the ECB writes them are read by a fast path; any other row (spaces, a spreadsheet's
/// re-save) by the general one. The shipped file read both ways must give the same table, cell for cell.
@Suite struct RatesReadingPathsTests {
    @Test func bothRowReadersGiveTheSameTable() throws {
        let fast = try #require(ShippedData.table)
        let text = ShippedData.csvText
        try #require(text.utf8.count > 1_000_000, "unzip is needed for this test")
        // A space after every comma sends every row through the general reader.
        let spaced = try ECBRateTable(csv: Array(text.replacingOccurrences(of: ",", with: ", ").utf8))
        #expect(spaced.dates == fast.dates)
        #expect(spaced.currencies == fast.currencies)
        var cells = 0
        var mismatches = 0
        for row in fast.dates.indices {
            for code in fast.currencies {
                if spaced.rate(of: code, row: row) != fast.rate(of: code, row: row) { mismatches += 1 }
                cells += 1
            }
        }
        #expect(cells == 7126 * 41)
        #expect(mismatches == 0)
        #expect(spaced.coverage == fast.coverage)
        // CRLF line ends and no trailing commas stay on the fast path and read alike.
        let crlf = text.replacingOccurrences(of: ",\n", with: "\r\n")
        let other = try ECBRateTable(csv: Array(crlf.utf8))
        #expect(other.dates == fast.dates)
        #expect(other.rate(of: "GBP", row: fast.dates.count - 1) == fast.rate(of: "GBP", row: fast.dates.count - 1))
    }

    @Test func rowsThatLeaveTheFastPathMidwayReadInFull() throws {
        let header = "Date,USD,GBP,JPY,\n"
        let rows = [
            "2026-02-13,1.1862,0.8716,175.68,\n",
            "2026-02-12,1.1874, 0.8711,175.5,\n",   // a space before the second rate
            "2026-02-11,1.,.87,136,\n",             // no decimals after the point; none before it
            "2026-02-10,1.1874,,N/A\n",             // an empty cell; no trailing comma
        ]
        let table = try ECBRateTable(csv: Array((header + rows.joined()).utf8))
        #expect(table.dates.count == 4)
        let newest = table.dates.count - 1
        #expect(table.rate(of: "JPY", row: newest) == dec("175.68"))
        #expect(table.rate(of: "GBP", row: newest - 1) == dec("0.8711"))
        #expect(table.rate(of: "USD", row: newest - 2) == dec("1"))
        #expect(table.rate(of: "GBP", row: newest - 2) == dec("0.87"))
        #expect(table.rate(of: "JPY", row: newest - 2) == dec("136"))
        #expect(table.rate(of: "GBP", row: 0) == nil)
        #expect(table.rate(of: "JPY", row: 0) == nil)
    }

    @Test func anArchiveWhoseCSVDoesNotMatchItsChecksumIsRefused() throws {
        let csv = Array("Date,USD,\n2026-02-12,1.1874,\n".utf8)
        let good = StoredZip.archive(name: "eurofxref-hist.csv", contents: csv)
        let table = try ECBRateTable(contentsOf: good)
        #expect(table.rate(of: "USD", row: 0) == dec("1.1874"))
        // One digit changed in the stored (uncompressed) member: the CSV still reads, the checksum does not match.
        var damaged = good
        let digit = try #require(damaged.firstIndex(of: UInt8(ascii: "7")))
        damaged[digit] = UInt8(ascii: "6")
        do {
            _ = try ECBRateTable(contentsOf: damaged)
            Issue.record("an archive with a wrong CRC-32 was read")
        } catch {
            #expect(error.line == 0)
            if case .unreadableArchive(let detail) = error.reason {
                #expect(detail.contains("CRC-32"))
            } else {
                Issue.record("unexpected \(error)")
            }
        }
    }
}

/// A one-member ZIP archive without compression, written byte by byte (APPNOTE 4.3), for tests.
enum StoredZip {
    static func archive(name: String, contents: [UInt8]) -> [UInt8] {
        let crc = crc32(contents)
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = []
        func u16(_ v: Int) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32) { out += (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        // Local file header, then the data.
        u32(0x0403_4B50); u16(20); u16(0); u16(0); u16(0); u16(0x21)
        u32(crc); u32(UInt32(contents.count)); u32(UInt32(contents.count)); u16(nameBytes.count); u16(0)
        out += nameBytes
        out += contents
        // Central directory.
        let directory = out.count
        u32(0x0201_4B50); u16(20); u16(20); u16(0); u16(0); u16(0); u16(0x21)
        u32(crc); u32(UInt32(contents.count)); u32(UInt32(contents.count)); u16(nameBytes.count)
        u16(0); u16(0); u16(0); u16(0); u32(0); u32(0)
        out += nameBytes
        let directorySize = out.count - directory
        // End of central directory.
        u32(0x0605_4B50); u16(0); u16(0); u16(1); u16(1)
        u32(UInt32(directorySize)); u32(UInt32(directory)); u16(0)
        return out
    }

    /// CRC-32 bit by bit: a reference independent of the reader's table-driven one.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
