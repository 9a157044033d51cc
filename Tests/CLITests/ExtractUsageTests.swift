import Foundation
import Testing

@Test(arguments: [
    (["extract"], "Give at least one input"),
    (["extract", "a.txt", "--delimiter", "ab"], "cannot separate CSV fields"),
    (["extract", "a.txt", "--delimiter", "\""], "cannot separate CSV fields"),
    (["extract", "a.txt", "--date", "someday"], "write it as YYYY-MM-DD"),
    (["extract", "a.txt", "--date", "2026-02-30"], "write it as YYYY-MM-DD"),
    (["extract", "a.txt", "--dollar", "EUR"], "EUR is not a dollar"),
    (["extract", "a.txt", "--dollar", "CAX"], "not an ISO 4217 currency code"),
    (["extract", "a.txt", "--lang", "de"], "--lang"),
    (["extract", "a.txt", "--format", "xml"], "--format"),
    (["extract", "a.txt", "--format", "jsonl", "--excel-fr"], "apply to CSV output"),
    (["extract", "a.txt", "--output", "missing/out.csv"], "does not exist"),
    (["extract", "a.txt", "--output", "a.txt"], "is the same file as the input a.txt"),
    (["extract", "a.txt", "--no-such-option"], "Unknown option"),
    (["extract", "-", "-"], "only once"),
])
func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
    let scratch = try Scratch(["a.txt": noFigures])
    defer { scratch.remove() }
    let result = try Chiffres.run(arguments, in: scratch.url)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "\(result.stderr)")
}

@Test func helpExitsWithZero() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let result = try Chiffres.run(["extract", "--help"], in: scratch.url)
    #expect(result.status == 0)
    #expect(result.output.contains("--excel-fr"))
}
