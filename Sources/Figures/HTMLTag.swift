/// A tag, comment or declaration found at a `<` of an HTML page.
struct HTMLTag {
    /// The lowercased element name, or `nil` for a comment, doctype or processing instruction.
    var name: String?
    /// `</p>`.
    var isClosing = false
    /// `<br/>`.
    var isSelfClosing = false
    /// The index just past the tag.
    var end: Int

    /// Elements whose content is not text a reader sees.
    static let droppedWithContent: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "select",
    ]

    /// Elements that end a line (1) or a paragraph (2, a blank line after).
    static let blocks: [String: Int] = [
        "p": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2, "blockquote": 2, "section": 2, "article": 2,
        "header": 2, "footer": 2, "aside": 2, "nav": 2, "main": 2, "table": 2, "ul": 2, "ol": 2, "dl": 2, "pre": 2,
        "figure": 2, "form": 2, "fieldset": 2, "address": 2, "details": 2, "hr": 2,
        "div": 1, "br": 1, "li": 1, "dt": 1, "dd": 1, "tr": 1, "thead": 1, "tbody": 1, "tfoot": 1, "caption": 1,
        "figcaption": 1, "legend": 1, "summary": 1, "body": 1, "html": 1,
    ]

    /// Elements that separate words without ending a line.
    static let cells: Set<String> = ["td", "th", "img", "input", "button", "label", "option"]

    /// The tag at `start` (which holds `<`), or `nil` when the `<` is text ("a < b", or an
    /// unclosed tag at the end of the page).
    ///
    /// `unclosed` remembers the attribute scans that ran to the end of the page without a `>`, so that a page of
    /// many unclosed `<a` is read in linear time: a later scan that reaches a position in the same quoting state
    /// stops there.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int, unclosed: inout UnclosedTagScans) -> HTMLTag? {
        let n = utf8.count
        var i = start + 1
        guard i < n else { return nil }
        if utf8[i] == UInt8(ascii: "!") {
            if i + 2 < n, utf8[i + 1] == UInt8(ascii: "-"), utf8[i + 2] == UInt8(ascii: "-") {
                let close: [UInt8] = Array("-->".utf8)
                let end = find(close, in: utf8, from: i + 3).map { $0 + 3 } ?? n
                return HTMLTag(name: nil, end: end)
            }
            let end = utf8[i...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
            return HTMLTag(name: nil, end: end)
        }
        if utf8[i] == UInt8(ascii: "?") {
            let end = utf8[i...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
            return HTMLTag(name: nil, end: end)
        }
        var tag = HTMLTag(name: nil, end: n)
        if utf8[i] == UInt8(ascii: "/") {
            tag.isClosing = true
            i += 1
        }
        guard i < n, isLetter(utf8[i]) else { return nil }
        let nameStart = i
        while i < n, isLetter(utf8[i]) || (utf8[i] &- 0x30 < 10) || utf8[i] == UInt8(ascii: "-") { i += 1 }
        var nameBytes = Array(utf8[nameStart..<i])
        for k in nameBytes.indices where nameBytes[k] >= 0x41 && nameBytes[k] <= 0x5A { nameBytes[k] |= 0x20 }
        tag.name = String(decoding: nameBytes, as: UTF8.self)
        // Attributes, with quoted values that may hold `>`.
        let attributesStart = i
        var quote: UInt8 = 0
        while i < n {
            let b = utf8[i]
            if unclosed.failed(at: i, quote: quote) { break }
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == UInt8(ascii: ">") {
                tag.isSelfClosing = i > start && utf8[i - 1] == UInt8(ascii: "/")
                tag.end = i + 1
                return tag
            }
            i += 1
        }
        unclosed.markFailed(utf8, from: attributesStart)
        return nil
    }

    /// The content of the element `name` opened just before `from`, and the index past its end tag
    /// (the end of the page when it is never closed).
    static func content(of name: String, in utf8: UnsafeBufferPointer<UInt8>, from: Int)
        -> (range: Range<Int>, after: Int)
    {
        let closing = Array("</\(name)".utf8)
        var i = from
        while let at = findCaseInsensitive(closing, in: utf8, from: i) {
            let next = at + closing.count
            if next >= utf8.count || !(isLetter(utf8[next]) || utf8[next] &- 0x30 < 10) {
                let end = utf8[next...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? utf8.count
                return (from..<at, end)
            }
            i = next
        }
        return (from..<utf8.count, utf8.count)
    }

    /// The range of the text of the `title` element inside `range`, if any.
    static func titleRange(in utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        let opening = Array("<title".utf8)
        let head = UnsafeBufferPointer(rebasing: utf8[range])
        var unclosed = UnclosedTagScans()
        guard let at = findCaseInsensitive(opening, in: head, from: 0),
              let tag = parse(head, at: at, unclosed: &unclosed), tag.name == "title" else { return nil }
        let content = content(of: "title", in: head, from: tag.end)
        return (range.lowerBound + content.range.lowerBound)..<(range.lowerBound + content.range.upperBound)
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }

    private static func find(_ needle: [UInt8], in utf8: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= utf8.count else { return nil }
        var i = from
        while i + needle.count <= utf8.count {
            if utf8[i] == needle[0] {
                var k = 1
                while k < needle.count, utf8[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ needle: [UInt8], in utf8: UnsafeBufferPointer<UInt8>, from: Int)
        -> Int?
    {
        guard needle.count <= utf8.count else { return nil }
        var i = from
        while i + needle.count <= utf8.count {
            if utf8[i] == needle[0] {
                var k = 1
                while k < needle.count, lower(utf8[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func lower(_ b: UInt8) -> UInt8 {
        b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }
}

/// The (position, quoting state) pairs from which the attribute scan of a tag is known to reach the end of the
/// page without a `>`; each pair is marked once, which keeps HTML reading linear.
struct UnclosedTagScans {
    /// One byte per position of the page (allocated at the first failure): bit 0 outside quotes, bit 1 inside
    /// `"`, bit 2 inside `'`.
    private var marks: [UInt8] = []

    private static func bit(_ quote: UInt8) -> UInt8 { quote == 0 ? 1 : quote == 0x22 ? 2 : 4 }

    /// Whether a scan at `i` in this quoting state is known to fail.
    func failed(at i: Int, quote: UInt8) -> Bool {
        i < marks.count && marks[i] & Self.bit(quote) != 0
    }

    /// Marks the pairs of a failed scan from `start` (outside quotes), stopping where they are already marked.
    mutating func markFailed(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) {
        if marks.isEmpty { marks = [UInt8](repeating: 0, count: utf8.count) }
        var quote: UInt8 = 0
        var i = start
        while i < utf8.count {
            let bit = Self.bit(quote)
            if marks[i] & bit != 0 { return }
            marks[i] |= bit
            let b = utf8[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            }
            i += 1
        }
    }
}
