import Money
import Testing
import Figures

private func read(_ line: String) throws(JSONLineError) -> Document {
    try Document(jsonLine: line, fallbackID: "f.jsonl:1")
}

private func reason(_ line: String) -> JSONLineError? {
    do throws(JSONLineError) {
        _ = try read(line)
        return nil
    } catch {
        return error
    }
}

@Test func readsTheArticleFields() throws {
    let d = try read(#"{"id": "a.txt", "date": "2026-02-12", "lang": "fr", "url": "https://x", "text": "Le budget."}"#)
    #expect(d.id == "a.txt")
    #expect(d.text == "Le budget.")
    #expect(d.date == CalendarDate(year: 2026, month: 2, day: 12))
    #expect(d.language == .french)
    #expect(d.url == "https://x")
}

@Test func optionalFieldsAndFallbacks() throws {
    let d = try read(#"{"text":"x","date":null,"lang":null,"url":null}"#)
    #expect(d.id == "f.jsonl:1")
    #expect(d.date == nil && d.language == nil && d.url == nil)
    #expect(try read(#"{"id": 42, "text": ""}"#).id == "42")
    #expect(try read(#"{"text":"x","date":"2026-02-12T10:00:00Z","lang":"en-GB"}"#).date?.description == "2026-02-12")
    #expect(try read(#"{"text":"x","lang":"EN"}"#).language == .english)
    #expect(try read("{\"text\":\"x\"}\r").text == "x")
}

@Test func decodesEscapes() throws {
    let d = try read(#"{"text": "l\u2019OTAN \"dit\"\n\t\\ \/ \ud83d\ude00 \u00e9 \ud800x", "id": "\u0041"}"#)
    #expect(d.text == "l’OTAN \"dit\"\n\t\\ / 😀 é \u{FFFD}x")
    #expect(d.id == "A")
    #expect(try read(#"{"text": "été « 20 % »"}"#).text == "été « 20 % »")
}

@Test func skipsOtherFieldsAfterCheckingThem() throws {
    let line = #"{"meta": {"a": [1, 2.5e3, -0.1, true, false, null, {"b": "c\"}"}], "e": {}}, "tags": [], "text": "ok"}"#
    #expect(try read(line).text == "ok")
    #expect(try read(#"{"text": "a", "text": "b"}"#).text == "b")
}

@Test(arguments: [
    ("not json", "not JSON at column 1"),
    (#"{"text": "x""#, "expected ',' or '}'"),
    (#"{"text": "x"} trailing"#, "expected the end of the line"),
    (#"{"text": "x",}"#, "expected '\"'"),
    (#"{'text': 'x'}"#, "column 2"),
    (#"{"a": [1 2], "text": "x"}"#, "expected ',' or ']'"),
    (#"{"a": tru, "text": "x"}"#, "expected a JSON value"),
    (#"{"a": 01, "text": "x"}"#, "expected ',' or '}'"),
    (#"{"text": "bad \q escape"}"#, "escape"),
    ("{\"text\": \"raw\ttab\"}", "control character"),
    (#"{"text": "\u12G4"}"#, "hexadecimal"),
    ("", "expected a JSON object"),
])
func notJSON(line: String, message: String) {
    let error = reason(line)
    guard case .notJSON = error?.reason else {
        Issue.record("\(line): \(String(describing: error))")
        return
    }
    #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
}

@Test func typedReasons() {
    #expect(reason(#"["text"]"#)?.reason == .notAnObject)
    #expect(reason(#""text""#)?.reason == .notAnObject)
    #expect(reason(#"{"id": "a"}"#)?.reason == .missingText)
    #expect(reason(#"{}"#)?.reason == .missingText)
    #expect(reason(#"{"text": null}"#) == JSONLineError(.textNotString, column: 10))
    #expect(reason(#"{"text": 5}"#)?.reason == .textNotString)
    // A date that cannot be read no longer loses the article: see `datesAreReadOrKept`.
    #expect(reason(#"{"text": "x", "date": "2026-02-30"}"#) == nil)
    #expect(reason(#"{"text": "x", "lang": "de"}"#)?.reason == .unsupportedLanguage("de"))
    let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(reason(#"{"a": "# + deep + #", "text": "x"}"#)?.reason == .tooDeep)
}

@Test func invalidUTF8PointsAtTheByte() {
    var bytes = Array(#"{"text": "abc"#.utf8)
    bytes += [0xC3, 0x28]  // A lead byte without its continuation.
    bytes += Array(#"def"}"#.utf8)
    let error = bytes.withUnsafeBufferPointer { utf8 -> JSONLineError? in
        do throws(JSONLineError) {
            _ = try Document(jsonLine: utf8, fallbackID: "x")
            return nil
        } catch {
            return error
        }
    }
    #expect(error == JSONLineError(.invalidUTF8, column: 14))
    var escaped = Array(#"{"text": "a\n"#.utf8) + [0xFF] + Array(#""}"#.utf8)
    let second = escaped.withUnsafeMutableBufferPointer { utf8 -> JSONLineError? in
        do throws(JSONLineError) {
            _ = try Document(jsonLine: UnsafeBufferPointer(utf8), fallbackID: "x")
            return nil
        } catch {
            return error
        }
    }
    #expect(second == JSONLineError(.invalidUTF8, column: 14))
}

/// Partial, RFC 2822 and written dates are read; a date that cannot be read keeps the article, without a date.
@Test func datesAreReadOrKept() throws {
    let cases: [(String, String?, DatePrecision)] = [
        ("2021-03", "2021-03", .month), ("2024", "2024", .year), ("2025-02-12T23:30:00-05:00", "2025-02-12", .day),
        ("Tue, 12 Feb 2025 10:00:00 +0100", "2025-02-12", .day), ("12 févr. 2025", "2025-02-12", .day),
        ("12 février 2025", "2025-02-12", .day), ("February 12, 2025", "2025-02-12", .day),
        ("12 Feb 2025", "2025-02-12", .day), ("12/02/2026", "2026-02-12", .day),
    ]
    for (written, expected, precision) in cases {
        let d = try read(#"{"text": "x", "date": ""# + written + #""}"#)
        #expect(d.dateText == expected, "\(written)")
        #expect(d.datePrecision == precision, "\(written)")
        #expect(d.unreadableDate == nil)
    }
    for bad in ["2024-13-45", "2026-02-30", "someday", "99"] {
        let d = try read(#"{"text": "x", "date": ""# + bad + #""}"#)
        #expect(d.date == nil, "\(bad)")
        #expect(d.unreadableDate == bad)
        #expect(d.text == "x")
    }
}
