import Dispatch
import LinearAlgebra

/// Linear fits of many series that share their years, computed together.
///
/// With centred years u = x − x̄, the mean and slope of every series are one matrix product:
/// `[ȳ, b] = Wᵀ·Y` with `W = [1/n, u/Sxx]` (n × 2) and `Y` the values (n × S, one series per column), done by BLAS
/// `dgemm`. A second sweep over each column, while it is still in cache, accumulates SST and SSE around the fit.
/// The product runs panel by panel (`panelSize` series at a time) so that the values are read from memory once.
/// Results equal the one-by-one `LinearFit` to rounding (the test holds them to 1/100 of the reference tolerance).
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
    /// Per series: SST.
    public private(set) var sst: [Double]
    /// Per series: SSE.
    public private(set) var sse: [Double]

    /// Fits every column of `values` against `years`.
    ///
    /// - Parameters:
    ///   - years: The shared years, strictly increasing, at least 2.
    ///   - values: An `n × S` matrix, one series per column (n = `years.count`), finite.
    ///   - panelSize: How many series one `dgemm` call covers (4096 by default: 1 MB at 30 years, cache-sized).
    /// - Throws: `TrendError.tooFewPoints`, `.invalidParameter` for mismatched shapes, unsorted years or non-finite values.
    public init(years: [Int], values: Matrix, panelSize: Int = 4096) throws(TrendError) {
        let n = years.count
        guard n >= 2 else { throw .tooFewPoints(series: "batch", model: "linear", needed: 2, got: n) }
        guard values.rows == n else {
            throw .invalidParameter(name: "values", detail: "\(values.rows) rows for \(n) years")
        }
        guard zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw .invalidParameter(name: "years", detail: "must be strictly increasing")
        }
        let xMean = Double(years.reduce(0, +)) / Double(n)
        let u = years.map { Double($0) - xMean }
        let sxx = u.reduce(0) { $0 + $1 * $1 }
        self.years = years
        self.xMean = xMean
        self.sxx = sxx
        self.panelSize = max(1, panelSize)
        let count = values.columns
        yMean = [Double](repeating: 0, count: count)
        slope = [Double](repeating: 0, count: count)
        sst = [Double](repeating: 0, count: count)
        sse = [Double](repeating: 0, count: count)
        try update(values: values)
    }

    /// How many series one `dgemm` call covers.
    public let panelSize: Int

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
        let u = years.map { Double($0) - xMean }
        // W = [1/n, u/Sxx], column-major n × 2.
        let weights = [Double](repeating: 1 / Double(n), count: n) + u.map { $0 / sxx }
        let panel = panelSize
        // Two workers (this machine class has 2 cores) on disjoint halves once the batch is large enough.
        let workers = count >= 65_536 ? 2 : 1
        var firstBad = [Int?](repeating: nil, count: workers)
        values.elements.withUnsafeBufferPointer { y in
        weights.withUnsafeBufferPointer { w in
        u.withUnsafeBufferPointer { up in
        yMean.withUnsafeMutableBufferPointer { meanOut in
        slope.withUnsafeMutableBufferPointer { slopeOut in
        sst.withUnsafeMutableBufferPointer { sstOut in
        sse.withUnsafeMutableBufferPointer { sseOut in
        firstBad.withUnsafeMutableBufferPointer { bad in
            guard let yBase = y.baseAddress, let wBase = w.baseAddress, let uBase = up.baseAddress,
                  let m = meanOut.baseAddress, let b = slopeOut.baseAddress, let t = sstOut.baseAddress,
                  let e = sseOut.baseAddress, let badBase = bad.baseAddress else { return }
            let out = Outputs(mean: m, slope: b, sst: t, sse: e)
            let inputs = Inputs(y: yBase, w: wBase, u: uBase, bad: badBase)
            let chunk = (count + workers - 1) / workers
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let lower = worker * chunk, upper = Swift.min(count, lower + chunk)
                var coefficients = [Double](repeating: 0, count: 2 * panel)
                coefficients.withUnsafeMutableBufferPointer { c in
                    guard let cBase = c.baseAddress else { return }
                    var start = lower
                    while start < upper {
                        let width = Swift.min(panel, upper - start)
                        gemm(transposeA: .transposed, transposeB: .none, m: 2, n: width, k: n, alpha: 1,
                             a: inputs.w, lda: n, b: inputs.y + start * n, ldb: n, beta: 0, c: cBase, ldc: 2)
                        if let found = LinearBatchFit.residualSweep(y: inputs.y + start * n, coefficients: cBase, u: inputs.u,
                                                                   n: n, width: width, offset: start, out: out),
                           inputs.bad[worker] == nil {
                            inputs.bad[worker] = found
                        }
                        start += width
                    }
                }
            }
        }}}}}}}}
        if let bad = firstBad.compactMap({ $0 }).min() {
            throw .invalidParameter(name: "values", detail: "series \(bad) contains NaN or an infinity")
        }
    }

    /// What the workers read (and where each records its first bad series, one slot per worker).
    private struct Inputs: @unchecked Sendable {
        let y: UnsafePointer<Double>, w: UnsafePointer<Double>, u: UnsafePointer<Double>
        let bad: UnsafeMutablePointer<Int?>
    }

    /// Where the sweep writes its results (disjoint ranges per worker).
    private struct Outputs: @unchecked Sendable {
        let mean: UnsafeMutablePointer<Double>, slope: UnsafeMutablePointer<Double>
        let sst: UnsafeMutablePointer<Double>, sse: UnsafeMutablePointer<Double>
    }

    /// SST and SSE of each column of a panel around its fitted line, plus the exactness rules.
    ///
    /// Each column (one series, `n` contiguous values) is swept with two interleaved accumulator chains while it is
    /// still in cache from the product.
    /// - Returns: The index of the first series with a NaN or infinity (found here, so the values are read once).
    private static func residualSweep(y: UnsafePointer<Double>, coefficients: UnsafePointer<Double>,
                                      u: UnsafePointer<Double>, n: Int, width: Int, offset: Int, out: Outputs) -> Int? {
        var bad: Int? = nil
        for j in 0..<width {
            let column = y + j * n
            let mean = coefficients[2 * j], b = coefficients[2 * j + 1]
            let first = column[0]
            // Two interleaved chains per sum hide the latency of the additions.
            var st0 = 0.0, st1 = 0.0, se0 = 0.0, se1 = 0.0, top0 = 0.0, top1 = 0.0
            var differs = false
            var k = 0
            while k + 1 < n {
                let v0 = column[k], v1 = column[k + 1]
                let d0 = v0 - mean, d1 = v1 - mean
                let r0 = d0 - b * u[k], r1 = d1 - b * u[k + 1]
                st0 += d0 * d0; st1 += d1 * d1
                se0 += r0 * r0; se1 += r1 * r1
                top0 = Swift.max(top0, abs(v0)); top1 = Swift.max(top1, abs(v1))
                differs = differs || (v0 != first) || (v1 != first)
                k += 2
            }
            if k < n {
                let v = column[k]
                let d = v - mean, r = d - b * u[k]
                st0 += d * d; se0 += r * r
                top0 = Swift.max(top0, abs(v))
                differs = differs || v != first
            }
            let stSum = st0 + st1, seSum = se0 + se1, maxAbs = Swift.max(top0, top1)
            if bad == nil && !(stSum + seSum + maxAbs).isFinite { bad = offset + j }
            let fixed = LinearFit.exactness(n: n, slope: b, sst: stSum, sse: seSum, maxAbs: maxAbs, allEqual: !differs)
            out.mean[offset + j] = mean
            out.slope[offset + j] = fixed.slope
            out.sst[offset + j] = fixed.sst
            out.sse[offset + j] = fixed.sse
        }
        return bad
    }

    /// The number of series.
    public var count: Int { yMean.count }

    /// The full fit of series `index`, with every statistic of `LinearFit`.
    public subscript(index: Int) -> LinearFit {
        LinearFit(n: years.count, firstYear: years[0], lastYear: years[years.count - 1], xMean: xMean, sxx: sxx,
                  yMean: yMean[index], slope: slope[index], sst: sst[index], sse: sse[index])
    }
}

