import ArgumentParser

/// The checks of `--format xlsx` before anything runs.
enum WorkbookOutputCheck {
    /// A workbook needs a file: never standard output or a terminal.
    static func validate(_ output: String?) throws {
        guard let output, output != "-" else {
            throw ValidationError(
                "--format xlsx writes a binary workbook, never to standard output or a terminal; give --output FILE.xlsx.")
        }
    }
}
