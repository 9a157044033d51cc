import Testing
@testable import Tabular

/// A large CSV read in several parts on several threads gives the rows (with their lines) or the first error that
/// one part gives.
struct CSVTablePartsTests {
    /// A long table whose records end with LF, CRLF or a lone CR, with blank lines between some.
    private func text(rows: Int, bad: Int? = nil) -> [UInt8] {
        var out = "series,year,value\n"
        let endings = ["\n", "\r\n", "\r"]
        for i in 0..<rows {
            out += "s\(i / 40),\(1950 + i % 40),\(Double(i) * 1.25)" + (i == bad ? ",extra" : "") + endings[i % 7 == 0 ? i % 3 : 0]
            if i % 101 == 0 { out += "\n" }
        }
        return Array(out.utf8)
    }

    private func read(_ bytes: [UInt8], parts: Int) -> Result<[String], CSVReadError> {
        do throws(CSVReadError) {
            let table = try CSVTable(bytes: bytes, dialect: nil, removesNeutralization: false, parts: parts)
            return .success(table.rows.map { "\($0.line):" + $0.fields.joined(separator: "|") })
        } catch {
            return .failure(error)
        }
    }

    @Test func partsGiveTheRowsOfOnePart() throws {
        let bytes = text(rows: 12_000)
        let one = try read(bytes, parts: 1).get()
        #expect(one.count == 12_000)
        for parts in [2, 3, 5] { #expect(try read(bytes, parts: parts).get() == one, "\(parts) parts") }
    }

    @Test func partsGiveTheFirstErrorOfOnePart() {
        for bad in [30, 6_000, 11_990] {
            let bytes = text(rows: 12_000, bad: bad)
            let one = read(bytes, parts: 1)
            guard case .failure(let error) = one else { Issue.record("row \(bad) has a field too many"); continue }
            for parts in [2, 3] {
                guard case .failure(let other) = read(bytes, parts: parts) else { Issue.record("\(parts) parts"); continue }
                #expect(other.description == error.description, "\(parts) parts, bad row \(bad)")
            }
        }
    }

    @Test func aQuoteKeepsOnePart() {
        var bytes = text(rows: 12_000)
        let quoted = Array("s9,2000,\"1\n2\"\n".utf8)
        bytes += quoted
        var reader = CSVReader(bytes: bytes)
        _ = try? reader.nextRecord()
        #expect(CSVTable.split(bytes, after: reader, parts: 2, minimumPart: 1 << 15).count == 1)
        bytes.removeLast(quoted.count)
        reader = CSVReader(bytes: bytes)
        _ = try? reader.nextRecord()
        #expect(CSVTable.split(bytes, after: reader, parts: 2, minimumPart: 1 << 15).count == 2)
    }
}
