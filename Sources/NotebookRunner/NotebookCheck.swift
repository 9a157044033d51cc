import Foundation

/// Runs a notebook's cells and compares what they print with what the notebook records.
struct NotebookCheck {
    /// The notebook's path as shown in messages.
    var path: String
    /// The notebook.
    var notebook: Notebook
    /// What each cell printed, in cell order.
    var results: [CommandResult]

    /// Runs every cell of `notebook`, in order, in `root`.
    ///
    /// - Throws: When a command cannot be started.
    init(path: String, notebook: Notebook, root: URL) throws {
        self.path = path
        self.notebook = notebook
        results = try notebook.cells.map { cell in
            try ShellCommand.run(notebook.text(cell.command.content), in: root)
        }
    }

    /// The problems found: one readable report per cell that does not match, empty when all match.
    var failures: [String] {
        zip(notebook.cells, results).compactMap { cell, result in report(cell, result) }
    }

    /// The report of one cell, or nil when its status, output and standard error match.
    private func report(_ cell: Cell, _ result: CommandResult) -> String? {
        let line = cell.command.lines.lowerBound + 1
        var parts: [String] = []
        if let reason = Self.unrecordable(result) {
            parts.append("the command's output cannot be recorded in Markdown: \(reason)")
        }
        if result.status != cell.expectedStatus {
            parts.append("exit status \(result.status), expected \(cell.expectedStatus)"
                         + (cell.expectedStatus == 0 ? "" : " (sh run exit=\(cell.expectedStatus))"))
        }
        if let output = cell.output {
            let recorded = notebook.text(output.content)
            let diff = UnifiedDiff.make(old: recorded, new: result.stdout,
                                        oldName: "\(path):\(output.lines.lowerBound + 2) (recorded output)",
                                        newName: "standard output now")
            if !diff.isEmpty { parts.append("standard output differs from the recorded block:\n" + diff) }
        } else {
            parts.append("no ```output block follows the command (make notebooks-update records it)")
        }
        let recordedErr = cell.stderr.map { notebook.text($0.content) } ?? ""
        let diff = UnifiedDiff.make(old: recordedErr, new: result.stderr,
                                    oldName: cell.stderr.map { "\(path):\($0.lines.lowerBound + 2) (recorded stderr)" }
                                        ?? "(no ```stderr block: nothing expected on standard error)",
                                    newName: "standard error now")
        if !diff.isEmpty { parts.append("standard error differs:\n" + diff) }
        guard !parts.isEmpty else { return nil }
        let command = notebook.text(cell.command.content).split(separator: "\n").map { "$ \($0)" }.joined(separator: "\n")
        return "\(path):\(line): \(parts.joined(separator: "\n"))\n\(command)"
    }

    /// The cells whose output cannot be recorded, each as `path:line: reason` (what `--update` leaves as it is).
    var unrecordable: [String] {
        zip(notebook.cells, results).compactMap { cell, result in
            Self.unrecordable(result).map {
                "\(path):\(cell.command.lines.lowerBound + 1): the command's output cannot be recorded in Markdown: \($0)"
            }
        }
    }

    /// Why a command's output cannot stand in a Markdown block, or nil when it can.
    static func unrecordable(_ result: CommandResult) -> String? {
        if result.invalidUTF8 { return "it holds bytes that are not UTF-8 (show them with od -c)" }
        return unrecordable(result.stdout) ?? unrecordable(result.stderr)
    }

    /// Why a text cannot stand in a Markdown block, or nil when it can.
    private static func unrecordable(_ text: String) -> String? {
        if text.contains("\r") || text.contains("\r\n") {
            return "it contains carriage returns (show such bytes with od -c, or remove them with tr -d '\\r')"
        }
        if text.unicodeScalars.contains(where: { $0.value == 0xFEFF }) {
            return "it contains a byte-order mark (show it with od -c, or skip it with tail -c +4)"
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
            return "it contains control characters"
        }
        if text.split(separator: "\n").contains(where: { $0.hasPrefix("```") }) {
            return "a line starts with ```, which would close the block"
        }
        return nil
    }
}
