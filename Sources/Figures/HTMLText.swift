/// The readable text of an HTML page.
///
/// Tags are removed; `script`, `style`, `noscript`, `template`, `svg` and `head` elements are
/// dropped with their content (a `title` is kept as the first line); comments, CDATA and
/// doctype disappear; block elements (`p`, `div`, `br`, headings, list items, table rows, …)
/// end a line, so that sentences of different blocks never run together; character references
/// (`&amp;`, `&eacute;`, `&#8239;`, `&#x20AC;`) are decoded; runs of spaces collapse to one and
/// blank lines to one. Unknown entities are kept as written. Malformed markup never fails:
/// an unclosed `<` at the end is kept as text.
public enum HTMLText {
    /// The text of an HTML document.
    ///
    /// - Parameter html: The page, as a string.
    /// - Returns: The text a reader sees, with one line per block.
    public static func plainText(from html: String) -> String {
        var html = html
        return html.withUTF8 { plainText(utf8: $0) }
    }

    /// The text of an HTML document given as UTF-8 bytes; see ``plainText(from:)``.
    ///
    /// - Parameter utf8: The page, as UTF-8 (invalid sequences are replaced by U+FFFD).
    /// - Returns: The text a reader sees.
    public static func plainText(utf8: UnsafeBufferPointer<UInt8>) -> String {
        var out = TextBuilder(capacity: utf8.count)
        var unclosed = UnclosedTagScans()
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b == UInt8(ascii: "<") {
                guard let tag = HTMLTag.parse(utf8, at: i, unclosed: &unclosed) else {
                    out.append(b)
                    i += 1
                    continue
                }
                i = tag.end
                guard let name = tag.name, !tag.isClosing else {
                    if let name = tag.name, let breaks = HTMLTag.blocks[name] { out.breakLine(breaks) }
                    continue
                }
                if !tag.isSelfClosing, HTMLTag.droppedWithContent.contains(name) {
                    let content = HTMLTag.content(of: name, in: utf8, from: i)
                    i = content.after
                    if name == "title" {
                        out.appendHTML(UnsafeBufferPointer(rebasing: utf8[content.range]))
                        out.breakLine(1)
                    } else if name == "head", let title = HTMLTag.titleRange(in: utf8, content.range) {
                        out.appendHTML(UnsafeBufferPointer(rebasing: utf8[title]))
                        out.breakLine(1)
                    }
                } else if name == "br" {
                    out.lineBreak()
                } else if let breaks = HTMLTag.blocks[name] {
                    out.breakLine(breaks)
                } else if HTMLTag.cells.contains(name) {
                    out.append(0x20)
                }
            } else if b == UInt8(ascii: "&") {
                let (scalar, end) = HTMLEntities.decode(utf8, at: i)
                if let scalar {
                    out.append(scalar: scalar)
                    i = end
                } else {
                    out.append(b)
                    i += 1
                }
            } else {
                out.append(b)
                i += 1
            }
        }
        return out.finish()
    }
}

/// Collects the text, collapsing whitespace as a browser does.
struct TextBuilder {
    // Invalid UTF-8 in the page becomes U+FFFD in `finish()`.
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreaks = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ b: UInt8) {
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
            pendingSpace = true
            return
        }
        flushPending()
        bytes.append(b)
    }

    mutating func append(scalar: Unicode.Scalar) {
        if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            pendingSpace = true
            return
        }
        flushPending()
        bytes.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
    }

    /// Appends text that may hold character references but no tags (a title).
    mutating func appendHTML(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "&") {
                let (scalar, end) = HTMLEntities.decode(utf8, at: i)
                if let scalar {
                    append(scalar: scalar)
                    i = end
                    continue
                }
            }
            append(utf8[i])
            i += 1
        }
    }

    /// Ends the current block: `1` ends the line, `2` leaves a blank line (a paragraph).
    mutating func breakLine(_ breaks: Int) {
        guard !bytes.isEmpty else { return }
        pendingBreaks = max(pendingBreaks, breaks)
        pendingSpace = false
    }

    /// A `<br>`: one more line end (at most one blank line in a row).
    mutating func lineBreak() {
        guard !bytes.isEmpty else { return }
        pendingBreaks = min(2, pendingBreaks + 1)
        pendingSpace = false
    }

    private mutating func flushPending() {
        if pendingBreaks > 0 {
            if !bytes.isEmpty { bytes.append(contentsOf: repeatElement(0x0A, count: pendingBreaks)) }
            pendingBreaks = 0
            pendingSpace = false
        } else if pendingSpace {
            if !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
        }
    }

    func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
