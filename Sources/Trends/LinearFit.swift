/// Ordinary least squares `y = a + b·year`, computed on centred years, with the statistics of LINEST and statsmodels.
///
/// The fit stores its sufficient statistics (n, x̄, Sxx, ȳ, b, SST, SSE); every other quantity derives from them,
/// so a fit from the batch path and a fit of one series give the same numbers. Statistics that are mathematically
/// undefined (standard errors with 2 points, R² of a constant series, F of a perfect line) are `nil`.
public struct LinearFit: Sendable, Equatable {
    /// The number of points.
    public let n: Int
    /// The first and last x (calendar years).
    public let firstYear: Int, lastYear: Int
    /// The mean year x̄.
    public let xMean: Double
    /// Σ(x − x̄)².
    public let sxx: Double
    /// The mean value ȳ (the fitted value at x̄).
    public let yMean: Double
    /// The slope b (value per year).
    public let slope: Double
    /// The total sum of squares Σ(y − ȳ)².
    public let sst: Double
    /// The residual sum of squares Σ(y − a − b·x)².
    public let sse: Double

    /// Fits a line to a series (at least 2 points).
    ///
    /// - Parameter series: The data; its years are the x axis.
    /// - Throws: `TrendError.tooFewPoints` with fewer than 2 points.
    public init(_ series: Series) throws(TrendError) {
        try self.init(name: series.name, years: series.years, values: series.values, model: "linear")
    }

    /// Fits a line to parallel arrays of distinct years and finite values.
    init(name: String, years: [Int], values: [Double], model: String) throws(TrendError) {
        let n = years.count
        guard n >= 2 else { throw .tooFewPoints(series: name, model: model, needed: 2, got: n) }
        let xMean = Double(years.reduce(0, +)) / Double(n)
        var sxx = 0.0
        let u = years.map { year -> Double in
            let centred = Double(year) - xMean
            sxx += centred * centred
            return centred
        }
        let sums = values.withUnsafeBufferPointer { v in
            u.withUnsafeBufferPointer { c in LinearFit.twoPassSums(values: v, centredYears: c, sxx: sxx) }
        }
        self.init(n: n, firstYear: years[0], lastYear: years[n - 1], xMean: xMean, sxx: sxx, yMean: sums.yMean,
                  slope: sums.slope, sst: sums.sst, sse: sums.sse, maxAbs: sums.maxAbs, allEqual: sums.allEqual)
    }

    /// The sums of one series by the classic two-pass method: the mean, then Sxy, then SST and SSE around the fit.
    ///
    /// Used by the one-series fit and by the batch for the series its sweep cannot vouch for, so that the two paths
    /// compute those series with the same operations.
    /// - Parameters:
    ///   - values: The n values.
    ///   - centredYears: x − x̄ for each value.
    ///   - sxx: Σ(x − x̄)², accumulated in order.
    static func twoPassSums(values: UnsafeBufferPointer<Double>, centredYears u: UnsafeBufferPointer<Double>, sxx: Double)
        -> (yMean: Double, slope: Double, sst: Double, sse: Double, maxAbs: Double, allEqual: Bool) {
        let n = values.count
        var yMean = 0.0, maxAbs = 0.0
        var allEqual = true
        for i in 0..<n {
            yMean += values[i]
            maxAbs = max(maxAbs, abs(values[i]))
            allEqual = allEqual && values[i] == values[0]
        }
        yMean /= Double(n)
        var sxy = 0.0
        for i in 0..<n { sxy += u[i] * (values[i] - yMean) }
        let slope = sxy / sxx
        var sst = 0.0, sse = 0.0
        for i in 0..<n {
            let d = values[i] - yMean
            let r = d - slope * u[i]
            sst += d * d
            sse += r * r
        }
        return (yMean, slope, sst, sse, maxAbs, allEqual)
    }

    /// A fit from sufficient statistics, applying the two float64 rules of the reference suite: a constant series
    /// has b = 0 and SST = 0, and SSE ≤ n·(64·ε·max|y|)² is an exact fit (SSE = 0).
    package init(n: Int, firstYear: Int, lastYear: Int, xMean: Double, sxx: Double, yMean: Double, slope: Double,
                 sst: Double, sse: Double, maxAbs: Double, allEqual: Bool) {
        self.n = n
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.xMean = xMean
        self.sxx = sxx
        self.yMean = yMean
        (self.slope, self.sst, self.sse) = LinearFit.exactness(n: n, slope: slope, sst: sst, sse: sse,
                                                               maxAbs: maxAbs, allEqual: allEqual)
    }

