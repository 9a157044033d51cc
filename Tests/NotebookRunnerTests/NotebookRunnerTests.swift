import Foundation
import Testing

/// The runner on small notebooks written here: matching, differing, status, standard error, update.
@Suite struct NotebookRunnerTests {
    /// A notebook whose two commands print what it records.
    static let matching = """
    # A notebook

    Some prose.

    ```sh run
    printf 'alpha\\nbeta\\n'
    ```

    ```output
    alpha
    beta
    ```

    A block that is only shown:

    ```sh
    echo not run
    ```

    ```sh run exit=3
    echo gamma; echo 'on stderr' >&2; exit 3
    ```

    ```output
    gamma
    ```

    ```stderr
    on stderr
    ```

    """

    @Test func passesWhenEveryOutputMatches() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try RunnerHarness.write(Self.matching, "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "\(path): 2 commands, output as recorded\n")
    }

    @Test func failsWithAUnifiedDiffWhenAnOutputLineChanged() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let altered = Self.matching.replacingOccurrences(of: "alpha\nbeta\n```", with: "alpha\nBETA\n```")
        #expect(altered != Self.matching)
        let path = try RunnerHarness.write(altered, "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(path):5: standard output differs from the recorded block:"))
        #expect(run.stdout.contains("""
        --- \(path):10 (recorded output)
        +++ standard output now
        @@ -1,2 +1,2 @@
         alpha
        -BETA
        +beta
        """))
        #expect(run.stdout.contains("$ printf 'alpha\\nbeta\\n'"))
        #expect(run.stdout.contains("1 of 2 commands differs"))
    }

    @Test func failsOnAnUnexpectedExitStatus() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try RunnerHarness.write(Self.matching.replacingOccurrences(of: "exit=3", with: "exit=4"), "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("exit status 3, expected 4"))
    }

    @Test func failsWhenStandardErrorIsNotRecorded() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.matching.replacingOccurrences(of: "\n```stderr\non stderr\n```\n", with: "")
        let path = try RunnerHarness.write(text, "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("standard error differs:"))
        #expect(run.stdout.contains("+on stderr"))
    }

    @Test func commandsRunInTheRootFolder() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("root"), withIntermediateDirectories: true)
        try RunnerHarness.write("here\n", "root/marker.txt", in: folder)
        let path = try RunnerHarness.write("```sh run\ncat marker.txt\n```\n\n```output\nhere\n```\n", "n.md", in: folder)
        #expect(try RunnerHarness.run([path, "--root", "root"], in: folder).status == 0)
        #expect(try RunnerHarness.run([path], in: folder).status == 1)
    }

    @Test func updateRecordsOutputsStatusAndStandardError() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Stale output, a missing output block, a missing stderr block and a stale status, a stale stderr block.
        let stale = """
        Intro.

        ```sh run
        echo one
        ```

        ```output
        uno
        ```

        ```sh run
        echo two
        ```

        Prose between.

        ```sh run
        echo three; echo warn >&2; exit 1
        ```

        ```output
        three
        ```

        ```sh run exit=1
        echo four
        ```

        ```output
        four
        ```

        ```stderr
        old warning
        ```

        End.

        """
        let expected = """
        Intro.

        ```sh run
        echo one
        ```

        ```output
        one
        ```

        ```sh run
        echo two
        ```

        ```output
        two
        ```

        Prose between.

        ```sh run exit=1
        echo three; echo warn >&2; exit 1
        ```

        ```output
        three
        ```

        ```stderr
        warn
        ```

        ```sh run
        echo four
        ```

        ```output
        four
        ```

        End.

        """
        let path = try RunnerHarness.write(stale, "n.md", in: folder)
        #expect(try RunnerHarness.run([path], in: folder).status == 1)
        let update = try RunnerHarness.run([path, "--update"], in: folder)
        #expect(update.status == 0, "\(update.stdout)\(update.stderr)")
        #expect(update.stdout == "\(path): 4 commands, updated\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        let again = try RunnerHarness.run([path], in: folder)
        #expect(again.status == 0, "\(again.stdout)")
        let idempotent = try RunnerHarness.run([path, "--update"], in: folder)
        #expect(idempotent.stdout == "\(path): 4 commands, unchanged\n")
    }

    @Test func refusesOutputThatCannotStandInMarkdown() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "```sh run\nprintf 'a;b\\r\\n'\n```\n\n```output\na;b\n```\n"
        let path = try RunnerHarness.write(text, "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("carriage returns"))
        let update = try RunnerHarness.run([path, "--update"], in: folder)
        #expect(update.status == 1)
        #expect(update.stdout.contains("\(path):1: the command's output cannot be recorded in Markdown: it contains carriage returns"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func anUnclosedFenceIsAUsageError() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try RunnerHarness.write("Text\n\n```sh run\necho hi\n", "n.md", in: folder)
        let run = try RunnerHarness.run([path], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):3: a fenced block opened here is never closed"))
    }

    @Test func aFolderRunsItsNotebooksInNameOrder() throws {
        let folder = try RunnerHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nb"), withIntermediateDirectories: true)
        try RunnerHarness.write("```sh run\necho b > order.txt\n```\n\n```output\n```\n", "nb/02-b.md", in: folder)
        try RunnerHarness.write("```sh run\necho a > order.txt\n```\n\n```output\n```\n", "nb/01-a.md", in: folder)
        try RunnerHarness.write("no commands\n", "nb/notes.txt", in: folder)
        let run = try RunnerHarness.run(["nb"], in: folder)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout == "nb/01-a.md: 1 command, output as recorded\nnb/02-b.md: 1 command, output as recorded\n")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("order.txt").path, encoding: .utf8) == "b\n")
    }
}
