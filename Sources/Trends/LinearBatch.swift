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
        guard values.isFinite else { throw .invalidParameter(name: "values", detail: "contain NaN or infinities") }
        let xMean = Double(years.reduce(0, +)) / Double(n)
        let u = years.map { Double($0) - xMean }
        let sxx = u.reduce(0) { $0 + $1 * $1 }
        self.years = years
        self.xMean = xMean
        self.sxx = sxx
        let count = values.columns
        yMean = [Double](repeating: 0, count: count)
        slope = [Double](repeating: 0, count: count)
        sst = [Double](repeating: 0, count: count)
        sse = [Double](repeating: 0, count: count)
        // W = [1/n, u/Sxx], column-major n × 2.
        let weights = [Double](repeating: 1 / Double(n), count: n) + u.map { $0 / sxx }
        let panel = max(1, panelSize)
        var coefficients = [Double](repeating: 0, count: 2 * min(panel, max(count, 1)))
        values.elements.withUnsafeBufferPointer { y in
            weights.withUnsafeBufferPointer { w in
                coefficients.withUnsafeMutableBufferPointer { c in
                    var start = 0
                    while start < count {
                        let width = min(panel, count - start)
                        guard let yBase = y.baseAddress, let wBase = w.baseAddress, let cBase = c.baseAddress else { return }
                        gemm(transposeA: .transposed, transposeB: .none, m: 2, n: width, k: n, alpha: 1,
                             a: wBase, lda: n, b: yBase + start * n, ldb: n, beta: 0, c: cBase, ldc: 2)
                        residualSweep(y: yBase + start * n, coefficients: cBase, u: u, width: width, offset: start)
                        start += width
                    }
                }
            }
        }
    }

    /// SST and SSE of each column of a panel around its fitted line, plus the exactness rules.
    private mutating func residualSweep(y: UnsafePointer<Double>, coefficients: UnsafePointer<Double>, u: [Double],
                                        width: Int, offset: Int) {
        let n = u.count
        u.withUnsafeBufferPointer { up in
            for j in 0..<width {
                let column = y + j * n
                let mean = coefficients[2 * j], b = coefficients[2 * j + 1]
                let first = column[0]
                var st = 0.0, se = 0.0, maxAbs = 0.0
                var allEqual = true
                for i in 0..<n {
                    let v = column[i]
                    let d = v - mean
                    let r = d - b * up[i]
                    st += d * d
                    se += r * r
                    maxAbs = Swift.max(maxAbs, abs(v))
                    allEqual = allEqual && v == first
                }
                let fixed = LinearFit.exactness(n: n, slope: b, sst: st, sse: se, maxAbs: maxAbs, allEqual: allEqual)
                yMean[offset + j] = mean
                slope[offset + j] = fixed.slope
                sst[offset + j] = fixed.sst
                sse[offset + j] = fixed.sse
            }
        }
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
