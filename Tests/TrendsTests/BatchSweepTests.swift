import Foundation
import Testing
import LinearAlgebra
@testable import Trends

/// The one-pass batch sweep: hard cases, the two-pass fallback, threads and panels, the matrix product it stands for.
@Suite struct BatchSweepTests {
    /// 13 years with a gap, so the mean year is not a binary fraction and Σ(x − x̄) is not exactly 0.
    static let years = Array(2000...2013).filter { $0 != 2004 }

    /// One of twelve kinds of series (`kind` = k % 12), with a deterministic pseudo-noise in [−1, 1].
    static func values(series k: Int) -> [Double] {
        let n = years.count
        func noise(_ i: Int) -> Double { Double((k &* 7_919 &+ i &* 104_729) % 2_001) / 1_000 - 1 }
        return (0..<n).map { i -> Double in
            let t = Double(years[i] - 2000)
            switch k % 12 {
            case 0: return 100 + Double(k % 50) + 2.5 * t + 5 * noise(i)
            case 1: return 1e5 * Double(1 + k % 7) + 30 * t + 50 * noise(i)
            case 2: return 3.25 + 0.5 * t * Double(k % 5 + 1)                          // a perfect line
            case 3: return 42 + Double(k % 3)                                           // constant
            case 4: return (i == 0 ? 1_000 : 0) + 10 * t + noise(i)                     // an outlier at the start
            case 5: return 1e-145 * (3 + t + noise(i))                                  // tiny
            case 6: return 1e150 * (3 + t + noise(i))                                   // huge
            case 7:                                                                     // a line, off by an ulp or two
                let line = 7.5 + 1.25 * t
                return i % 3 == 0 ? line : line + Double(k % 3) * line.ulp
            case 8: return 500 + (i % 2 == 0 ? 1 : -1)                                  // a sawtooth, no trend
            case 9: return -200 - 3 * t + 2 * noise(i)                                  // negative, falling
            case 10: return (i < 6 ? 80 : 120) + noise(i)                               // a step
            default: return 100 * pow(1.07, t) * (1 + 0.01 * noise(i))                  // exponential growth
            }
        }
    }

    static func batch(count: Int, threads: Int = 1, panelSize: Int = 4096) throws -> (LinearBatchFit, [[Double]]) {
        let columns = (0..<count).map { values(series: $0) }
        let matrix = try Matrix(rows: years.count, columns: count, columnMajor: columns.flatMap { $0 })
        return (try LinearBatchFit(years: years, values: matrix, panelSize: panelSize, threads: threads), columns)
    }

    #if arch(x86_64) || arch(i386)
    /// Mean, slope and SSE by the two-pass method in 64-bit-mantissa arithmetic (Float80), as a reference.
    static func wideFit(_ values: [Double], years: [Int] = years) -> (mean: Double, slope: Double, sse: Double) {
        let n = Float80(values.count)
        let xMean = years.reduce(Float80(0)) { $0 + Float80($1) } / n
        let mean = values.reduce(Float80(0)) { $0 + Float80($1) } / n
        var sxy: Float80 = 0, sxx: Float80 = 0
        for (x, y) in zip(years, values) {
            sxy += (Float80(x) - xMean) * (Float80(y) - mean)
            sxx += (Float80(x) - xMean) * (Float80(x) - xMean)
        }
        let slope = sxy / sxx
        var sse: Float80 = 0
        for (x, y) in zip(years, values) {
            let r = Float80(y) - mean - slope * (Float80(x) - xMean)
            sse += r * r
        }
        return (Double(mean), Double(slope), Double(sse))
    }
    #endif

