import Figures
import Foundation

/// How an input is read.
enum InputFormat {
    /// Plain text or Markdown: one document.
    case text
    /// HTML: one document, its markup stripped.
    case html
    /// JSON Lines: one document per line.
    case jsonLines

    /// The format a file name's extension says, or `nil` for an extension Chiffres does not know.
    static func of(path: String) -> InputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text", "md", "markdown": return .text
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonLines
        default: return nil
        }
    }
}

/// One input to read: a file, or standard input (`-`).
struct InputSource: Equatable {
    /// The path as shown to the user and used as the document id (`-` for standard input).
    var path: String
    /// The format; `nil` sniffs standard input and reads other files as text.
    var format: InputFormat?

    var isStandardInput: Bool { path == "-" }
}

/// Turns the command's arguments into inputs and inputs into documents.
enum InputReader {
    /// The most bytes of one document: a text or HTML file, standard input, or one JSON line (16 MiB; a news
    /// article is rarely over 100 KB). Larger ones are refused with a message, which keeps memory bounded.
    static let maxDocumentBytes = 16 << 20

    /// The inputs named by the arguments: files as given, folders walked recursively in sorted
    /// order (hidden entries and symbolic links to folders skipped; only known extensions kept).
    ///
    /// - Parameters:
    ///   - arguments: Paths, or `-` for standard input.
    ///   - report: Called for each argument that cannot be read.
    static func sources(for arguments: [String], report: (InputError) -> Void) -> [InputSource] {
        var sources: [InputSource] = []
        for argument in arguments {
            if argument == "-" {
                sources.append(InputSource(path: "-", format: nil))
                continue
            }
            switch FileIO.kind(of: argument) {
            case .failure(let failure):
                report(InputError(path: argument, reason: failure.code == ENOENT || failure.code == ENOTDIR
                    ? .missing : .unreadable(failure.message)))
            case .success(.folder):
                walk(argument, into: &sources, report: report)
            case .success(.other):
                var info = stat()
                let kind = stat(argument, &info) == 0 ? FileIO.nonRegularKind(info.st_mode) : nil
                report(InputError(path: argument, reason: .notRegular(kind ?? "not a regular file")))
            case .success:
                sources.append(InputSource(path: argument, format: InputFormat.of(path: argument) ?? .text))
            }
        }
        return sources
    }

    private static func walk(_ folder: String, into sources: inout [InputSource], report: (InputError) -> Void) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let cause = (error as NSError).localizedFailureReason ?? "permission denied"
            report(InputError(path: folder, reason: .unreadableFolder(cause)))
            return
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let sorted = names.filter { !$0.hasPrefix(".") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in sorted {
            let path = base + "/" + name
            switch FileIO.kind(of: path) {
            case .success(.folder):
                if !FileIO.isSymbolicLink(path) { walk(path, into: &sources, report: report) }
            case .success(.file):
                if let format = InputFormat.of(path: path) { sources.append(InputSource(path: path, format: format)) }
            case .success(.other):
                break
            case .failure(let failure):
                report(InputError(path: path, reason: .unreadable(failure.message)))
            }
        }
    }

    /// Reads the documents of one input and hands them over one at a time, each whole: a text or HTML file,
    /// or standard input, over ``maxDocumentBytes`` is refused.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - progress: Told of the bytes read.
    ///   - report: Called for each error (a bad JSON line does not stop the others).
    ///   - body: Receives each document.
    static func read(
        _ source: InputSource, progress: inout Progress, encoding: TextEncoding = .auto, report: (InputError) -> Void,
        _ body: (Document) throws -> Void
    ) throws {
        try read(source, progress: &progress, encoding: encoding, textPartBytes: nil, report: report) { document, _ in
            try body(document)
        }
    }

