import Foundation
import Testing

/// What `make install` puts beside the binary: the man page and the shell completions stay in step with the commands.
@Suite struct InstallTests {
    /// The subcommands `chiffres --help` lists.
    static func subcommands() throws -> [String] {
        let help = try MoneyCLI.run(["--help"])
        #expect(help.status == 0)
        let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        // Each command starts a line with two spaces; the list ends at the first blank line.
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), line.dropFirst(2).first?.isLetter == true else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    @Test func manPageNamesEveryCommand() throws {
        let commands = try Self.subcommands()
        #expect(commands == ["extract", "convert", "rates", "trend", "project", "backtest", "validate"])
        let page = try String(contentsOf: MoneyCLI.root.appendingPathComponent("docs/chiffres.1"), encoding: .utf8)
        for command in commands {
            #expect(page.contains(".B chiffres \(command)\n"), "the SYNOPSIS of docs/chiffres.1 shows \(command)")
            #expect(page.contains(".B \(command)\n"), "COMMANDS of docs/chiffres.1 describes \(command)")
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsCompleteEveryCommand(shell: String) throws {
        let run = try MoneyCLI.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        for command in try Self.subcommands() {
            #expect(run.stdout.contains(command), "the \(shell) completion offers \(command)")
        }
    }

    @Test func everyCommandHelpHasExamplesAndNoDoubledDefault() throws {
        for command in try Self.subcommands() {
            let help = try MoneyCLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("\nExamples:\n  chiffres \(command)"), "chiffres \(command) --help shows examples")
            // ArgumentParser appends "(default: X)"; a help text that says its default too shows it twice.
            let flat = help.stdout.replacingOccurrences(of: "\n", with: " ")
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(!flat.contains("(default) "), "chiffres \(command) --help: a default said in the help text")
            #expect(!Self.saysDefaultTwice(flat), "chiffres \(command) --help: a default said twice")
        }
    }

    /// Whether an option's help says "default" and is then followed by ArgumentParser's own "(default: …)".
    static func saysDefaultTwice(_ flat: String) -> Bool {
        for option in flat.components(separatedBy: " --").dropFirst() {
            let lower = option.lowercased()
            let said = lower.components(separatedBy: "default").count - 1
            if said > 1 && lower.contains("(default: ") { return true }
        }
        return false
    }
}