    @Test func hardCasesEqualOneByOneAndTheReference() throws {
        let (batch, columns) = try Self.batch(count: 4_801)
        var compared = 0, exactLines = 0
        for (k, values) in columns.enumerated() {
            let series = try Series(name: "s\(k)", years: Self.years, values: values)
            let single = try LinearFit(series)
            let fromBatch = batch[k]
            if k % 12 == 7 {
                // Within the exact-fit rule: SSE = 0, R² = 1 and F undefined on both paths.
                #expect(fromBatch.sse == 0 && single.sse == 0, "s\(k): sse \(fromBatch.sse) / \(single.sse)")
                #expect(fromBatch.r2 == 1 && fromBatch.f == nil && single.f == nil, "s\(k)")
                exactLines += 1
                continue
            }
            let problems = BatchTests.agree(fromBatch, single, scale: series.scale)
            #expect(problems.isEmpty, "s\(k) (kind \(k % 12)): \(problems)")
            #if arch(x86_64) || arch(i386)
            let wide = Self.wideFit(values)
            let scale = series.scale
            for (got, ref, floor, what) in [(fromBatch.yMean, wide.mean, scale, "mean"),
                                             (fromBatch.slope, wide.slope, scale, "slope"),
                                             (fromBatch.sse, wide.sse, scale * scale, "sse")] {
                #expect(abs(got - ref) <= 1e-9 * max(abs(ref), floor), "s\(k) \(what): \(got) vs \(ref)")
            }
            #endif
            compared += 1
        }
        print("batch sweep: \(compared) hard-case series compared, \(exactLines) near-exact lines, "
              + "\(batch.chordPassCount) of \(batch.count) refitted around their chord, \(batch.twoPassCount) by the two-pass method")
        #expect(compared + exactLines == columns.count)
        // The constant, perfect, near-exact and tiny kinds go (through the chord) to the two-pass method; the
        // others, even the huge values and the exponential with 1 % noise, pass the level sums.
        #expect(batch.twoPassCount == 4 * (columns.count / 12))
        #expect(batch.chordPassCount == batch.twoPassCount)
    }