extension LinearBatchFit {
    /// Fits many series that may have different years: series with the same set of years are grouped and each
    /// group is fitted by one `LinearBatchFit`.
    ///
    /// - Parameters:
    ///   - series: The series, in any order.
    ///   - panelSize: Passed to each group's batch.
    /// - Returns: One result per input series, in input order: the fit, or why it could not be fitted.
    public static func fitGrouped(_ series: [Series], panelSize: Int = 4096) -> [Result<LinearFit, TrendError>] {
        var results = [Result<LinearFit, TrendError>?](repeating: nil, count: series.count)
        var groups: [[Int]: [Int]] = [:]
        var order: [[Int]] = []
        for (i, s) in series.enumerated() {
            if s.count < 2 {
                results[i] = .failure(.tooFewPoints(series: s.name, model: "linear", needed: 2, got: s.count))
                continue
            }
            if groups[s.years] == nil { order.append(s.years) }
            groups[s.years, default: []].append(i)
        }
        for years in order {
            let members = groups[years] ?? []
            var elements: [Double] = []
            elements.reserveCapacity(years.count * members.count)
            for i in members { elements.append(contentsOf: series[i].values) }
            do {
                let matrix = try Matrix(rows: years.count, columns: members.count, columnMajor: elements)
                let batch = try LinearBatchFit(years: years, values: matrix, panelSize: panelSize)
                for (k, i) in members.enumerated() { results[i] = .success(batch[k]) }
            } catch let error as TrendError {
                for i in members { results[i] = .failure(error) }
            } catch {
                for i in members { results[i] = .failure(.numerical(series: series[i].name, model: "linear", detail: "\(error)")) }
            }
        }
        return results.map { $0 ?? .failure(.empty(series: "?")) }
    }
}
