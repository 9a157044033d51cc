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

    @Test func archivesAsAZipMayHoldThem() throws {
        let csv = Array("Date,USD,\n2026-02-12,1.1874,\n".utf8)
        let other = Array("Date,USD,\n2026-02-12,9.9,\n".utf8)
        // The member called eurofxref-hist.csv among others, in a folder, behind a comment.
        let named = StoredZip.archive([
            .init(name: "README.txt", contents: Array("rates".utf8)),
            .init(name: "old/rates.csv", contents: other),
            .init(name: "ecb/eurofxref-hist.csv", contents: csv),
        ], comment: "downloaded from the ECB")
        #expect(try ECBRateTable(contentsOf: named).rate(of: "USD", row: 0) == dec("1.1874"))
        // The only CSV, whatever its name.
        let only = StoredZip.archive([.init(name: "notes.txt", contents: []), .init(name: "RATES.CSV", contents: csv)])
        #expect(try ECBRateTable(contentsOf: only).rate(of: "USD", row: 0) == dec("1.1874"))
        // Refused: no CSV, two CSVs and neither the ECB's, encryption, another compression method.
        let refusals: [([UInt8], String?)] = [
            (StoredZip.archive([.init(name: "a.txt", contents: csv)]), nil),
            (StoredZip.archive([.init(name: "a.csv", contents: csv), .init(name: "b.csv", contents: csv)]), nil),
            (StoredZip.archive([.init(name: "eurofxref-hist.csv", contents: csv, flags: 1)]), "encrypted"),
            (StoredZip.archive([.init(name: "eurofxref-hist.csv", contents: csv, method: 12)]), "method 12"),
        ]
        for (archive, detail) in refusals {
            do {
                _ = try ECBRateTable(contentsOf: archive)
                Issue.record("read an archive that should be refused (\(detail ?? "no CSV"))")
            } catch {
                switch (error.reason, detail) {
                case (.noCSVInArchive, nil): break
                case (.unreadableArchive(let text), let detail?): #expect(text.contains(detail))
                default: Issue.record("unexpected \(error)")
                }
            }
        }
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

/// ZIP archives of stored (uncompressed) members, written byte by byte (APPNOTE 4.3), for tests.
enum StoredZip {
    struct Member {
        var name: String
        var contents: [UInt8]
        var flags = 0
        var method = 0
    }

    static func archive(name: String, contents: [UInt8]) -> [UInt8] {
        archive([Member(name: name, contents: contents)])
    }

    static func archive(_ members: [Member], comment: String = "") -> [UInt8] {
        var out: [UInt8] = []
        func u16(_ v: Int) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32) { out += (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        var offsets: [Int] = []
        for member in members {  // local headers, each followed by its data
            offsets.append(out.count)
            u32(0x0403_4B50); u16(20); u16(member.flags); u16(member.method); u16(0); u16(0x21)
            u32(crc32(member.contents)); u32(UInt32(member.contents.count)); u32(UInt32(member.contents.count))
            u16(member.name.utf8.count); u16(0)
            out += Array(member.name.utf8)
            out += member.contents
        }
        let directory = out.count
        for (member, offset) in zip(members, offsets) {
            u32(0x0201_4B50); u16(20); u16(20); u16(member.flags); u16(member.method); u16(0); u16(0x21)
            u32(crc32(member.contents)); u32(UInt32(member.contents.count)); u32(UInt32(member.contents.count))
            u16(member.name.utf8.count); u16(0); u16(0); u16(0); u16(0); u32(0); u32(UInt32(offset))
            out += Array(member.name.utf8)
        }
        let directorySize = out.count - directory
        u32(0x0605_4B50); u16(0); u16(0); u16(members.count); u16(members.count)
        u32(UInt32(directorySize)); u32(UInt32(directory)); u16(comment.utf8.count)
        out += Array(comment.utf8)
        return out
    }

    /// CRC-32 bit by bit: a reference independent of zlib's.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
