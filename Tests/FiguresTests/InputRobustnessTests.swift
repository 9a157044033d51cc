import Testing
import Figures

/// A small deterministic generator (SplitMix64), so that every run tries the same inputs.
private struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// Pieces of JSON, HTML and dates, glued at random: most inputs are broken in some way.
private let pieces = [
    "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud83d", "00e9", ":", ",", " ", "\n", "\"text\"", "\"id\"", "\"date\"",
    "\"lang\"", "null", "true", "12", "-0.5e3", "2026-02-12", "12/02/2026", "16:1212/02/2026", "février", "February",
    "le", "the", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#x20AC;", "&#", "&", "<", ">",
    "é", "’", "\u{A0}", "1er", "13", "2025", "\t", "\r",
]

@Test func brokenInputsGiveTypedErrorsNotCrashes() {
    var g = Generator(state: 42)
    var parsed = 0
    var rejected = 0
    for _ in 0..<3000 {
        let count = Int(g.next() % 24)
        let text = (0..<count).map { _ in g.pick(pieces) }.joined()
        do throws(JSONLineError) {
            _ = try Document(jsonLine: text, fallbackID: "x")
            parsed += 1
        } catch {
            rejected += 1
            #expect(error.column >= 1 && error.column <= text.utf8.count + 1, "\(text.debugDescription)")
        }
        _ = HTMLText.plainText(from: text)
        _ = DocumentDate.find(in: text)
        _ = Language.detect(in: text)
    }
    #expect(parsed + rejected == 3000)
    #expect(rejected > 2000)
}

@Test func wellFormedRecordsAlwaysParse() {
    var g = Generator(state: 7)
    let texts = ["", "a", "é’«»", "line\\nbreak", "\\\"quoted\\\"", "\\u00e9t\\u00e9", "\\ud83d\\ude00", "tab\\there"]
    for i in 0..<500 {
        var fields = ["\"text\": \"\(g.pick(texts))\"", "\"id\": \(i)"]
        if g.next() % 2 == 0 { fields.append("\"date\": \(g.pick(["null", "\"2026-02-12\"", "\"2024-02-29T00:00:00Z\""]))") }
        if g.next() % 2 == 0 { fields.append("\"lang\": \(g.pick(["null", "\"fr\"", "\"en-US\""]))") }
        if g.next() % 2 == 0 { fields.append("\"other\": {\"a\": [1, {\"b\": null}], \"c\": \"\\\\\"}") }
        let shuffled = fields.sorted { _, _ in g.next() % 2 == 0 }
        let line = "{" + shuffled.joined(separator: g.pick([",", " , ", ",\t"])) + "}"
        do throws(JSONLineError) {
            let d = try Document(jsonLine: line, fallbackID: "x")
            #expect(d.id == String(i))
        } catch {
            Issue.record("\(line): \(error)")
        }
    }
}
