import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile inputs: each gets a message that names the file, line or byte, keeps the other inputs' rows, leaves no
/// partial output file and stays within bounded memory. The inputs are small versions of the full-size
/// reproducers of scripts/hostile/run.sh (the cases scale linearly); no assertion is on time.
@Suite struct HostileInputTests {
    /// The most memory (max RSS of any child so far, in KB) a run may take: a debug build on inputs of a few MB.
    static let memoryBudgetKB = 1 << 20

    /// The largest resident set of the children run so far, in KB.
    static func childPeakKB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Int(usage.ru_maxrss)
    }

    /// Runs `chiffres` through the shell with standard output sent to `target` (e.g. /dev/full), and standard input
    /// read from a file (so that a large input never meets a closed pipe in the test process).
    static func runRedirected(_ arguments: [String], stdoutTo target: String, stdinFrom source: String = "/dev/null",
                              in folder: URL) throws -> (Int32, String) {
        let binary = try #require(Chiffres.binary)
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", quoted.joined(separator: " ") + " > " + target + " < " + source]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    @Test("Number words that overflow are a warning, not a crash; the other file's rows and --output are kept")
    func numberWordOverflow() throws {
        let scratch = try Scratch([
            "cent.txt": "cent cent cent cent cent cent cent cent cent cent euros\n",
            "hundred.txt": "The army said that it spent hundred hundred hundred hundred hundred hundred hundred hundred "
                + "hundred hundred dollars in the year.\n",
            "good.txt": "Le budget a augmenté de 5 % cette année.\n",
        ])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "cent.txt", "hundred.txt", "good.txt", "--output", "out.csv"],
                                      in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cent.txt: a number too large to read exactly"))
        #expect(result.stderr.contains("hundred.txt: a number too large to read exactly"))
        #expect(result.stderr.contains("'cent cent cent"))
        let out = String(decoding: scratch.read("out.csv") ?? [], as: UTF8.self)
        #expect(out.contains("good.txt,"))
        #expect(scratch.contents() == ["cent.txt", "good.txt", "hundred.txt", "out.csv"])  // no temporary file left
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("Digits past 18 significant ones are reported with their offset")
    func tooManyDigits() throws {
        let result = try Chiffres.run(["extract", "-q", "-"], in: FileManager.default.temporaryDirectory,
                                      stdin: Array("Il reste 12345678901234567890 euros et 3 %.\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("'12345678901234567890' at offset 9"))
        #expect(result.output.contains(",3 %,percent,3,"))
    }

    @Test("trend and project: huge values and years far from now fail their series only, with a message each")
    func trendBounds() throws {
        let csv = """
            series,year,value
            huge,2000,1e160
            huge,2001,2e160
            huge,2002,3e160
            far,-9200000000000000000,1
            far,9200000000000000000,2
            negative,-1000000000000,1
            negative,2000,2
            wide,1,1
            wide,100000000,2
            fine,2000,1
            fine,2001,2
            fine,2002,3.5

            """
        let scratch = try Scratch(["s.csv": csv])
        defer { scratch.remove() }
        let trend = try Chiffres.run(["trend", "s.csv"], in: scratch.url)
        #expect(trend.status == 1)
        #expect(trend.stderr.contains("series 'huge': line 2: the value for 2000 is beyond ±1e100"))
        #expect(trend.stderr.contains("series 'far': line 5: year -9200000000000000000 is outside 1–9999"))
        #expect(trend.stderr.contains("series 'negative': line 7: year -1000000000000 is outside 1–9999"))
        #expect(trend.stderr.contains("series 'wide': line 10: year 100000000 is outside 1–9999"))
        #expect(trend.output.contains("fine,linear,3,1,2000,2002,"))
        #expect(trend.output.contains("fine,holt,3,"))
        let project = try Chiffres.run(["project", "s.csv", "--to", "2030", "--model", "holt"], in: scratch.url)
        #expect(project.status == 1)
        #expect(project.output.contains("fine,holt,2030,"))
        #expect(project.stderr.contains("series 'wide'"))
        let far = try Chiffres.run(["project", "s.csv", "--to", "1000000"], in: scratch.url)
        #expect(far.status == 2)
        #expect(far.stderr.contains("--to must be a year from 1 to 9999"))
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("The sentence cell is capped with … and rows are flushed as they go")
    func sentenceCap() throws {
        let figures = String(repeating: "5 % ", count: 20_000)  // 80 KB, one sentence
        let scratch = try Scratch(["p.txt": figures + "\n"])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "p.txt", "--format", "jsonl"], in: scratch.url)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 20_000)
        let longest = lines.map { $0.utf8.count }.max() ?? 0
        #expect(longest < 1_400)
        #expect(lines[10_000].contains("…"))
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("Devices and FIFOs given as inputs are refused without blocking; the other inputs still give rows")
    func nonRegularInputs() throws {
        let scratch = try Scratch(["good.txt": "Hausse de 5 %.\n"])
        defer { scratch.remove() }
        let fifo = scratch.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try Chiffres.run(["extract", "-q", "/dev/zero", "pipe.txt", "good.txt"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("chiffres: /dev/zero: a character device, not a file"))
        #expect(result.stderr.contains("chiffres: pipe.txt: a FIFO (named pipe), not a file"))
        #expect(result.output.contains("good.txt,"))
    }

    @Test("HTML with thousands of unclosed tags and a huge word before figures are read whole")
    func quadraticShapes() throws {
        let html = "<p>Le déficit atteint 3 %.</p>" + String(repeating: "<a", count: 50_000) + " puis 4 %."
        let word = String(repeating: "a", count: 1_000_000) + ". " + String(repeating: "Hausse de 5 %. ", count: 200)
        let scratch = try Scratch(["a.html": html, "w.txt": word])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "a.html", "w.txt"], in: scratch.url)
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\n")
        #expect(rows.filter { $0.hasPrefix("a.html,") }.count >= 1)
        #expect(rows.filter { $0.hasPrefix("w.txt,") }.count == 200)
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("A JSON line over 16 MiB, or a text line over 16 MiB, is skipped and named; the rest is read")
    func oversizedDocuments() throws {
        let long = "{\"id\": \"big\", \"text\": \"" + String(repeating: "x", count: 17 << 20) + "\"}\n"
        let scratch = try Scratch([
            "big.jsonl": Array((long + #"{"id": "small", "text": "Hausse de 5 %."}"# + "\n").utf8),
        ])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "big.jsonl"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("big.jsonl:1: the line is longer than 16 MiB"))
        #expect(result.output.contains("small,"))
        try scratch.write("big.txt", Array(repeating: 0x61, count: 17 << 20))
        let (status, errors) = try Self.runRedirected(["extract", "-q", "-"], stdoutTo: "/dev/null", stdinFrom: "big.txt",
                                                      in: scratch.url)
        #expect(status == 1)
        #expect(errors.contains("standard input (-): a line longer than 16 MiB at byte offset 0 was skipped"))
        #expect(!errors.contains("nothing came in"))
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("A text file over 16 MiB is read in parts: its rows carry its name and offsets in the whole file")
    func largeTextInParts() throws {
        let paragraph = Array("Le présent article s’applique à compter de la publication du décret.\n\n".utf8)
        let scalarsPerParagraph = paragraph.filter { $0 & 0xC0 != 0x80 }.count
        let count = (17 << 20) / paragraph.count + 1
        var text: [UInt8] = []
        text.reserveCapacity(count * paragraph.count + 64)
        for _ in 0..<count { text += paragraph }
        text += Array("La taxe passe à 5 %.\n".utf8)
        let scratch = try Scratch(["large.txt": text])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "large.txt"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.output.split(separator: "\n")
        #expect(rows.count == 2)
        let start = count * scalarsPerParagraph + "La taxe passe à ".unicodeScalars.count
        #expect(rows.last?.hasPrefix("large.txt,\(start),\(start + 3),5 %,percent,5,") == true)
        #expect(Self.childPeakKB() < Self.memoryBudgetKB)
    }

    @Test("A rates CSV with thousands of currencies or implausible dates is refused with line and column")
    func ratesBounds() throws {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var codes: [String] = []
        for a in letters { for b in letters { codes.append("X\(a)\(b)") } }
        let many = "Date," + codes.joined(separator: ",") + "\n2024-01-02," + Array(repeating: "1", count: codes.count)
            .joined(separator: ",") + "\n"
        let old = "Date,USD,\n2024-01-02,1.1,\n0001-01-01,1.2,\n"
        let scratch = try Scratch(["many.csv": many, "old.csv": old])
        defer { scratch.remove() }
        let wide = try Chiffres.run(["rates", "--check", "many.csv"], in: scratch.url)
        #expect(wide.status != 0)
        #expect(wide.stderr.contains("many.csv: line 1, column "))
        #expect(wide.stderr.contains("more than 300 currency columns"))
        let dates = try Chiffres.run(["rates", "--check", "old.csv"], in: scratch.url)
        #expect(dates.status != 0)
        #expect(dates.stderr.contains("old.csv: line 3, column 1: 0001-01-01 is outside 1950-01-01 to 2100-12-31"))
    }

    @Test("--output refuses an input under another name, a link, a device; the input is unchanged")
    func outputTargets() throws {
        let text = "Hausse de 5 %.\n"
        let scratch = try Scratch(["in.txt": text, "d/a.txt": text, "s.csv": "series,year,value\na,2000,1\na,2001,2\n"])
        defer { scratch.remove() }
        #expect(symlink("in.txt", scratch.url.appendingPathComponent("link.csv").path) == 0)
        #expect(link(scratch.url.appendingPathComponent("in.txt").path, scratch.url.appendingPathComponent("hard.csv").path) == 0)
        #expect(mkfifo(scratch.url.appendingPathComponent("out.fifo").path, 0o644) == 0)
        let cases: [([String], String)] = [
            (["extract", "in.txt", "--output", "./in.txt"], "is the same file as the input in.txt"),
            (["extract", "in.txt", "--output", "hard.csv"], "is the same file as the input in.txt"),
            (["extract", "in.txt", "--output", "link.csv"], "is a symbolic link"),
            // A FIFO stands for every non-regular file: a test must never risk replacing a real device.
            (["extract", "in.txt", "--output", "out.fifo"], "is a FIFO (named pipe), not a regular file"),
            (["extract", "d", "--output", "d/a.txt"], "is the same file as the input d/a.txt"),
            (["validate", "in.txt", "--report", "./in.txt"], "is the same file as the input in.txt"),
            (["trend", "s.csv", "--output", "./s.csv"], "is the same file as the input s.csv"),
            (["project", "s.csv", "--to", "2030", "--svg", "link.csv"], "is a symbolic link"),
        ]
        for (arguments, message) in cases {
            let result = try Chiffres.run(arguments, in: scratch.url)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(String(decoding: scratch.read("in.txt") ?? [], as: UTF8.self) == text)
        #expect(String(decoding: scratch.read("d/a.txt") ?? [], as: UTF8.self) == text)
        #expect(FileIOProbe.isSymbolicLink(scratch.url.appendingPathComponent("link.csv").path))
    }

    @Test("A failed write to standard output is an error with a message, for every command")
    func failedWrites() throws {
        let scratch = try Scratch(["in.txt": "Hausse de 5 %.\n"])
        defer { scratch.remove() }
        let input = scratch.url.appendingPathComponent("in.txt").path
        let output = scratch.url.appendingPathComponent("out.csv").path
        let commands: [[String]] = [  // run from the package root, where the shipped rates are
            ["convert", "100", "USD", "--to", "EUR", "--date", "2024-01-02"],
            ["convert", "100", "USD", "--to", "EUR", "--date", "2024-01-02", "--csv"],
            ["rates"],
            ["extract", "-q", input, "--output", output, "--summary"],
            ["extract", "-q", input],
        ]
        for arguments in commands {
            let (status, errors) = try Self.runRedirected(arguments, stdoutTo: "/dev/full", in: Chiffres.packageRoot)
            #expect(status == 1, "\(arguments)")
            #expect(errors.contains("No space left on device"), "\(arguments): \(errors)")
        }
    }

    @Test("Control characters from JSON escapes never reach a CSV cell; a JSON error names a column of the line")
    func controlCharactersAndColumns() throws {
        let line = #"{"id": "n", "text": "Le PIB\u0000 a crû de 5 % en 2024.\u001b"}"# + "\n"
        let broken = #"{"id": "b", "text": "abc"# + "\n"
        let scratch = try Scratch(["n.jsonl": line + broken])
        defer { scratch.remove() }
        let result = try Chiffres.run(["extract", "-q", "n.jsonl"], in: scratch.url)
        #expect(!result.stdout.contains(0))
        #expect(!result.stdout.contains(0x1B))
        #expect(result.output.contains("Le PIB  a crû de 5 % en 2024."))
        #expect(result.stderr.contains("n.jsonl:2: not JSON at column 24: expected '\"' to close the string"))
    }
}

/// `lstat` from the tests.
enum FileIOProbe {
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }
}
