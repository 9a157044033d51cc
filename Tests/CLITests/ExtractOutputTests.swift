import Foundation
import Testing

@Test func excelFrenchDialect() throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--excel-fr"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout == [0xEF, 0xBB, 0xBF] + Array(figuresHeader.replacingOccurrences(of: ",", with: ";")
        .replacingOccurrences(of: "\n", with: "\r\n").utf8))
}

@Test(arguments: [("|", "|"), ("tab", "\t"), (";", ";")])
func chosenDelimiter(name: String, byte: String) throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--delimiter", name], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output == figuresHeader.replacingOccurrences(of: ",", with: byte))
}

@Test func dashOutputIsStandardOutput() throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--output", "-"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output == figuresHeader)
    #expect(scratch.contents() == ["a.txt"])
}

@Test func jsonLinesOutputHasNoHeader() throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--format", "jsonl"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
}

@Test func outputFileIsWrittenWhole() throws {
    let scratch = try Scratch(["a.txt": noFigures, "out/old.csv": "old"])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--output", "out/old.csv"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(scratch.read("out/old.csv") == Array(figuresHeader.utf8))
    #expect(scratch.contents(of: "out") == ["old.csv"])  // No temporary file left.
}

@Test func failedInputsStillWriteTheOthersRows() throws {
    let scratch = try Scratch(["a.txt": noFigures, "empty.txt": ""])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "empty.txt", "a.txt", "-o", "f.csv"], in: scratch.url)
    #expect(result.status == 1)
    #expect(scratch.read("f.csv") == Array(figuresHeader.utf8))
}

@Test func interruptedRunLeavesTheTargetAsItWas() throws {
    let scratch = try Scratch(["out.csv": "old"])
    defer { scratch.remove() }
    let binary = try #require(Chiffres.binary)
    let process = Process()
    process.executableURL = binary
    process.arguments = ["extract", "-", "--output", "out.csv"]
    process.currentDirectoryURL = scratch.url
    let input = Pipe()
    process.standardInput = input
    process.standardError = FileHandle.nullDevice
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data(#"{"id": "a", "text": "rien"}"#.utf8 + [0x0A]))
    // Wait until the temporary file exists, then interrupt the run while standard input is still open.
    var waited = 0
    while scratch.contents().count < 2 && waited < 2000 {
        usleep(5000)
        waited += 5
    }
    #expect(scratch.contents().count == 2)
    process.terminate()
    // Never hang the suite: a run that ignores SIGTERM is killed after five seconds (and fails below).
    waited = 0
    while process.isRunning && waited < 5000 {
        usleep(5000)
        waited += 5
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + SIGTERM)
    #expect(scratch.read("out.csv") == Array("old".utf8))
    #expect(scratch.contents() == ["out.csv"])
}

@Test func sameInputSameBytes() throws {
    let scratch = try Scratch(["d/a.txt": noFigures, "d/b.html": "<p>\(noFigures)</p>"])
    defer { scratch.remove() }
    let first = try Chiffres.run(["extract", "d", "--excel-fr"], in: scratch.url)
    let second = try Chiffres.run(["extract", "d", "--excel-fr"], in: scratch.url)
    #expect(first.stdout == second.stdout)
}
