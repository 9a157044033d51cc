import Foundation
import Figures
import Money

/// The inputs of the extraction bench, built in a temporary folder that is removed afterwards.
///
/// - The French legal corpus `../shared/corpus/codes-juridiques-fr.txt.xz`, decompressed with `xz -dc` into the
///   temporary folder (never into the repository), cut into documents for the library call: consecutive articles
///   (separated by blank lines) packed into documents of at most 64 KiB, cut at a blank line (else a line end)
///   so that no article is split unless it alone is longer.
/// - The five seed articles of `datasets/articles/seeds.jsonl`, each one document, cycled to 100 MB.
/// - JSON Lines files of both for the CLI, one document a line.
struct BenchInputs {
    /// The largest document handed to the library call, in bytes of UTF-8.
    static let documentLimit = 65_536

    let root: URL
    let temporary: URL

    /// Finds the package root (the working directory, as `make bench` runs) and makes the temporary folder.
    init() throws {
        root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) else {
            throw BenchError("run the bench from the package root (make bench)")
        }
        temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("chiffres-bench-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    /// Removes the temporary folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: temporary)
    }

    /// A path in the temporary folder.
    func temporaryFile(_ name: String) -> String { temporary.appendingPathComponent(name).path }

    /// The corpus text, decompressed into the temporary folder and read back.
    func corpusBytes() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: try corpusTextFile())))
    }

    /// The path of the corpus as one plain text file in the temporary folder (decompressed on first use; the
    /// folder is removed by ``cleanUp()``).
    func corpusTextFile() throws -> String {
        let text = temporaryFile("codes-juridiques-fr.txt")
        if FileManager.default.fileExists(atPath: text) { return text }
        let xz = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/codes-juridiques-fr.txt.xz")
        guard FileManager.default.fileExists(atPath: xz.path) else {
            throw BenchError("the corpus is missing: \(xz.path) (the shared folder goes beside the repository)")
        }
        let run = try runChild(["xz", "-dc", xz.path], stdout: text)
        guard run.status == 0 else {
            try? FileManager.default.removeItem(atPath: text)
            throw BenchError("xz -dc failed with status \(run.status)")
        }
        return text
    }

    /// Byte ranges of documents of at most ``documentLimit`` bytes, cut at blank lines where possible.
    static func documentRanges(_ bytes: [UInt8], limit: Int = documentLimit) -> [Range<Int>] {
        let newline = UInt8(ascii: "\n")
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            if end < bytes.count {
                var blank = end - 1
                while blank > start && !(bytes[blank] == newline && bytes[blank - 1] == newline) { blank -= 1 }
                if blank > start {
                    end = blank + 1
                } else if let line = bytes[start..<end].lastIndex(of: newline), line > start {
                    end = line + 1
                } else {
                    while end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                }
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The corpus as French documents for the library call.
    static func corpusDocuments(_ bytes: [UInt8]) -> [Document] {
        documentRanges(bytes).enumerated().map { index, range in
            Document(id: "codes-\(index)", text: String(decoding: bytes[range], as: UTF8.self), language: .french)
        }
    }

    /// The seed articles with their dates and language.
    func seedDocuments() throws -> [Document] {
        struct Line: Decodable {
            var id: String
            var date: String?
            var lang: String?
            var text: String
        }
        let url = root.appendingPathComponent("datasets/articles/seeds.jsonl")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let seed = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            return Document(
                id: seed.id, text: seed.text, date: seed.date.flatMap { CalendarDate(iso: $0) },
                language: seed.lang.flatMap { Language(rawValue: $0) })
        }
    }

    /// Writes documents as JSON Lines, cycling through them until `minimumBytes` are written (one pass if 0);
    /// each line's `id` is the document's, prefixed with the round (`r2-codes-17`).
    ///
    /// - Returns: The file's size in bytes.
    func writeJSONLines(_ documents: [Document], to path: String, minimumBytes: Int = 0) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let bodies: [Data] = try documents.map { document in
            var fields = ""
            if let date = document.date { fields += ",\"date\":\"\(date)\"" }
            if let language = document.language { fields += ",\"lang\":\"\(language.rawValue)\"" }
            return Data((fields + ",\"text\":").utf8) + (try encoder.encode(document.text)) + Data("}\n".utf8)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        var written = 0
        var buffer = Data()
        var round = 0
        writing: while true {
            for (index, body) in bodies.enumerated() {
                buffer += Data("{\"id\":\"r\(round)-\(documents[index].id)\"".utf8)
                buffer += body
                if buffer.count >= 1 << 22 {
                    try handle.write(contentsOf: buffer)
                    written += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
                if minimumBytes > 0 && written + buffer.count >= minimumBytes { break writing }
            }
            round += 1
            if minimumBytes == 0 { break }
        }
        try handle.write(contentsOf: buffer)
        return written + buffer.count
    }
}

/// A bench that cannot go on, with what to do.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
