import Foundation
import Testing
import LinearAlgebra
@testable import Trends

/// The batch path (one matrix product per group of series sharing their years) equals fitting one by one.
@Suite struct BatchTests {
    /// Splits one CSV line, honouring double quotes (enough for the NATO file).
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = [], cell = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if c == "\"" { quoted.toggle() } else if c == "," && !quoted { out.append(cell); cell = "" } else { cell.append(c) }
        }
        out.append(cell)
        return out
    }

    /// Every (country, measure) series of the NATO tidy file.
    static func natoSeries() throws -> [Series] {
        let text = try String(contentsOf: ReferenceSuite.package("datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = fields(lines.removeFirst())
        let country = try #require(header.firstIndex(of: "country"))
        let measure = try #require(header.firstIndex(of: "measure"))
        let year = try #require(header.firstIndex(of: "year"))
        let value = try #require(header.firstIndex(of: "value"))
        var points: [String: [(year: Int, value: Double)]] = [:]
        for line in lines {
            let f = fields(line)
            guard let y = Int(f[year]), let v = Double(f[value]) else { continue }
            points[f[country] + " / " + f[measure], default: []].append((y, v))
        }
        return try points.keys.sorted().map { key throws(TrendError) in try Series(name: key, points: points[key] ?? []) }
    }

    /// Compares two fits quantity by quantity under the reference rule, 100× tighter (1e-11 · max(|ref|, floor)): F ∝ b² magnifies the last-bit difference of a near-zero slope.
    static func agree(_ a: LinearFit, _ b: LinearFit, scale: Double) -> [String] {
        var problems: [String] = []
        func near(_ x: Double?, _ y: Double?, _ floor: Double, _ what: String) {
            switch (x, y) {
            case (nil, nil): return
            case let (x?, y?) where abs(x - y) <= 1e-11 * max(abs(y), floor): return
            default: problems.append("\(what): batch \(String(describing: x)) vs single \(String(describing: y))")
            }
        }
        let s2 = scale * scale
        near(a.slope, b.slope, scale, "slope")
        near(a.intercept, b.intercept, scale, "intercept")
        near(a.yMean, b.yMean, scale, "mean")
        near(a.slopeStandardError, b.slopeStandardError, scale, "se_slope")
        near(a.interceptStandardError, b.interceptStandardError, scale, "se_intercept")
        near(a.residualStandardError, b.residualStandardError, scale, "resid_se")
        near(a.sse, b.sse, s2, "sse")
        near(a.sst, b.sst, s2, "sst")
        near(a.r2, b.r2, 1e-3, "r2")
        near(a.adjustedR2, b.adjustedR2, 1e-3, "adj_r2")
        near(a.f, b.f, 1e-3, "F")
        if a.n != b.n || a.df != b.df { problems.append("n/df") }
        return problems
    }

    @Test func natoBatchEqualsOneByOne() throws {
        let series = try Self.natoSeries()
        #expect(series.count >= 400)
        let batch = LinearBatchFit.fitGrouped(series, panelSize: 64)
        var compared = 0
        for (s, result) in zip(series, batch) {
            let single = try LinearFit(s)
            let fromBatch = try result.get()
            let problems = Self.agree(fromBatch, single, scale: s.scale)
            #expect(problems.isEmpty, "\(s.name): \(problems)")
            compared += 1
        }
        print("batch vs one-by-one: \(compared) NATO series compared")
        #expect(compared == series.count)
    }

    /// Series with different year sets are grouped; constant and two-point series follow the same rules.
    @Test func groupsByYearSetsAndKeepsOrder() throws {
        var series: [Series] = []
        for k in 0..<50 {
            var years = Array(2000...2012)
            if k % 3 == 1 { years.remove(at: 5) }
            if k % 3 == 2 { years.removeFirst(2) }
            let values = years.map { y -> Double in
                k % 10 == 0 ? 42 : 100 + Double(k) + 2.5 * Double(y - 2000) + Double((y * 7 + k * 13) % 11) / 3
            }
            series.append(try Series(name: "s\(k)", years: years, values: values))
        }
        series.append(try Series(name: "pair", years: [2023, 2024], values: [404.2, 485]))
        series.append(try Series(name: "lonely", years: [2024], values: [1]))
        let results = LinearBatchFit.fitGrouped(series)
        #expect(results.count == series.count)
        for (s, r) in zip(series.dropLast(), results.dropLast()) {
            let fit = try r.get()
            #expect(Self.agree(fit, try LinearFit(s), scale: s.scale).isEmpty, "\(s.name)")
            #expect(fit.firstYear == s.firstYear && fit.n == s.count)
        }
        if case .success = results[results.count - 1] { Issue.record("a one-point series must fail") }
        let constant = try results[0].get()
        #expect(constant.slope == 0 && constant.r2 == nil)
    }

    @Test func badBatchInputIsRejected() throws {
        let m = try Matrix(rows: 3, columns: 2, columnMajor: [1, 2, 3, 4, .nan, 6])
        #expect(throws: TrendError.self) { try LinearBatchFit(years: [2020, 2021, 2022], values: m) }
        #expect(throws: TrendError.self) { try LinearBatchFit(years: [2020, 2022, 2021], values: Matrix(rows: 3, columns: 1)) }
        #expect(throws: TrendError.self) { try LinearBatchFit(years: [2020, 2021], values: Matrix(rows: 3, columns: 1)) }
    }
}