    /// Each series goes through the first method that can vouch for its precision: noisy series through the level
    /// sums, smooth strong trends through the chord, a smooth trend with an outlier at an end (the chord is then far
    /// from the fit) through the two-pass method. All equal the one-by-one fit.
    @Test func eachSeriesTakesTheFirstPreciseMethod() throws {
        let years = Array(1930...2019)
        var columns: [[Double]] = []
        for k in 0..<40 {
            let noise = k % 4 == 0 ? 2.0 : 0.001
            var values = years.map { 50 + 0.75 * Double($0 - 1930) + noise * Double(($0 * 31 + k * 17) % 11 - 5) / 5 }
            if k % 4 == 2 { values[0] += 1 }
            if k % 4 == 3 { values[values.count - 1] -= 1 }
            columns.append(values)
        }
        let matrix = try Matrix(rows: years.count, columns: columns.count, columnMajor: columns.flatMap { $0 })
        for threads in [1, 2] {
            let batch = try LinearBatchFit(years: years, values: matrix, panelSize: 3, threads: threads)
            #expect(batch.chordPassCount == 30 && batch.twoPassCount == 20,
                    "chord \(batch.chordPassCount), two-pass \(batch.twoPassCount)")
            for (k, values) in columns.enumerated() {
                let series = try Series(name: "s\(k)", years: years, values: values)
                let problems = BatchTests.agree(batch[k], try LinearFit(series), scale: series.scale)
                #expect(problems.isEmpty, "s\(k): \(problems)")
            }
        }
    }

    #if arch(x86_64) || arch(i386)
    /// Series just inside the level sums' limit (Σd² up to 1000 SSE, 30 years) keep SSE within 1e-11 of the exact
    /// value, as the bound in `Sweep` says (the typical error is much smaller: the worst one is printed).
    @Test func levelSumsNearTheirLimitStayPrecise() throws {
        let years = Array(1995...2024)
        let columns = (0..<3_000).map { k -> [Double] in
            let slope = 1.3 + 0.7 * Double(k) / 3_000
            return years.map { 1_000 + Double(k % 17) + slope * Double($0 - 1995) + Double(($0 * 7_919 + k * 104_729) % 2_001) / 1_000 - 1 }
        }
        let matrix = try Matrix(rows: years.count, columns: columns.count, columnMajor: columns.flatMap { $0 })
        let batch = try LinearBatchFit(years: years, values: matrix)
        var worst = 0.0, nearLimit = 0
        for (k, values) in columns.enumerated() {
            let n = Double(values.count)
            let c = (values[0] + values[values.count - 1]) / 2
            let ratio = values.reduce(0) { $0 + ($1 - c) * ($1 - c) } / batch.sse[k]
            if ratio > 500 { nearLimit += 1 }
            let reference = Self.wideFit(values, years: years).sse
            let error = abs(batch.sse[k] - reference) / reference
            worst = max(worst, error)
            #expect(error <= 1e-11, "s\(k): SSE \(batch.sse[k]) vs \(reference) (Σd²/SSE \(ratio), n \(n))")
        }
        print("level sums near their limit: \(nearLimit) of \(columns.count) series with Σd² > 500 SSE, "
              + "\(batch.chordPassCount) refitted around their chord, worst relative error of SSE \(worst)")
        #expect(nearLimit >= 1_000)
        #expect(batch.chordPassCount < columns.count / 2)
    }
    #endif

    @Test func resultsDoNotDependOnThreadsOrPanels() throws {
        let (one, _) = try Self.batch(count: 999)
        for (threads, panel) in [(2, 7), (3, 1), (2, 4096), (1, 5)] {
            let (other, _) = try Self.batch(count: 999, threads: threads, panelSize: panel)
            #expect(other.yMean == one.yMean && other.slope == one.slope && other.sse == one.sse,
                    "threads \(threads), panels of \(panel)")
            #expect(other.twoPassCount == one.twoPassCount && other.chordPassCount == one.chordPassCount)
        }
    }

    @Test func theFirstNonFiniteSeriesIsNamed() throws {
        var columns = (0..<101).map { Self.values(series: $0 * 12) }  // kind 0 only
        columns[60][4] = .infinity
        columns[33][0] = .nan
        columns[90][12] = -.infinity
        let matrix = try Matrix(rows: Self.years.count, columns: columns.count, columnMajor: columns.flatMap { $0 })
        for (threads, panel) in [(1, 4096), (2, 8), (2, 1)] {
            do {
                _ = try LinearBatchFit(years: Self.years, values: matrix, panelSize: panel, threads: threads)
                Issue.record("a NaN must be rejected")
            } catch {
                #expect(error == .invalidParameter(name: "values", detail: "series 33 contains NaN or an infinity"))
            }
        }
    }

    /// ȳ and b of every series are the product [1/n, u/Sxx]ᵀ·Y, here computed by OpenBLAS `dgemm`.
    @Test func meansAndSlopesAreTheMatrixProduct() throws {
        let count = 600
        let (batch, columns) = try Self.batch(count: count)
        let n = Self.years.count
        let xMean = Double(Self.years.reduce(0, +)) / Double(n)
        let u = Self.years.map { Double($0) - xMean }
        let sxx = u.reduce(0) { $0 + $1 * $1 }
        let weights = try Matrix(rows: n, columns: 2, columnMajor: [Double](repeating: 1 / Double(n), count: n) + u.map { $0 / sxx })
        let y = try Matrix(rows: n, columns: count, columnMajor: columns.flatMap { $0 })
        let product = try multiply(weights, y, transposeA: .transposed)
        var compared = 0
        for k in 0..<count where k % 12 != 5 && k % 12 != 6 {  // 1e±150 values: the unshifted product under/overflows
            let scale = columns[k].reduce(0) { max($0, abs($1)) }
            #expect(abs(batch.yMean[k] - product[0, k]) <= 1e-12 * scale, "s\(k) mean")
            #expect(abs(batch.slope[k] - product[1, k]) <= 1e-12 * scale, "s\(k) slope")
            compared += 1
        }
        #expect(compared == count - 2 * count / 12)
    }

    /// The 28 series of the reference suite, fitted as a batch (grouped by year sets), equal the one-by-one fits.
    @Test func referenceSeriesBatchEqualsOneByOne() throws {
        let reference = try ReferenceSuite.load()
        let entries = try #require(reference["series"] as? [[String: Any]])
        let series = try entries.map { entry throws -> Series in
            try Series(name: try #require(entry["name"] as? String), years: try #require(entry["years"] as? [Int]),
                       values: try #require((entry["values"] as? [NSNumber])?.map(\.doubleValue)))
        }
        var compared = 0
        for (s, result) in zip(series, LinearBatchFit.fitGrouped(series)) {
            let problems = BatchTests.agree(try result.get(), try LinearFit(s), scale: s.scale)
            #expect(problems.isEmpty, "\(s.name): \(problems)")
            compared += 1
        }
        #expect(compared == 28)
    }
}
