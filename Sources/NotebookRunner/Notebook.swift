/// A Markdown notebook: its lines, and the cells it runs.
///
/// A cell is a fenced block whose info string is `sh run` (or `sh run exit=N` when the command is expected to end
/// with status N), followed, with only blank lines between, by an ```` ```output ```` block holding the standard
/// output the command printed, then optionally by a ```` ```stderr ```` block holding its standard error. Every
/// other part of the file is prose and is left untouched.
struct Notebook {
    /// The file's lines, each with its line ending (the last line may have none).
    var lines: [Substring]
    /// The cells, in file order.
    var cells: [Cell]

    /// Reads a notebook from its text.
    ///
    /// - Throws: ``NotebookError`` when a fence is left open or a cell's info string cannot be read.
    init(text: String, path: String) throws {
        lines = Notebook.splitLines(text)
        let blocks = try Notebook.fencedBlocks(in: lines, path: path)
        var cells: [Cell] = []
        var k = 0
        while k < blocks.count {
            let block = blocks[k]
            k += 1
            guard let info = block.info.split(separator: " ").first, info == "sh",
                  block.info.split(separator: " ").dropFirst().first == "run" else { continue }
            let status = try Notebook.expectedStatus(block, path: path)
            var cell = Cell(command: block, expectedStatus: status)
            if k < blocks.count, blocks[k].info == "output", Notebook.onlyBlankLines(lines, between: block, and: blocks[k]) {
                cell.output = blocks[k]
                k += 1
            }
            let previous = cell.output ?? cell.command
            if k < blocks.count, blocks[k].info == "stderr", Notebook.onlyBlankLines(lines, between: previous, and: blocks[k]) {
                cell.stderr = blocks[k]
                k += 1
            }
            cells.append(cell)
        }
        self.cells = cells
    }

    /// The text of lines `range`, joined as they stand in the file.
    func text(_ range: Range<Int>) -> String {
        lines[range].joined()
    }

    /// Whether only blank lines separate two blocks.
    private static func onlyBlankLines(_ lines: [Substring], between a: FencedBlock, and b: FencedBlock) -> Bool {
        lines[a.lines.upperBound..<b.lines.lowerBound].allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// The status a `sh run` block expects: 0, or N from an `exit=N` word.
    private static func expectedStatus(_ block: FencedBlock, path: String) throws -> Int32 {
        var status: Int32 = 0
        for word in block.info.split(separator: " ").dropFirst(2) {
            guard word.hasPrefix("exit="), let n = Int32(word.dropFirst(5)) else {
                throw NotebookError(path: path, line: block.lines.lowerBound + 1,
                                    message: "unknown word '\(word)' after 'sh run' (only exit=N is understood)")
            }
            status = n
        }
        return status
    }

    /// Splits text into lines that keep their line endings.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == "\n" || text[i] == "\r\n" {
                lines.append(text[start..<next])
                start = next
            }
            i = next
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// Every fenced block (backtick fences of three or more, CommonMark style) in the lines.
    static func fencedBlocks(in lines: [Substring], path: String) throws -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var open: (line: Int, ticks: Int, info: String)?
        for (n, raw) in lines.enumerated() {
            let line = raw.trimmingLineEnd()
            let ticks = line.prefix { $0 == "`" }.count
            if let o = open {
                if ticks >= o.ticks, line.dropFirst(ticks).allSatisfy({ $0 == " " }) {
                    blocks.append(FencedBlock(lines: o.line..<(n + 1), info: o.info, fence: o.ticks))
                    open = nil
                }
            } else if ticks >= 3 {
                let info = line.dropFirst(ticks).split(separator: " ").joined(separator: " ")
                open = (n, ticks, info)
            }
        }
        if let o = open {
            throw NotebookError(path: path, line: o.line + 1, message: "a fenced block opened here is never closed")
        }
        return blocks
    }
}

/// A fenced block: its lines from the opening fence to the closing fence, both included.
struct FencedBlock {
    /// The line numbers (0-based) of the whole block, fences included.
    var lines: Range<Int>
    /// The info string after the opening fence, single-spaced (`sh run`, `output`).
    var info: String
    /// The number of backticks of the opening fence.
    var fence: Int

    /// The lines between the fences.
    var content: Range<Int> { (lines.lowerBound + 1)..<(lines.upperBound - 1) }
}

/// A command to run with the output it is expected to print.
struct Cell {
    /// The `sh run` block.
    var command: FencedBlock
    /// The exit status the command must end with.
    var expectedStatus: Int32
    /// The recorded standard output, if the notebook has one.
    var output: FencedBlock?
    /// The recorded standard error, if the notebook has one (none means: nothing on standard error).
    var stderr: FencedBlock?
}

/// A notebook that cannot be read.
struct NotebookError: Error, CustomStringConvertible {
    /// The notebook's path as given.
    var path: String
    /// The 1-based line.
    var line: Int
    /// What is wrong.
    var message: String

    var description: String { "\(path):\(line): \(message)" }
}

extension Substring {
    /// The line without its `\n` or `\r\n`.
    func trimmingLineEnd() -> Substring {
        var s = self
        while let last = s.last, last == "\n" || last == "\r\n" || last == "\r" { s = s.dropLast() }
        return s
    }
}
