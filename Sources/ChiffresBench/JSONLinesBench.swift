import Figures
import Foundation

/// Measures reading JSON Lines records into documents: the hand-written reader
/// (`Document(jsonLine:fallbackID:)`) against Foundation's `JSONSerialization`, on the seed
/// articles repeated to about 100 MB.
func runJSONLinesBench() {
    let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/articles/seeds.jsonl")
    guard let data = try? Data(contentsOf: seeds) else {
        print("jsonl bench: cannot read \(seeds.path)")
        return
    }
    let lines = data.split(separator: 0x0A).map { Array($0) }.filter { !$0.isEmpty }
    var corpus: [[UInt8]] = []
    var total = 0
    while total < 100_000_000 {
        for line in lines {
            corpus.append(line)
            total += line.count + 1
        }
    }
    let mb = Double(total) / 1e6
    let clock = ContinuousClock()
    var characters = 0
    let handWritten = clock.measure {
        for (i, line) in corpus.enumerated() {
            line.withUnsafeBufferPointer { utf8 in
                if let d = try? Document(jsonLine: utf8, fallbackID: "bench:\(i)") { characters &+= d.text.utf8.count }
            }
        }
    }
    var foundation = 0
    let sample = corpus.prefix(corpus.count / 10)
    let sampleMB = Double(sample.reduce(0) { $0 + $1.count + 1 }) / 1e6
    let serialization = clock.measure {
        for line in sample {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
               let text = object["text"] as? String {
                foundation &+= text.utf8.count
            }
        }
    }
    func rate(_ megabytes: Double, _ d: Duration) -> String {
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return String(Int((megabytes / s).rounded()))
    }
    print("jsonl records (hand-written reader): \(Int(mb)) MB at \(rate(mb, handWritten)) MB/s (\(characters / 1_000_000) MB of text)")
    print("jsonl records (JSONSerialization):   \(Int(sampleMB)) MB at \(rate(sampleMB, serialization)) MB/s (\(foundation / 1_000_000) MB of text)")
}
