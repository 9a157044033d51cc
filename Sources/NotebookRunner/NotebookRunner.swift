import ArgumentParser
import Foundation

/// Executes the commands of Markdown notebooks and checks that they still print what the notebooks record.
@main
struct NotebookRunner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "NotebookRunner",
        abstract: "Run the commands of Markdown notebooks and compare what they print with the recorded output.",
        discussion: """
        A command is a fenced block marked ```sh run (or ```sh run exit=N when it must end with status N). The block \
        after it, ```output, holds its standard output; an optional ```stderr block after that holds its standard \
        error (without one, nothing may be written on standard error). Each command runs with bash -c in the root \
        folder, cells in file order, with LC_ALL=C and TZ=UTC.

        On a difference the runner prints the notebook's path and line, a unified diff (- recorded, + now) and the \
        command, and exits with status 1. --update rewrites the recorded blocks instead. Exit status 2: a usage \
        error or a notebook that cannot be read.
        """
    )

    @Argument(help: "Notebooks (.md) or folders of notebooks.")
    var paths: [String] = ["notebooks-md"]

    @Option(help: "The folder the commands run in.")
    var root: String = "."

    @Flag(help: "Rewrite the recorded output of every command with what it prints now.")
    var update = false

    mutating func run() throws {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let files = try notebookFiles()
        var failed = 0
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw RunnerFailure("\(file): cannot be read as UTF-8 text (\(error.localizedDescription))")
            }
            let notebook: Notebook
            do {
                notebook = try Notebook(text: text, path: file)
            } catch {
                throw RunnerFailure("\(error)")
            }
            let check = try NotebookCheck(path: file, notebook: notebook, root: rootURL)
            if update {
                let updated = check.updatedText()
                if updated != text {
                    try updated.write(toFile: file, atomically: true, encoding: .utf8)
                }
                print("\(file): \(commands(notebook.cells.count)), \(updated == text ? "unchanged" : "updated")")
                for report in check.unrecordable { print(report) }
                failed += check.unrecordable.count
                continue
            }
            let failures = check.failures
            if failures.isEmpty {
                print("\(file): \(commands(notebook.cells.count)), output as recorded")
            } else {
                print("\(file): \(failures.count) of \(commands(notebook.cells.count)) \(failures.count == 1 ? "differs" : "differ")\n")
                for report in failures { print(report + "\n") }
                failed += failures.count
            }
        }
        if failed > 0 {
            if !update { print("\(commands(failed)) \(failed == 1 ? "differs" : "differ"); after an intended change run: make notebooks-update") }
            throw ExitCode(1)
        }
    }

    /// "1 command", "2 commands".
    private func commands(_ n: Int) -> String { n == 1 ? "1 command" : "\(n) commands" }

    /// The notebooks named by `paths`: files as given, folders' `.md` files in sorted order.
    private func notebookFiles() throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw RunnerFailure("\(path): no such file or folder")
            }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted()
                files += names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
            } else {
                files.append(path)
            }
        }
        if files.isEmpty { throw RunnerFailure("no notebooks (.md files) in \(paths.joined(separator: ", "))") }
        return files
    }
}

/// A usage problem or an unreadable notebook: printed on standard error, exit status 2.
struct RunnerFailure: Error, CustomStringConvertible {
    /// What went wrong and where.
    var description: String

    init(_ description: String) { self.description = description }
}

extension NotebookRunner {
    /// Runs the command, mapping ``RunnerFailure`` to exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as RunnerFailure {
            FileHandle.standardError.write(Data("NotebookRunner: \(failure)\n".utf8))
            exit(withError: ExitCode(2))
        } catch where exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data(fullMessage(for: error).utf8 + [10]))
            exit(withError: ExitCode(2))
        } catch {
            exit(withError: error)
        }
    }
}
