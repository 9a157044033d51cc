import Testing
import Foundation
import Figures
import Money

@Test func scratchSeeds() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let lines = try String(contentsOf: root.appendingPathComponent("datasets/articles/seeds.jsonl"), encoding: .utf8).split(separator: "\n")
    for line in lines {
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let doc = Document(id: obj["id"] as! String, text: obj["text"] as! String, date: CalendarDate(iso: obj["date"] as! String), language: .french)
        for f in extractFigures(from: doc) {
            print("FIG", doc.id.prefix(3), f.start, f.end, f.text, f.kind, f.value, f.high.map{"\($0)"} ?? "-", f.currency ?? "-", f.approximation, f.change.map{"\($0)"} ?? "-", f.period.map{"\($0)"} ?? "-", f.resolvedPeriod.map{"\($0)"} ?? "-", f.pairedWith.map{"\($0)"} ?? "")
        }
    }
    let extra = ProcessInfo.processInfo.environment["SCRATCH_TEXT"] ?? ""
    if !extra.isEmpty {
        for f in extractFigures(from: Document(id: "x", text: extra)) {
            print("FIG x", f.start, f.end, f.text, f.kind, f.value, f.high.map{"\($0)"} ?? "-", f.currency ?? "-", f.approximation, f.change.map{"\($0)"} ?? "-", f.period.map{"\($0)"} ?? "-", "|", f.sentence)
        }
    }
}
