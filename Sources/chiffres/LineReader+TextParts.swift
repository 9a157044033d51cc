#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One part of a plain text read in pieces: its bytes (valid until the next read) and where they start.
struct TextPart {
    /// The bytes of the part; a part ends just after a blank line, else after a line end, else at the input's end.
    var bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset of the part's first byte in the input.
    var offset: Int
    /// Whether the part is the whole input (it fitted in one window).
    var isWhole: Bool
}

extension LineReader {
    /// Bytes read past a window of text: enough to see whether the input ends there.
    static let readAhead = 1 << 16

    /// The next part of a plain text, or `nil` at the end of the input.
    ///
    /// An input that fits in `window` bytes is one part, whole. A longer one is cut into parts of at most
    /// `partBytes` bytes (and never more than `window`): just after the last blank line of the part's second half
    /// (a paragraph's end), else just after its last line end, so that no sentence is split. When no line ends
    /// within `partBytes`, the part reaches to the last line end within `window`; a line longer than `window` is
    /// skipped up to its end and ``InputError/Reason/textLineTooLong(offset:limit:)`` is thrown (read on with the
    /// next call).
    func nextTextPart(window: Int, partBytes: Int = Int.max) throws(InputError.Reason) -> TextPart? {
        let atStart = consumed + start == 0
        let size = atStart ? window : min(window, partBytes)
        // A byte past `size` tells whether the input ends within it: the buffer grows to the window and a little
        // more, and each read after a part moves only the short rest to the front.
        while end - start <= size && !atEOF { try fill(limit: window + Self.readAhead) }
        if start == end { return nil }
        let offset = consumed + start
        if atEOF && end - start <= size {
            return take(part: end - start, offset: offset, whole: atStart)
        }
        let span = min(window, partBytes)
        if let cut = TextCut.position(in: UnsafeBufferPointer(start: buffer + start, count: min(end - start, span))) {
            return take(part: cut, offset: offset, whole: false)
        }
        while end - start <= window && !atEOF { try fill(limit: window + Self.readAhead) }
        if atEOF && end - start <= window {
            return take(part: end - start, offset: offset, whole: false)
        }
        let bytes = UnsafeBufferPointer(start: buffer + start, count: min(end - start, window))
        guard let cut = TextCut.position(in: bytes) else {
            try skipPastLineEnd(limit: window + Self.readAhead)
            throw .textLineTooLong(offset: offset, limit: window)
        }
        return take(part: cut, offset: offset, whole: false)
    }

    private func take(part length: Int, offset: Int, whole: Bool) -> TextPart {
        let part = TextPart(bytes: UnsafeBufferPointer(start: buffer + start, count: length), offset: offset, isWhole: whole)
        start += length
        return part
    }
}

/// Where a window of plain text is cut into a part.
enum TextCut {
    /// The length of the part to take from `bytes` (more text follows): just after the last blank line
    /// ("\n", blanks, "\n") that lies in the second half, else just after the last line end; `nil` when
    /// `bytes` holds no line end.
    static func position(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let half = bytes.count / 2
        var lastLineEnd: Int?
        var searchEnd = bytes.count
        while let newline = lastNewline(in: bytes, before: searchEnd) {
            if lastLineEnd == nil { lastLineEnd = newline + 1 }
            if newline < half { break }
            // Blank between this line end and the one before: a paragraph ends here.
            var k = newline - 1
            while k >= 0, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D { k -= 1 }
            if k >= 0, bytes[k] == 0x0A { return newline + 1 }
            searchEnd = k + 1
        }
        return lastLineEnd
    }

    /// The offset of the last LF before `end`.
    private static func lastNewline(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var k = end - 1
        while k >= 0 {
            if bytes[k] == 0x0A { return k }
            k -= 1
        }
        return nil
    }
}
