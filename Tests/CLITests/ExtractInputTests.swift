import Foundation
import Testing

@Test func textMarkdownAndHTMLInputsGiveTheHeader() throws {
    let scratch = try Scratch([
        "a.txt": noFigures, "b.md": "# Titre\n\n" + noFigures,
        "c.html": "<html><head><title>T</title><script>x=1</script></head><body><p>\(noFigures)</p></body></html>",
    ])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "b.md", "c.html"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output == figuresHeader)
    #expect(result.stderr.isEmpty)  // No progress: standard error is not a terminal.
}

@Test func folderIsWalkedRecursivelyInSortedOrder() throws {
    // Empty files are reported one by one, so standard error shows the order of the walk.
    let scratch = try Scratch([
        "d/b.txt": "", "d/a/z.txt": "", "d/A.md": "", "d/c.html": "", "d/.hidden.txt": "", "d/e.bin": "",
        "d/sub/x.jsonl": "", "d/ok.txt": noFigures,
    ])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "d/"], in: scratch.url)
    #expect(result.status == 1)
    #expect(result.output == figuresHeader)
    let named = result.stderr.split(separator: "\n").compactMap { $0.split(separator: ":").dropFirst().first }
    #expect(named.map(String.init) == [" d/A.md", " d/a/z.txt", " d/b.txt", " d/c.html", " d/sub/x.jsonl"])
}

@Test func standardInputIsReadAsTextOrJSONLines() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let text = try Chiffres.run(["extract", "-"], in: scratch.url, stdin: Array(noFigures.utf8))
    #expect(text.status == 0)
    #expect(text.output == figuresHeader)
    let jsonl = #"{"id": "x", "text": "rien"}"# + "\nnot json\n"
    let lines = try Chiffres.run(["extract", "-"], in: scratch.url, stdin: Array(jsonl.utf8))
    #expect(lines.status == 1)
    #expect(lines.output == figuresHeader)
    #expect(lines.stderr.contains("standard input (-):2: not JSON at column 1"))
    let empty = try Chiffres.run(["extract", "-"], in: scratch.url)
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("standard input (-): nothing came in"))
}

@Test func jsonLinesRecordsAreReadOneByOne() throws {
    let lines = [
        #"{"id": "a", "text": "rien", "date": null, "lang": "fr", "extra": {"nested": [1, 2]}}"#,
        "",
        #"{"id": "b", "text": "rien", "date": "2026-02-12", "url": "https://example.org/b"}"#,
        #"{"id": "c", "text": "rien"}"#,
    ]
    let scratch = try Scratch(["f.jsonl": [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "f.jsonl", "--summary"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output == figuresHeader)
    #expect(result.stderr.contains("3 documents, 0 figures"))
}

@Test func summaryGoesToStandardOutputWhenRowsGoToAFile() throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "a.txt", "--output", "out.csv", "--summary"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output == "1 document, 0 figures -> out.csv\n")
    #expect(scratch.read("out.csv") == Array(figuresHeader.utf8))
}

@Test func shippedArticlesRun() throws {
    let seeds = Chiffres.packageRoot.appendingPathComponent("datasets/articles")
    let result = try Chiffres.run(["extract", "seeds.jsonl", "text", "--quiet"], in: seeds)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix(figuresHeader))
    #expect(result.stderr.isEmpty)
}
