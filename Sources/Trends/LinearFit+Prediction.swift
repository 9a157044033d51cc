/// The fitted value of a trend at a year, with its standard errors and intervals.
public struct Prediction: Sendable, Equatable {
    /// The year (x).
    public let x: Double
    /// The fitted or projected value (TREND, FORECAST.LINEAR).
    public let fit: Double
    /// The standard error of the fitted mean, s·√h.
    public let meanStandardError: Double?
    /// The standard error for a new observation, s·√(1 + h).
    public let observationStandardError: Double?
    /// The confidence interval of the mean (statsmodels `mean_ci`, R `interval = "confidence"`).
    public let meanInterval: Interval?
    /// The prediction interval of a new observation (statsmodels `obs_ci`, R `interval = "prediction"`).
    public let predictionInterval: Interval?
}

extension LinearFit {
    /// The prediction at `x` with intervals at `level`, where h = 1/n + (x − x̄)²/Sxx.
    ///
    /// - Parameters:
    ///   - x: A year (may be outside the data: a projection).
    ///   - level: The confidence level, 0.95 by default.
    /// - Returns: The fit, and standard errors and intervals when df > 0.
    public func prediction(at x: Double, level: Double = 0.95) -> Prediction {
        let fit = value(at: x)
        guard let s = residualStandardError, let t = tQuantile(level: level) else {
            return Prediction(x: x, fit: fit, meanStandardError: nil, observationStandardError: nil,
                              meanInterval: nil, predictionInterval: nil)
        }
        let u = x - xMean
        let h = 1 / Double(n) + u * u / sxx
        let seMean = s * h.squareRoot()
        let seObs = s * (1 + h).squareRoot()
        return Prediction(x: x, fit: fit, meanStandardError: seMean, observationStandardError: seObs,
                          meanInterval: Interval(center: fit, halfWidth: t * seMean),
                          predictionInterval: Interval(center: fit, halfWidth: t * seObs))
    }

    /// LINEST(y, x, TRUE, TRUE) in spreadsheet layout, 5 rows × 2 columns:
    /// `[[b, a], [se_b, se_a], [R², s], [F, df], [ssreg, SSE]]`; undefined cells are `nil` (#N/A).
    public var linestBlock: [[Double?]] {
        [[slope, intercept],
         [slopeStandardError, interceptStandardError],
         [r2, residualStandardError],
         [f, Double(df)],
         [ssreg, sse]]
    }

    /// When the line reaches `threshold`, or `nil` when the slope is 0.
    public func crossing(threshold: Double) -> ThresholdCrossing? {
        guard slope != 0 else { return nil }
        return ThresholdCrossing(threshold: threshold, year: xMean + (threshold - yMean) / slope,
                                 direction: slope > 0 ? .up : .down, lastObservedYear: lastYear)
    }
}
