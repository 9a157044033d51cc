import Foundation

/// Exponential growth `y = B·M^year`, fitted as ordinary least squares of ln y on the year (LOGEST, GROWTH).
public struct LogLinearFit: Sendable, Equatable {
    /// The straight-line fit of ln y on the year; its statistics are those of LOGEST rows 2–5.
    public let log: LinearFit

    /// Fits exponential growth (every value must be > 0, at least 2 points).
    ///
    /// - Throws: `TrendError.nonPositive` naming the first value ≤ 0, `.tooFewPoints`.
    public init(_ series: Series) throws(TrendError) {
        for (year, value) in zip(series.years, series.values) where !(value > 0) {
            throw .nonPositive(series: series.name, model: "loglinear", year: year, value: value)
        }
        log = try LinearFit(name: series.name, years: series.years, values: series.values.map { Foundation.log($0) },
                            model: "loglinear")
    }

    /// The fitted growth rate per year, exp(b) − 1 (computed with expm1).
    public var growthRate: Double { expm1(log.slope) }

    /// The confidence interval of the growth rate, expm1(b ± t·se(b)); `nil` when df = 0.
    public func growthInterval(level: Double = 0.95) -> Interval? {
        log.slopeInterval(level: level)?.map(expm1)
    }

    /// LOGEST's m = exp(b) (= 1 + growth rate).
    public var logestM: Double { exp(log.slope) }
    /// LOGEST's b = exp(a), the value at year 0 (tiny for calendar years).
    public var logestB: Double { exp(log.intercept) }

    /// LOGEST(y, x, TRUE, TRUE): LINEST of ln y with its first row back-transformed, `[[m, b], ...]`.
    public var logestBlock: [[Double?]] {
        var block = log.linestBlock
        block[0] = [logestM, logestB]
        return block
    }

    /// The projection at `x`: median exp(ln-fit) (what GROWTH returns), the log-normal mean, and intervals that are
    /// exp() of the ln-scale intervals.
    public func projection(at x: Double, level: Double = 0.95) -> LogLinearProjection {
        let p = log.prediction(at: x, level: level)
        let s2 = log.residualVariance
        return LogLinearProjection(
            x: x, logFit: p.fit, median: exp(p.fit), lognormalMean: s2.map { exp(p.fit + $0 / 2) },
            meanInterval: p.meanInterval?.map(exp), predictionInterval: p.predictionInterval?.map(exp))
    }

    /// The exact year at which the fitted curve reaches `threshold` (> 0), or `nil` when flat or T ≤ 0.
    public func crossing(threshold: Double) -> ThresholdCrossing? {
        guard threshold > 0, log.slope != 0 else { return nil }
        let year = log.xMean + (Foundation.log(threshold) - log.yMean) / log.slope
        return ThresholdCrossing(threshold: threshold, year: year, direction: log.slope > 0 ? .up : .down,
                                 lastObservedYear: log.lastYear)
    }
}

/// A log-linear projection at one year.
public struct LogLinearProjection: Sendable, Equatable {
    /// The year.
    public let x: Double
    /// The fitted ln y.
    public let logFit: Double
    /// exp(ln-fit): the median of the log-normal, what GROWTH() returns.
    public let median: Double
    /// exp(ln-fit + s²/2): the mean of the log-normal (`nil` when s is undefined).
    public let lognormalMean: Double?
    /// exp() of the ln-scale confidence interval of the mean.
    public let meanInterval: Interval?
    /// exp() of the ln-scale prediction interval.
    public let predictionInterval: Interval?
}
