import Foundation

/// The accuracy of forecasts against what happened, as the forecasting competitions score it (Makridakis & Hibon
/// 2000; M4, Makridakis et al. 2020).
public struct ForecastAccuracy: Sendable, Equatable {
    /// Mean of 200·|y − ŷ|/(|y| + |ŷ|) (0 where both are 0).
    public var smape: Double
    /// The mean absolute error divided by the in-sample mean absolute first difference; `nil` when that is 0.
    public var mase: Double?
    /// Mean absolute error.
    public var mae: Double
    /// Root mean squared error.
    public var rmse: Double
    /// The share of actuals inside the intervals; `nil` without intervals.
    public var coverage: Double?
    /// The mean interval score (Gneiting & Raftery 2007) scaled like MASE; `nil` without intervals or scale.
    public var msis: Double?

    /// Scores `forecasts` (and optional `intervals`, at `level`) against `actuals`; `history` is the series the
    /// forecasts were made from (its first differences scale MASE and MSIS).
    public init(actuals: [Double], forecasts: [Double], intervals: [Interval]? = nil, level: Double = 0.95,
                history: [Double]) {
        let n = min(actuals.count, forecasts.count)
        var s = 0.0, a = 0.0, q = 0.0
        for i in 0..<n {
            let (y, f) = (actuals[i], forecasts[i])
            let denominator = abs(y) + abs(f)
            s += denominator > 0 ? 200 * abs(y - f) / denominator : 0
            a += abs(y - f)
            q += (y - f) * (y - f)
        }
        let count = Double(max(n, 1))
        smape = s / count
        mae = a / count
        rmse = (q / count).squareRoot()
        let scale = ForecastAccuracy.scale(history)
        mase = scale.map { mae / $0 }
        if let intervals {
            let m = min(n, intervals.count)
            var inside = 0, score = 0.0
            let alpha = 1 - level
            for i in 0..<m {
                let (y, r) = (actuals[i], intervals[i])
                if y >= r.low && y <= r.high { inside += 1 }
                score += (r.high - r.low) + (y < r.low ? 2 / alpha * (r.low - y) : 0) + (y > r.high ? 2 / alpha * (y - r.high) : 0)
            }
            coverage = Double(inside) / Double(max(m, 1))
            msis = scale.map { score / Double(max(m, 1)) / $0 }
        }
    }

    /// The in-sample mean absolute first difference, `nil` when it is 0 or there is no difference.
    public static func scale(_ history: [Double]) -> Double? {
        guard history.count >= 2 else { return nil }
        var s = 0.0
        for t in 1..<history.count { s += abs(history[t] - history[t - 1]) }
        let scale = s / Double(history.count - 1)
        return scale > 0 && scale.isFinite ? scale : nil
    }
}
