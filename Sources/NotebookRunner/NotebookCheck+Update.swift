extension NotebookCheck {
    /// The notebook's text with every cell's recorded status, output and standard error replaced by what the commands
    /// printed; prose and commands are kept byte for byte.
    ///
    /// A missing ```` ```output ```` block is added after its command; a ```` ```stderr ```` block is added when the
    /// command wrote on standard error and removed when it no longer does; the `exit=N` word of the command's info
    /// string follows the status. Cells whose output cannot stand in Markdown (see ``unrecordable``) are left
    /// as they are.
    func updatedText() -> String {
        var edits: [(lines: Range<Int>, text: String)] = []
        for (cell, result) in zip(notebook.cells, results) {
            if Self.unrecordable(result) != nil { continue }
            let nl = lineEnding(of: cell.command)
            let ticks = String(repeating: "`", count: cell.command.fence)
            let info = result.status == 0 ? "sh run" : "sh run exit=\(result.status)"
            if info != cell.command.info {
                edits.append((cell.command.lines.lowerBound..<(cell.command.lines.lowerBound + 1), ticks + info + nl))
            }
            let stdout = Self.blockContent(result.stdout, nl)
            let stderr = Self.blockContent(result.stderr, nl)
            if let output = cell.output {
                edits.append((output.content, stdout))
            }
            let added = cell.output == nil ? "\(nl)```output\(nl)\(stdout)```\(nl)" : ""
            let after = (cell.output ?? cell.command).lines.upperBound
            if let block = cell.stderr {
                if result.stderr.isEmpty {
                    // Remove the block and the blank lines that set it apart.
                    edits.append((after..<block.lines.upperBound, added))
                } else {
                    if !added.isEmpty { edits.append((after..<after, added)) }
                    edits.append((block.content, stderr))
                }
            } else if result.stderr.isEmpty {
                if !added.isEmpty { edits.append((after..<after, added)) }
            } else {
                edits.append((after..<after, added + "\(nl)```stderr\(nl)\(stderr)```\(nl)"))
            }
        }
        var out = ""
        var line = 0
        for edit in edits.sorted(by: { $0.lines.lowerBound < $1.lines.lowerBound }) {
            out += notebook.text(line..<edit.lines.lowerBound)
            out += edit.text
            line = max(line, edit.lines.upperBound)
        }
        out += notebook.text(line..<notebook.lines.count)
        return out
    }

    /// The line ending the notebook uses at a block (`\n` unless the file uses `\r\n`).
    private func lineEnding(of block: FencedBlock) -> String {
        notebook.lines[block.lines.lowerBound].hasSuffix("\r\n") ? "\r\n" : "\n"
    }

    /// A command's output as the lines of a fenced block: each line ended by `nl`.
    private static func blockContent(_ text: String, _ nl: String) -> String {
        guard !text.isEmpty else { return "" }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + nl }.joined()
    }
}
