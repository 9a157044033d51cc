import Figures

/// Why an input could not be read: what, where, and what to do.
struct InputError: Error, CustomStringConvertible {
    /// What went wrong.
    enum Reason: Error {
        case missing
        case unreadable(String)
        case empty
        case binary(offset: Int)
        case utf16
        case invalidUTF8(offset: Int)
        case jsonLine(line: Int, JSONLineError)
        case jsonLineBinary(line: Int, column: Int)
        case unreadableFolder(String)
        case readFailed(String)
        /// A device, FIFO or socket named as an input.
        case notRegular(String)
        /// A document (a file, or standard input) larger than the limit.
        case tooLarge(limit: Int)
        /// A JSON line longer than the limit (skipped; the next lines are read).
        case lineTooLong(line: Int, limit: Int)
        /// A line of a plain text longer than the part a text is read in (skipped; the rest of the text is read).
        case textLineTooLong(offset: Int, limit: Int)
        /// A JSON `date` that cannot be read (the article is kept, without that date).
        case unreadableDate(line: Int, value: String)
        /// Not UTF-8 and no UTF-8 sequence at all: read as Windows-1252 (a warning; the text is kept).
        case readAsWindows1252(firstOffset: Int)
        /// Invalid UTF-8 bytes replaced by U+FFFD (a warning; the rest of the text is kept).
        case invalidBytesReplaced(offsets: [Int], count: Int)
    }

    /// The path as the user gave it (or `-`).
    var path: String
    var reason: Reason

    var description: String {
        let place = path == "-" ? "standard input (-)" : path
        let what: String
        switch reason {
        case .missing:
            what = "no such file or folder; check the path"
        case .unreadable(let cause):
            what = "cannot open (\(cause)); check the path and its permissions"
        case .unreadableFolder(let cause):
            what = "cannot list the folder (\(cause)); check its permissions"
        case .readFailed(let cause):
            what = "reading failed (\(cause))"
        case .notRegular(let kind):
            what = FileIO.notRegularMessage(kind)
        case .tooLarge(let limit):
            what = "larger than \(limit >> 20) MiB, the most one document may hold; split it into smaller files "
                + "(or JSON Lines, one article per line)"
        case .readAsWindows1252(let offset):
            what = "not UTF-8 (byte offset \(offset)); read as Windows-1252 (Latin-1). Say --encoding windows-1252 "
                + "to read it so without this warning, or save the file as UTF-8"
        case .invalidBytesReplaced(let offsets, let count):
            let shown = offsets.map(String.init).joined(separator: ", ")
            what = "\(count) invalid UTF-8 byte\(count == 1 ? "" : "s") at byte offset\(count == 1 ? "" : "s") \(shown)"
                + (count > offsets.count ? " and \(count - offsets.count) more" : "")
                + ", replaced by U+FFFD; the rest of the text was read (save the file as UTF-8, or give --encoding)"
        case .unreadableDate(let line, let value):
            return "\(place):\(line): the date \"\(value)\" cannot be read; the article is kept without it (write "
                + "YYYY-MM-DD, YYYY-MM, YYYY, an ISO date-time or a date such as 12 February 2025)"
        case .lineTooLong(let line, let limit):
            return "\(place):\(line): the line is longer than \(limit >> 20) MiB, the most one JSON line may hold; "
                + "it was skipped (split the article, or check the file's line ends)"
        case .textLineTooLong(let offset, let limit):
            what = "a line longer than \(limit >> 20) MiB at byte offset \(offset) was skipped (a long text is read in "
                + "parts cut at line ends); the rest of the text was read. Check that the file is text with line ends"
        case .empty:
            what = path == "-"
                ? "nothing came in; nothing to extract"
                : "the file is empty or blank; nothing to extract (remove it or give a file with text)"
        case .binary(let offset):
            what = "a binary file (NUL byte at byte offset \(offset)), not text; give .txt, .md, .html or .jsonl files"
        case .utf16:
            what = "the file is UTF-16; save it as UTF-8 (iconv -f UTF-16 -t UTF-8)"
        case .invalidUTF8(let offset):
            what = "invalid UTF-8 at byte offset \(offset); save the file as UTF-8 (iconv -f LATIN1 -t UTF-8 if it is Latin-1)"
        case .jsonLine(let line, let error):
            return "\(place):\(line): \(error)"
        case .jsonLineBinary(let line, let column):
            return "\(place):\(line): a NUL byte at column \(column); a JSON Lines file holds text only"
        }
        return "\(place): \(what)"
    }
}
