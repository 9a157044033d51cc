import Foundation
import Testing
import Tabular
@testable import chiffres

/// `project` fits the series on several threads: its rows must be the ones one thread gives, in input order.
struct ProjectParallelTests {
    /// Series of many shapes (trends, noise, negative values, gaps, too short, all zero), written in a long table.
    private func table(seriesCount: Int) -> String {
        var state: UInt64 = 2026
        /// A linear congruential generator: the same table on every run.
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var csv = "series,year,value\n"
        for s in 0..<seriesCount {
            let length = s % 9 == 0 ? 2 + s % 3 : 8 + Int(next() % 30)
            let growth = Double(Int(next() % 200) - 60) / 1000
            var level = s % 7 == 0 ? -50.0 : 100.0 + Double(next() % 1000)
            for t in 0..<length {
                if s % 5 == 0 && t == length / 2 { continue }  // a missing year, filled by interpolation
                let noise = Double(Int(next() % 2001) - 1000) / 100
                level = s % 11 == 0 ? 0 : level * (1 + growth) + noise
                csv += "s\(s),\(1990 + t),\(level)\n"
            }
        }
        return csv
    }

    /// The rows (or the error) of each series, one text per series.
    private func rows(_ arguments: [String], workers: Int) throws -> [String] {
        let command = try Project.parse(arguments)
        let model = try #require(TrendModel(command.model))
        let input = try TrendIO.series(command.input)
        return command.projections(of: input.series, model: model, workers: workers, csv: .rfc4180).map { made in
            guard let made else { return "none" }
            switch made.projection {
            case .failure(let error): return "error: \(error)"
            case .success: return String(decoding: made.rows?.bytes ?? [], as: UTF8.self)
            }
        }
    }

    @Test(arguments: [["--model", "auto"], ["--model", "damped", "--level", "0.8"], ["--model", "linear"],
                      ["--model", "auto", "--intervals", "model"]])
    func severalThreadsGiveTheRowsOfOne(_ options: [String]) throws {
        let file = try ChiffresBinary.temporary(table(seriesCount: 120))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let arguments = [file, "--horizon", "4"] + options
        let one = try rows(arguments, workers: 1)
        #expect(one.count == 120)
        #expect(one.filter { $0.hasPrefix("error") }.count > 0, "the short series fail")
        #expect(one.filter { $0.hasPrefix("s") }.count > 60, "most series are projected")
        for workers in [2, 3, 8] {
            #expect(try rows(arguments, workers: workers) == one, "\(workers) threads")
        }
    }

    @Test func orderedParallelMapKeepsInputOrder() {
        let items = Array(0..<1000)
        for workers in [1, 2, 5, 2000] {
            #expect(OrderedParallelMap.map(items, workers: workers) { $0 * $0 + 1 } == items.map { $0 * $0 + 1 })
        }
        #expect(OrderedParallelMap.map([Int](), workers: 4) { $0 }.isEmpty)
    }
}
