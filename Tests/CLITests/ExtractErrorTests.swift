import Foundation
import Testing

/// Runs `extract bad good.txt` and checks that the bad input has its own message and exit 1,
/// while the good one still gives its output.
private func expectInputError(_ name: String, _ bytes: [UInt8], message: String) throws {
    let scratch = try Scratch([name: bytes, "good.txt": Array(noFigures.utf8)])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", name, "good.txt", "--summary"], in: scratch.url)
    #expect(result.status == 1, "\(name)")
    #expect(result.output == figuresHeader, "\(name)")
    #expect(result.stderr.contains("chiffres: \(message)"), "\(result.stderr)")
    #expect(result.stderr.contains("1 document, 0 figures; 1 input error"), "\(result.stderr)")
}

@Test func missingPath() throws {
    let scratch = try Scratch(["good.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "nope.txt", "good.txt"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.output == figuresHeader)
    #expect(result.stderr == "chiffres: nope.txt: no such file or folder; check the path\n")
}

@Test func emptyFile() throws {
    try expectInputError("empty.txt", [], message: "empty.txt: the file is empty or blank")
    try expectInputError("blank.md", Array(" \n\t\r\n".utf8), message: "blank.md: the file is empty or blank")
}

@Test func binaryFile() throws {
    try expectInputError("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x00, 0x1A], message: "image.txt: a binary file (NUL byte at byte offset 5)")
}

@Test func utf16File() throws {
    try expectInputError("wide.txt", [0xFF, 0xFE, 0x41, 0x00], message: "wide.txt: the file is UTF-16; save it as UTF-8")
}

@Test func invalidUTF8WithItsOffset() throws {
    // "Défense" in Latin-1: é is the single byte E9 at offset 1.
    // Windows-1252 read by guess: a warning with the offset, the text kept, exit status 1.
    let latin = Array("Hausse de 5 % en d".utf8) + [0xE9] + Array("fense, 3 ".utf8) + [0x80] + [0x0A]
    // UTF-8 with stray bytes: replaced, reported with offsets, the valid text kept.
    let mixed = Array("Défense : hausse ".utf8) + [0xFF] + Array(" de 5 %.\n".utf8)
    let scratch = try Scratch(["latin1.txt": latin, "mixed.txt": mixed])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "-q", "latin1.txt", "mixed.txt"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("chiffres: latin1.txt: not UTF-8 (byte offset 18); read as Windows-1252"))
    #expect(result.stderr.contains("chiffres: mixed.txt: 1 invalid UTF-8 byte at byte offset 18, replaced by U+FFFD"))
    #expect(result.output.contains("latin1.txt,26,29,3 €,money,3,,EUR,"))
    #expect(result.output.contains("mixed.txt,"))
    let forced = try Chiffres.run(["extract", "-q", "--encoding", "windows-1252", "latin1.txt"], in: scratch.url)
    #expect(forced.status == 0)
    #expect(forced.stderr.isEmpty)
    #expect(forced.output.contains("défense"))
}

@Test func jsonLinesErrorsNameTheLine() throws {
    let lines = [
        #"{"id": "a", "text": "rien"}"#,
        #"{"id": "b", "text": "rien""#,
        #"{"id": "c"}"#,
        #"{"id": "d", "text": 12}"#,
        #"{"id": "e", "text": "x", "date": "someday"}"#,
        #"{"id": "f", "text": "x", "lang": "de"}"#,
        "[1, 2]",
        #"{"id": "h", "text": "rien"}"#,
    ]
    var bytes = Array(lines.joined(separator: "\n").utf8) + [0x0A]
    bytes += Array(#"{"id": "i", "text": "a"#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
    bytes += Array(#"{"id": "j", "#.utf8) + [0x00] + Array("}\n".utf8)
    let scratch = try Scratch(["f.jsonl": bytes])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "f.jsonl", "--summary"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.output == figuresHeader)
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("chiffres: f.jsonl:") }
    #expect(errors.count == 8)
    #expect(errors[0].hasPrefix("chiffres: f.jsonl:2: not JSON at column 26: expected ',' or '}', found the end of the line"))
    #expect(errors[1].hasPrefix(#"chiffres: f.jsonl:3: no "text" field"#))
    #expect(errors[2].hasPrefix(#"chiffres: f.jsonl:4: the "text" field at column 21 is not a string"#))
    #expect(errors[3].hasPrefix(#"chiffres: f.jsonl:5: the date "someday" cannot be read; the article is kept"#))
    #expect(errors[4].hasPrefix(#"chiffres: f.jsonl:6: "lang" at column 34 is "de""#))
    #expect(errors[5].hasPrefix("chiffres: f.jsonl:7: the line is JSON but not an object"))
    #expect(errors[6].hasPrefix("chiffres: f.jsonl:9: invalid UTF-8 in a string at column 23"))
    #expect(errors[7].hasPrefix("chiffres: f.jsonl:10: a NUL byte at column 13"))
    #expect(result.stderr.contains("3 documents, 0 figures; 8 input errors"))
}

@Test(.disabled(if: getuid() == 0, "root reads every file whatever its permissions"))
func unreadableFile() throws {
    let scratch = try Scratch(["secret.txt": noFigures, "good.txt": noFigures])
    defer { scratch.remove() }
    chmod(scratch.url.appendingPathComponent("secret.txt").path, 0)
    let result = try Chiffres.run(["extract", "secret.txt", "good.txt"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("secret.txt: cannot open (Permission denied)"))
}

@Test func pathThroughAFileIsMissing() throws {
    let scratch = try Scratch(["good.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "good.txt/inner.txt", "good.txt"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("good.txt/inner.txt: no such file or folder"))
}
