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
    static func wideFit(_ values: [Double]) -> (mean: Double, slope: Double, sse: Double) {
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
              + "\(batch.twoPassCount) of \(batch.count) recomputed by the two-pass method")
        #expect(compared + exactLines == columns.count)
        // Both paths ran: the constant, perfect, near-exact and tiny kinds go to the two-pass method, the others not.
        #expect(batch.twoPassCount == 4 * (columns.count / 12))
    }

    /// When the chord through the end points is far from the fit (an outlier at an end of a long series), Σd² is
    /// much larger than SSE and the one-pass result is refused: the series is recomputed and still equals the
    /// one-by-one fit.
    @Test func badChordsAreRecomputed() throws {
        let years = Array(1960...2019)
        var columns: [[Double]] = []
        for k in 0..<40 {
            var values = years.map { 50 + 0.75 * Double($0 - 1960) + Double(($0 * 31 + k * 17) % 11) / 5 }
            if k % 2 == 1 { values[k % 4 == 1 ? 0 : values.count - 1] += 1e4 }
            columns.append(values)
        }
        let matrix = try Matrix(rows: years.count, columns: columns.count, columnMajor: columns.flatMap { $0 })
        let batch = try LinearBatchFit(years: years, values: matrix)
        #expect(batch.twoPassCount == 20)
        for (k, values) in columns.enumerated() {
            let series = try Series(name: "s\(k)", years: years, values: values)
            let problems = BatchTests.agree(batch[k], try LinearFit(series), scale: series.scale)
            #expect(problems.isEmpty, "s\(k): \(problems)")
        }
    }

    @Test func resultsDoNotDependOnThreadsOrPanels() throws {
        let (one, _) = try Self.batch(count: 999)
        for (threads, panel) in [(2, 7), (3, 1), (2, 4096), (1, 5)] {
            let (other, _) = try Self.batch(count: 999, threads: threads, panelSize: panel)
            #expect(other.yMean == one.yMean && other.slope == one.slope && other.sse == one.sse,
                    "threads \(threads), panels of \(panel)")
            #expect(other.twoPassCount == one.twoPassCount)
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
