import Foundation
import Testing
import Figures
@testable import chiffres

#if canImport(Glibc)
import Glibc
#endif

/// A long plain text is read in parts cut at paragraph ends: bounded memory, offsets continued across parts, the
/// same document id, and the same rows as the text read whole.
@Suite struct TextPartsTests {
    /// Paragraphs with figures, accented letters and no-break spaces (so code points and bytes differ), and a
    /// figure at the very start and end of each paragraph, where a part may be cut.
    static func paragraphs(_ count: Int) -> String {
        (0..<count).map { k in
            "\(k + 1),5 % de hausse pour l’élément n° \(k) : le budget passe à \(k + 2)\u{A0}millions d’euros, "
                + "après une année difficile.\nLa dépense atteint 3,\(k % 10) milliards d’euros en 2024, soit "
                + "\(k % 7 + 1) %"
        }.joined(separator: "\n\n") + "\n"
    }

    /// The bytes of `text` in a file, read through a ``LineReader``.
    static func withReader<T>(_ text: [UInt8], _ body: (LineReader) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(getpid())-\(UUID()).txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        return try body(LineReader(fd: fd, capacity: 64))
    }

    @Test("A cut falls after the last blank line of the window's second half, else after its last line end")
    func cutPositions() {
        func cut(_ text: String) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { TextCut.position(in: $0) }
        }
        #expect(cut("aaaa\n\nbbbbbb\ncc") == 13)  // the blank line is in the first half: the last line end
        #expect(cut("aaaaaaaa\n \r\nbbb\ncc") == 12)  // a blank line (spaces, CR) in the second half
        #expect(cut("aaaaaaaaaaaaaa\ncc") == 15)
        #expect(cut("aaaaaaaaaaaaaaaa") == nil)
    }

    @Test("Parts cover the text exactly, in order, each within the window and ending at a line end")
    func partsCoverText() throws {
        let text = Array(Self.paragraphs(40).utf8)
        let window = 700
        let parts: [(offset: Int, bytes: [UInt8], whole: Bool)] = try Self.withReader(text) { reader in
            var parts: [(Int, [UInt8], Bool)] = []
            while let part = try reader.nextTextPart(window: window) {
                parts.append((part.offset, Array(part.bytes), part.isWhole))
            }
            return parts
        }
        #expect(parts.count > 5)
        #expect(parts.flatMap(\.bytes) == text)
        var expected = 0
        for part in parts {
            #expect(part.offset == expected)
            #expect(part.bytes.count <= window)
            #expect(part.bytes.last == 0x0A)
            #expect(!part.whole)
            expected += part.bytes.count
        }
        let whole = try Self.withReader(text) { try $0.nextTextPart(window: text.count) }
        #expect(whole?.isWhole == true && whole?.bytes.count == text.count)
    }

    @Test("Past the window, parts are at most partBytes long; a longer line makes a part of up to the window")
    func partsOfPartBytes() throws {
        let long = String(repeating: "y", count: 500) + "\n"
        let text = Array((Self.paragraphs(20) + long + Self.paragraphs(20)).utf8)
        let parts: [(offset: Int, bytes: [UInt8])] = try Self.withReader(text) { reader in
            var parts: [(Int, [UInt8])] = []
            while let part = try reader.nextTextPart(window: 2000, partBytes: 300) {
                parts.append((part.offset, Array(part.bytes)))
            }
            return parts
        }
        #expect(parts.flatMap(\.bytes) == text)
        #expect(parts.allSatisfy { $0.bytes.count <= 2000 })
        #expect(parts.filter { $0.bytes.count > 300 }.count == 1)
        let longPart = try #require(parts.first { $0.bytes.count > 300 })
        #expect(String(decoding: longPart.bytes, as: UTF8.self).contains(long))
        #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.offset + $0.bytes.count == $1.offset })
    }

    @Test("A line longer than the window is skipped and named by its byte offset; the text after it is read")
    func longLineSkipped() throws {
        let text = Array(("Hausse de 2 %.\n\n" + String(repeating: "x", count: 300) + "\nBaisse de 3 %.\n").utf8)
        let (parts, error): ([String], InputError.Reason?) = try Self.withReader(text) { reader in
            var parts: [String] = []
            var error: InputError.Reason?
            while true {
                do throws(InputError.Reason) {
                    guard let part = try reader.nextTextPart(window: 100) else { break }
                    parts.append(String(decoding: part.bytes, as: UTF8.self))
                } catch let e {
                    error = e
                }
            }
            return (parts, error)
        }
        #expect(parts == ["Hausse de 2 %.\n\n", "Baisse de 3 %.\n"])
        guard case .textLineTooLong(let offset, let limit) = error else {
            Issue.record("expected textLineTooLong, got \(String(describing: error))")
            return
        }
        #expect(offset == 16 && limit == 100)
    }

    /// The figures CSV `extract` writes for `text` read in parts of at most `partBytes` bytes.
    static func extracted(_ text: String, partBytes: Int, format: FigureRows.Format = .csv(.rfc4180)) throws
        -> (csv: String, failures: Int)
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(getpid())-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("long.txt").path
        let output = folder.appendingPathComponent("figures.csv").path
        _ = FileManager.default.createFile(atPath: input, contents: Data(text.utf8))
        var run = ExtractRun(inputs: [input], output: output, format: format, options: ExtractionOptions(),
                             date: nil, quiet: true, summary: false)
        run.textPartBytes = partBytes
        let failures = try run.execute()
        let csv = try String(contentsOfFile: output, encoding: .utf8)
        return (csv.replacingOccurrences(of: input, with: "long.txt"), failures)
    }

    @Test("Read in parts, a text gives the rows it gives read whole: same id, offsets and figures")
    func partsGiveSameRows() throws {
        // A date and language settled from the first part serve the later parts ("en 2024" resolves alike).
        let text = "Paris, le 12 mars 2025.\n\n" + Self.paragraphs(60)
        let whole = try Self.extracted(text, partBytes: 1 << 20)
        let parted = try Self.extracted(text, partBytes: 1000)
        #expect(whole.failures == 0 && parted.failures == 0)
        let rows = whole.csv.split(separator: "\n")
        #expect(rows.count > 180)
        #expect(parted.csv == whole.csv)
        // Each figure's offsets are code points of the whole text, wherever its part began.
        let lines = try Self.extracted(text, partBytes: 1000, format: .jsonLines).csv.split(separator: "\n")
        #expect(lines.count == rows.count - 1)
        let scalars = Array(text.unicodeScalars)
        for line in lines {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(record["doc"] as? String == "long.txt")
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
        }
    }
}
