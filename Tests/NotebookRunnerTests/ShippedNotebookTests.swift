import Foundation
import Testing

/// The runner on a copy of a shipped notebook: it passes as shipped, and fails with a readable diff once one recorded
/// line is altered. This is what `make test` relies on to catch a notebook that no longer matches its commands.
@Suite struct ShippedNotebookTests {
    /// The notebook copied: its outputs are exact (figures and conversions), so the debug build prints them too.
    static let notebook = "notebooks-md/01-articles-to-spreadsheet.md"

    /// A temporary repository root: the notebook's copy, the shipped datasets, and the built `chiffres` where the
    /// notebooks call it (`.build/release/chiffres`), here the build the tests run beside.
    static func makeRoot() throws -> URL {
        let root = try RunnerHarness.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent(".build/release"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("notebooks-md"), withIntermediateDirectories: true)
        let chiffres = try #require(RunnerHarness.executable("chiffres"), "build the chiffres product first (swift build)")
        try fm.createSymbolicLink(at: root.appendingPathComponent(".build/release/chiffres"), withDestinationURL: chiffres)
        try fm.createSymbolicLink(at: root.appendingPathComponent("datasets"),
                                  withDestinationURL: RunnerHarness.packageRoot.appendingPathComponent("datasets"))
        try fm.copyItem(at: RunnerHarness.packageRoot.appendingPathComponent(notebook),
                        to: root.appendingPathComponent(notebook))
        return root
    }

    @Test func anAlteredOutputLineFailsWithADiff() throws {
        let root = try Self.makeRoot()
        defer { try? FileManager.default.removeItem(at: root) }

        // As shipped, the copy passes: the recorded output is what the commands print.
        let clean = try RunnerHarness.run([Self.notebook], in: root)
        #expect(clean.status == 0, "the shipped notebook does not match its commands:\n\(clean.stdout)\(clean.stderr)")

        // Alter the first line of the first non-empty output block.
        let path = root.appendingPathComponent(Self.notebook).path
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let fence = try #require(lines.indices.first { lines[$0] == "```output" && lines[$0 + 1] != "```" },
                                 "the notebook has no recorded output to alter")
        let original = lines[fence + 1]
        lines[fence + 1] = original + " (altered)"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let run = try RunnerHarness.run([Self.notebook], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(Self.notebook): 1 of "))
        #expect(run.stdout.contains("standard output differs from the recorded block:"))
        #expect(run.stdout.contains("--- \(Self.notebook):\(fence + 2) (recorded output)\n+++ standard output now\n@@ "))
        #expect(run.stdout.contains("\n-\(original) (altered)\n+\(original)\n"))
        #expect(run.stdout.contains("make notebooks-update"))

        // Recording the output again restores the shipped notebook byte for byte.
        let update = try RunnerHarness.run([Self.notebook, "--update"], in: root)
        #expect(update.status == 0, "\(update.stdout)")
        let shipped = try String(contentsOf: RunnerHarness.packageRoot.appendingPathComponent(Self.notebook), encoding: .utf8)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == shipped)
    }
}
