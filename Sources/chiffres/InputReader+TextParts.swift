import Figures

/// Where a document handed over by ``InputReader`` stands in its input: a whole document, or a part of a long
/// plain text (the parts share the document's id; their offsets continue one another).
struct DocumentPart: Equatable {
    /// 0 for a whole document or the first part of a text.
    var index: Int
    /// The byte offset of the part in the input.
    var byteOffset: Int
    /// The code points of the document before this part: add them to the part's own offsets.
    var codePointOffset: Int
    /// Whether the document is a long text read in more than one part.
    var ofLongText = false

    /// A document read whole.
    static let whole = DocumentPart(index: 0, byteOffset: 0, codePointOffset: 0)
}

extension InputReader {
    /// The most bytes of one part of a text longer than its window (``maxDocumentBytes``): parts that stay in the
    /// processor's cache while they are decoded, scanned and counted, and two of which are extracted at once.
    static let longTextPartBytes = 1 << 20

    /// Reads a plain text in parts cut at paragraph ends (``LineReader/nextTextPart(window:partBytes:)``): a text
    /// that fits in `window` bytes is one document, as read whole; a longer one gives one document per part of at
    /// most ``longTextPartBytes`` (``window`` where a line is longer), each with the text's id. A line longer than `window` is skipped and reported; the parts after it are read.
    static func readTextParts(
        _ source: InputSource, _ reader: LineReader, window: Int, encoding: TextEncoding, progress: inout Progress,
        report: (InputError) -> Void, _ body: (Document, DocumentPart) throws -> Void
    ) throws {
        var index = 0
        var codePoints = 0
        var skippedLine = false
        while true {
            let next: TextPart?
            do {
                next = try reader.nextTextPart(window: window, partBytes: longTextPartBytes)
            } catch {
                guard case .textLineTooLong = error else { throw error }
                skippedLine = true
                report(InputError(path: source.path, reason: error))
                continue
            }
            guard let part = next else { break }
            progress.add(bytes: part.bytes.count, documents: index == 0 ? 1 : 0)
            let decoded: DecodedText
            do {
                decoded = try checkedText(part.bytes, encoding: encoding, atStart: part.offset == 0)
            } catch {
                switch error {
                case .empty: continue  // a blank part; a text with no other is reported below
                case .binary(let offset): throw InputError.Reason.binary(offset: part.offset + offset)
                default: throw error
                }
            }
            if let warning = decoded.warning {
                report(InputError(path: source.path, reason: warning.shifted(by: part.offset)))
            }
            var text = decoded.text
            try body(Document(id: source.path, text: text),
                     DocumentPart(index: index, byteOffset: part.offset, codePointOffset: codePoints,
                                  ofLongText: !part.isWhole))
            if !part.isWhole { codePoints += text.withUTF8 { UTF8Count.scalars(in: $0) } }
            index += 1
        }
        if index == 0 && !skippedLine { throw InputError.Reason.empty }
    }
}

extension InputError.Reason {
    /// The same warning with its byte offsets moved by `offset` (those of a part, made the input's).
    func shifted(by offset: Int) -> InputError.Reason {
        guard offset != 0 else { return self }
        switch self {
        case .readAsWindows1252(let first): return .readAsWindows1252(firstOffset: first + offset)
        case .invalidBytesReplaced(let offsets, let count):
            return .invalidBytesReplaced(offsets: offsets.map { $0 + offset }, count: count)
        default: return self
        }
    }
}

/// Counts in UTF-8 bytes.
enum UTF8Count {
    /// The code points of valid UTF-8: the bytes that are not continuation bytes (10xxxxxx), eight at a time.
    static func scalars(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            count += 8 - (word & high & ~(word << 1)).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