    /// The two float64 rules of the reference suite, shared by the one-series and batch paths.
    @inline(__always)
    static func exactness(n: Int, slope: Double, sst: Double, sse: Double, maxAbs: Double, allEqual: Bool)
        -> (slope: Double, sst: Double, sse: Double) {
        if allEqual { return (0, 0, 0) }
        let noise = 64 * Double.ulpOfOne * maxAbs
        return (slope, sst, sse <= Double(n) * noise * noise ? 0 : sse)
    }

    /// A fit from statistics to which `exactness` was already applied (batch results).
    @usableFromInline
    package init(n: Int, firstYear: Int, lastYear: Int, xMean: Double, sxx: Double, yMean: Double, slope: Double,
                 sst: Double, sse: Double) {
        self.n = n
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.xMean = xMean
        self.sxx = sxx
        self.yMean = yMean
        self.slope = slope
        self.sst = sst
        self.sse = sse
    }

    /// Residual degrees of freedom, n − 2.
    @inlinable public var df: Int { n - 2 }
    /// The intercept a: the fitted value at year 0, as LINEST and statsmodels report it with calendar years.
    @inlinable public var intercept: Double { yMean - slope * xMean }
    /// The regression sum of squares SST − SSE.
    @inlinable public var ssreg: Double { sst - sse }
    /// The residual variance s² = SSE/df (`nil` when df = 0).
    @inlinable public var residualVariance: Double? { df > 0 ? sse / Double(df) : nil }
    /// The residual standard error s (Excel's sey; statsmodels' √scale).
    ///
    /// (s² ≥ 0; taking its magnitude lets the compiler use the square-root instruction alone, without the C library
    /// call that could set `errno`, and share it between the standard errors computed in one loop.)
    @inlinable public var residualStandardError: Double? { residualVariance.map { $0.magnitude.squareRoot() } }
    /// The standard error of the slope, s/√Sxx.
    @inlinable public var slopeStandardError: Double? { residualStandardError.map { $0 / sxx.squareRoot() } }
    /// The standard error of the intercept, s·√(1/n + x̄²/Sxx).
    @inlinable public var interceptStandardError: Double? {
        residualStandardError.map { $0 * (1 / Double(n) + xMean * xMean / sxx).squareRoot() }
    }
    /// The covariance of intercept and slope, −x̄·s²/Sxx.
    @inlinable public var interceptSlopeCovariance: Double? { residualVariance.map { -xMean * $0 / sxx } }
    /// R² = 1 − SSE/SST (`nil` for a constant series).
    @inlinable public var r2: Double? { sst > 0 ? 1 - sse / sst : nil }
    /// Adjusted R² = 1 − (1 − R²)(n − 1)/df (`nil` when df = 0 or R² is undefined).
    @inlinable public var adjustedR2: Double? {
        guard df > 0, let r2 else { return nil }
        return 1 - (1 - r2) * Double(n - 1) / Double(df)
    }
    /// F = SSreg/s² with 1 and df degrees of freedom (`nil` when infinite or undefined).
    @inlinable public var f: Double? {
        guard let s2 = residualVariance, s2 > 0, sst > 0 else { return nil }
        return ssreg / s2
    }
    /// The t statistic of the slope, b/se(b) (`nil` when se(b) is 0 or undefined).
    @inlinable public var slopeTStatistic: Double? {
        guard let se = slopeStandardError, se > 0 else { return nil }
        return slope / se
    }
    /// The fitted value at the last observed year.
    public var fittedLast: Double { value(at: Double(lastYear)) }

    /// The fitted value at `x`, computed as ȳ + b(x − x̄).
    public func value(at x: Double) -> Double { yMean + slope * (x - xMean) }

    /// The two-sided Student-t quantile for `level` at df = n − 2 (`nil` when df = 0).
    public func tQuantile(level: Double) -> Double? {
        df > 0 ? StudentT.quantile((1 + level) / 2, degreesOfFreedom: Double(df)) : nil
    }

    /// The confidence interval of the slope, b ± t·se(b).
    public func slopeInterval(level: Double = 0.95) -> Interval? {
        guard let t = tQuantile(level: level), let se = slopeStandardError else { return nil }
        return Interval(center: slope, halfWidth: t * se)
    }

    /// The confidence interval of the intercept, a ± t·se(a).
    public func interceptInterval(level: Double = 0.95) -> Interval? {
        guard let t = tQuantile(level: level), let se = interceptStandardError else { return nil }
        return Interval(center: intercept, halfWidth: t * se)
    }
}
