import Dispatch
import Foundation
import LinearAlgebra

/// Linear fits of many series that share their years, computed together.
///
/// With centred years u = x − x̄ the fits of all series are one matrix product, `[Σy, Σu·y] = Yᵀ·[1, u]` (Y is
/// n × S, one series per column), plus a sum of squares per series. The batch computes both in a single sweep over
/// the values, reading each value from memory once, with each series measured from a reference line so that the
/// sums combine without loss of precision; the few series for which that cannot be vouched for (smooth trends, exact
/// or constant series, non-finite values) are redone while in cache, in the last resort by the two-pass method of
/// `LinearFit` (see `Sweep`). Every result equals the one-by-one fit to rounding, with the same undefined cases.
public struct LinearBatchFit: Sendable {
    /// The shared years (strictly increasing).
    public let years: [Int]
    /// The mean year x̄.
    public let xMean: Double
    /// Σ(x − x̄)².
    public let sxx: Double
    /// Per series: the mean value ȳ.
    public private(set) var yMean: [Double]
    /// Per series: the slope b.
    public private(set) var slope: [Double]
    /// Per series: SSE (SST is SSE + b²·Sxx, see `subscript`).
    public private(set) var sse: [Double]
    /// How many series one unit of work covers when several threads share the batch.
    public let panelSize: Int
    /// How many threads fit the batch (1 by default).
    public let threads: Int
    /// How many series were refitted around the chord through their end points, after the cheapest sums could not
    /// vouch for their precision (smooth, strong trends); the values are still in cache then.
    public private(set) var chordPassCount: Int
    /// How many series were recomputed by the two-pass method of `LinearFit` (exact or constant series, two points,
    /// non-finite values, overflow, a rare loss of precision); 0 for most data.
    public private(set) var twoPassCount: Int

