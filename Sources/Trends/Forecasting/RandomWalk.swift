/// The random walk, with or without drift: the last value, plus h times the mean yearly change when drifting.
///
/// Standard errors: σ√h without drift, σ√(h(1 + h/(n − 1))) with drift (Hyndman & Athanasopoulos, FPP3 5.5),
/// σ² the mean squared (demeaned, with drift) first difference.
public struct RandomWalk: Sendable, Equatable {
    /// The last value.
    public let last: Double
    /// The mean yearly change (0 without drift).
    public let drift: Double
    /// The variance of the yearly changes.
    public let sigma2: Double
    /// The number of observations.
    public let count: Int
    /// Whether the walk drifts.
    public let drifting: Bool

    /// Fits the walk to `y` (at least 2 values).
    public init(_ y: [Double], drift drifting: Bool) throws(TrendError) {
        let n = y.count
        guard n >= 2 else { throw .tooFewPoints(series: "", model: drifting ? "drift" : "naive", needed: 2, got: n) }
        last = y[n - 1]
        drift = drifting ? (y[n - 1] - y[0]) / Double(n - 1) : 0
        var s = 0.0
        for t in 1..<n { let d = y[t] - y[t - 1] - drift; s += d * d }
        let df = drifting ? n - 2 : n - 1
        sigma2 = df > 0 ? s / Double(df) : 0
        count = n
        self.drifting = drifting
    }

    /// The forecasts of steps 1...h and their standard errors.
    public func forecast(steps h: Int) -> MethodForecast {
        let point = (0..<h).map { last + Double($0 + 1) * drift }
        return MethodForecast(point: point, standardError: standardErrors(steps: h),
                              parameters: drifting ? parameterText("drift", drift) : "")
    }

    /// The standard errors of steps 1...h alone (the calibration's floor: no points, no parameter text).
    public func standardErrors(steps h: Int) -> [Double] {
        (0..<h).map { k -> Double in
            let steps = Double(k + 1)
            return (sigma2 * steps * (drifting ? 1 + steps / Double(count - 1) : 1)).squareRoot()
        }
    }
}