    /// Reads the documents of one input and hands them over one at a time; with `textPartBytes`, a plain text
    /// (file or standard input) longer than that is handed over in parts (``TextPart``, cut at paragraph ends),
    /// so that memory stays bounded whatever its size.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - progress: Told of the bytes read.
    ///   - textPartBytes: The most bytes of one part of a plain text, or `nil` to refuse a text over
    ///     ``maxDocumentBytes``.
    ///   - report: Called for each error (a bad JSON line does not stop the others).
    ///   - body: Receives each document, or each part of a long text, with where the part starts.
    static func read(
        _ source: InputSource, progress: inout Progress, encoding: TextEncoding = .auto, textPartBytes: Int?,
        report: (InputError) -> Void, _ body: (Document, DocumentPart) throws -> Void
    ) throws {
        let fd: Int32
        if source.isStandardInput {
            fd = 0
        } else {
            switch FileIO.openForReading(source.path) {
            case .success(let opened): fd = opened
            case .failure(let failure):
                let reason: InputError.Reason = failure.code == ENOENT ? .missing
                    : failure.custom.map { _ in .readFailed(failure.message) } ?? .unreadable(failure.message)
                report(InputError(path: source.path, reason: reason))
                return
            }
        }
        defer { if fd != 0 { close(fd) } }
        let reader = LineReader(fd: fd, maxLine: maxDocumentBytes)
        var format = source.format ?? .text
        do {
            if source.format == nil {
                // Standard input: JSON Lines when it starts with `{`, HTML with `<`, else text.
                switch try reader.firstNonSpaceByte() {
                case UInt8(ascii: "{"): format = .jsonLines
                case UInt8(ascii: "<"): format = .html
                default: format = .text
                }
            }
            if format == .jsonLines {
                try readJSONLines(source, reader, progress: &progress, report: report) { try body($0, .whole) }
            } else if format == .text, let textPartBytes {
                try readTextParts(source, reader, window: textPartBytes, encoding: encoding, progress: &progress,
                                  report: report, body)
            } else {
                let bytes = try reader.readRest(limit: maxDocumentBytes)
                progress.add(bytes: bytes.count, documents: 1)
                let decoded = try checkedText(bytes, encoding: encoding)
                if let warning = decoded.warning { report(InputError(path: source.path, reason: warning)) }
                let text = decoded.text
                try body(Document(id: source.path, text: format == .html ? HTMLText.plainText(from: text) : text), .whole)
            }
        } catch let reason as InputError.Reason {
            report(InputError(path: source.path, reason: reason))
        }
        progress.finishFile()
    }

    private static func readJSONLines(
        _ source: InputSource, _ reader: LineReader, progress: inout Progress, report: (InputError) -> Void,
        _ body: (Document) throws -> Void
    ) throws {
        var records = 0
        var lastBytes = 0
        while true {
            let next: UnsafeBufferPointer<UInt8>?
            do {
                next = try reader.nextLine()
            } catch {
                // A line over the limit was skipped: report it and read on. (A plain `catch` with a `guard`: the
                // pattern form `catch .lineTooLong` crashes the release optimizer of Swift 6.)
                guard case .lineTooLong = error else { throw error }
                records += 1
                report(InputError(path: source.path, reason: error))
                continue
            }
            guard var line = next else { break }
            if reader.lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
                line = UnsafeBufferPointer(rebasing: line[3...])
            }
            let number = reader.lineNumber
            progress.add(bytes: reader.bytesRead - lastBytes, documents: 0)
            lastBytes = reader.bytesRead
            if isBlank(line) { continue }
            records += 1
            if let nul = FileIO.firstNUL(in: line) {
                report(InputError(path: source.path, reason: .jsonLineBinary(line: number, column: nul + 1)))
                continue
            }
            let document: Document
            do throws(JSONLineError) {
                document = try Document(jsonLine: line, fallbackID: "\(source.path):\(number)")
            } catch {
                report(InputError(path: source.path, reason: .jsonLine(line: number, error)))
                continue
            }
            if let value = document.unreadableDate {
                report(InputError(path: source.path, reason: .unreadableDate(line: number, value: value)))
            }
            progress.add(bytes: 0, documents: 1)
            try body(document)
        }
        if records == 0 { throw InputError.Reason.empty }
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in line where b != 0x20 && b != 0x09 && b != 0x0D { return false }
        return true
    }

    /// The text of a file, or why it is not text; invalid UTF-8 is decoded as `encoding` says, with a warning.
    static func checkedText(_ bytes: [UInt8], encoding: TextEncoding = .auto) throws(InputError.Reason) -> DecodedText {
        try bytes.withUnsafeBufferPointer { (utf8) throws(InputError.Reason) in try checkedText(utf8, encoding: encoding) }
    }

    /// The text of a file or of a part of it, or why it is not text. `atStart`: the bytes begin the file, so a
    /// byte order mark is read as one.
    static func checkedText(_ utf8: UnsafeBufferPointer<UInt8>, encoding: TextEncoding = .auto, atStart: Bool = true)
        throws(InputError.Reason) -> DecodedText
    {
        if utf8.isEmpty { throw .empty }
        if atStart, utf8.count >= 2, (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF) {
            throw .utf16
        }
        if let nul = FileIO.firstNUL(in: utf8) { throw .binary(offset: nul) }
        let hasBOM = atStart && utf8.count >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF
        let decoded = decode(hasBOM ? UnsafeBufferPointer(rebasing: utf8[3...]) : utf8, encoding: encoding)
        if decoded.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        return decoded
    }
}