    /// Fits every column of `values` against `years`.
    ///
    /// - Parameters:
    ///   - years: The shared years, strictly increasing, at least 2.
    ///   - values: An `n × S` matrix, one series per column (n = `years.count`), finite.
    ///   - panelSize: How many series a thread takes at a time (4096 by default); results do not depend on it.
    ///   - threads: How many threads share the work (1 by default); results do not depend on it.
    /// - Throws: `TrendError.tooFewPoints`, `.invalidParameter` for mismatched shapes, unsorted years or non-finite values.
    public init(years: [Int], values: Matrix, panelSize: Int = 4096, threads: Int = 1) throws(TrendError) {
        let n = years.count
        guard n >= 2 else { throw .tooFewPoints(series: "batch", model: "linear", needed: 2, got: n) }
        guard values.rows == n else {
            throw .invalidParameter(name: "values", detail: "\(values.rows) rows for \(n) years")
        }
        guard zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .invalidParameter(name: "years", detail: "must be strictly increasing")
        }
        let xMean = Double(years.reduce(0, +)) / Double(n)
        self.years = years
        self.xMean = xMean
        let sxx = years.reduce(0) { sum, year in
            let u = Double(year) - xMean
            return sum + u * u
        }
        self.sxx = sxx
        self.panelSize = max(1, panelSize)
        self.threads = max(1, threads)
        // Fresh result memory is written once, by the sweep itself (no zero-filling pass before it).
        let count = values.columns
        var report = Sweep.Report()
        var slopes: [Double] = [], sses: [Double] = []
        let means = [Double](unsafeUninitializedCapacity: count) { m, mCount in
            slopes = [Double](unsafeUninitializedCapacity: count) { b, bCount in
                sses = [Double](unsafeUninitializedCapacity: count) { e, eCount in
                    guard let m = m.baseAddress, let b = b.baseAddress, let e = e.baseAddress else { return }
                    report = Self.sweep(values, years: years, xMean: xMean, sxx: sxx, panelSize: max(1, panelSize),
                                        threads: max(1, threads), into: Sweep.Outputs(mean: m, slope: b, sse: e))
                    (mCount, bCount, eCount) = (count, count, count)
                }
            }
        }
        (yMean, slope, sse) = (means, slopes, sses)
        (chordPassCount, twoPassCount) = (report.chord, report.twoPass)
        if let bad = report.firstBad {
            throw .invalidParameter(name: "values", detail: "series \(bad) contains NaN or an infinity")
        }
    }

    /// Refits with new values for the same years and the same number of series, reusing this fit's storage
    /// (no new memory: useful when fitting many batches of the same shape).
    ///
    /// - Parameter values: An `n × S` matrix with the same shape as the one this fit was made from.
    /// - Throws: `TrendError.invalidParameter` for another shape, or a NaN or infinity (naming the first such series).
    public mutating func update(values: Matrix) throws(TrendError) {
        let n = years.count, count = yMean.count
        guard values.rows == n, values.columns == count else {
            throw .invalidParameter(name: "values", detail: "\(values.rows)×\(values.columns), expected \(n)×\(count)")
        }
        var report = Sweep.Report()
        yMean.withUnsafeMutableBufferPointer { m in
        slope.withUnsafeMutableBufferPointer { b in
        sse.withUnsafeMutableBufferPointer { e in
            guard let m = m.baseAddress, let b = b.baseAddress, let e = e.baseAddress else { return }
            report = Self.sweep(values, years: years, xMean: xMean, sxx: sxx, panelSize: panelSize, threads: threads,
                                into: Sweep.Outputs(mean: m, slope: b, sse: e))
        }}}
        (chordPassCount, twoPassCount) = (report.chord, report.twoPass)
        if let bad = report.firstBad {
            throw .invalidParameter(name: "values", detail: "series \(bad) contains NaN or an infinity")
        }
    }

    /// Runs the sweep over every series of `values` (shape already checked), on `threads` threads taking panels of
    /// `panelSize` series in turn, so that a thread slowed by other work simply takes fewer.
    private static func sweep(_ values: Matrix, years: [Int], xMean: Double, sxx: Double, panelSize panel: Int,
                              threads: Int, into out: Sweep.Outputs) -> Sweep.Report {
        let n = years.count, count = values.columns
        let u = years.map { Double($0) - xMean }
        let workers = Swift.min(threads, (count + panel - 1) / panel)
        return values.elements.withUnsafeBufferPointer { y -> Sweep.Report in
            u.withUnsafeBufferPointer { up -> Sweep.Report in
                guard let yBase = y.baseAddress, let uBase = up.baseAddress else { return Sweep.Report() }
                let sweep = Sweep(values: yBase, centredYears: uBase, n: n, sxx: sxx, out: out)
                if workers <= 1 { return sweep.run(0..<count) }
                let panels = PanelDispenser()
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var mine = Sweep.Report()
                    while true {
                        let start = panels.claim() * panel
                        if start >= count { break }
                        mine.add(sweep.run(start..<Swift.min(count, start + panel)))
                    }
                    panels.gather(mine)
                }
                return panels.total
            }
        }
    }

    /// The number of series.
    public var count: Int { yMean.count }

    /// The full fit of series `index`, with every statistic of `LinearFit`; its SST is SSE + b²·Sxx, which equals
    /// Σ(y − ȳ)² for a least-squares line (0 for a constant series, where b = 0 and SSE = 0).
    @inlinable public subscript(index: Int) -> LinearFit {
        let b = slope[index], e = sse[index]
        return LinearFit(n: years.count, firstYear: years[0], lastYear: years[years.count - 1], xMean: xMean, sxx: sxx,
                         yMean: yMean[index], slope: b, sst: e + b * b * sxx, sse: e)
    }
}

/// Hands out the panels of a batch to the threads that sweep it, one at a time, and gathers their reports.
private final class PanelDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var report = LinearBatchFit.Sweep.Report()

    /// The index of the next panel to sweep.
    func claim() -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        return next - 1
    }

    /// Adds what one thread found.
    func gather(_ found: LinearBatchFit.Sweep.Report) {
        lock.lock()
        defer { lock.unlock() }
        report.add(found)
    }

    /// Everything the threads found.
    var total: LinearBatchFit.Sweep.Report {
        lock.lock()
        defer { lock.unlock() }
        return report
    }
}
