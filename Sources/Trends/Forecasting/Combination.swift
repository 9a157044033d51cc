/// Several methods' forecasts combined step by step by their median or mean.
///
/// Combinations are the most robust choice for annual series in the forecasting competitions (Makridakis &
/// Hibon 2000; Petropoulos & Svetunkov 2020): no single method wins everywhere, and the median of a few good ones
/// is rarely far from the best.
public struct Combination: Sendable, Equatable, Hashable {
    /// How the methods' forecasts are combined.
    public enum Rule: String, Sendable, CaseIterable {
        case median, mean
        /// The mean weighted by the inverse of each member's mean absolute rolling-origin error on the series.
        case weighted
    }

    /// The default for yearly series (`chiffres project --model auto`): the median of the drift method, damped-trend
    /// smoothing, the Theta method on the logarithm (on the values when one is not positive) and the local and global
    /// trend model (LGT, on positive series of 8 values or more): with four members, the mean of the middle two.
    public static let yearly = Combination(
        [ForecastMethod(.drift), ForecastMethod(.damped), ForecastMethod(.theta, multiplicative: true), ForecastMethod(.lgt)],
        rule: .median)

    /// `yearly` without LGT (`chiffres project --model fast`): the median of drift, damped and log-Theta, about 30
    /// times faster (LGT is sampled by MCMC) and a little less accurate.
    public static let yearlyFast = Combination(
        [ForecastMethod(.drift), ForecastMethod(.damped), ForecastMethod(.theta, multiplicative: true)], rule: .median)

    /// The methods combined.
    public var methods: [ForecastMethod]
    /// The rule.
    public var rule: Rule

    /// A combination.
    public init(_ methods: [ForecastMethod], rule: Rule) {
        self.methods = methods
        self.rule = rule
    }

    /// The members that can run on `y`: when some value is not positive, a multiplicative method falls back to its
    /// additive form and LGT (positive series only) is left out, so the combination is always defined.
    public func members(for y: [Double]) -> [ForecastMethod] {
        let positive = y.allSatisfy { $0 > 0 }
        return methods.compactMap { m in
            if positive || !m.needsPositiveValues { return m }
            return m.kind == .lgt ? nil : ForecastMethod(m.kind)
        }
    }

    /// The combined forecasts of steps 1...h after `y`, with the members' parameters listed.
    public func forecast(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> MethodForecast {
        try fitted(y, steps: h, series: series).forecast
    }

    /// The members fitted to `y` (those `y` is long enough for) and their combined forecast.
    public func fitted(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> FittedForecaster {
        var fitted: [FittedMethod] = []
        for m in members(for: y) where y.count >= m.minimumCount {
            fitted.append(try m.fitted(y, steps: h, series: series))
        }
        guard !fitted.isEmpty else {
            throw .tooFewPoints(series: series, model: "combination", needed: 2, got: y.count)
        }
        let weights = rule == .weighted ? Combination.weights(y, members: fitted, steps: h) : nil
        let point = (0..<h).map { k in combine(fitted.map { $0.forecast.point[k] }, weights: weights) }
        let text = rule.rawValue + "(" + fitted.map(\.method.name).joined(separator: ",") + ")"
        return FittedForecaster(forecast: MethodForecast(point: point, standardError: nil, parameters: text),
                                members: fitted, rule: rule, weights: weights)
    }

    /// Each member's weight: the inverse of its mean absolute error over the last 10 origins (1...h years ahead,
    /// rerun with its fitted parameters), normalized; `nil` (equal weights) when some member has no error.
    static func weights(_ y: [Double], members: [FittedMethod], steps h: Int) -> [Double]? {
        let n = y.count
        var raw: [Double] = []
        for m in members {
            var sum = 0.0, count = 0
            for origin in Swift.max(6, m.minimumCount + 1, n - 10)..<Swift.max(n, 1) where origin < n {
                let steps = Swift.min(h, n - origin)
                guard let f = m.rerun(Array(y[0..<origin]), steps: steps) else { continue }
                for k in 0..<steps { sum += abs(y[origin + k] - f[k]); count += 1 }
            }
            guard count > 0, sum > 0, sum.isFinite else { return nil }
            raw.append(Double(count) / sum)
        }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// The median (mean of the middle two for an even count) or the mean.
    func combine(_ values: [Double], weights: [Double]? = nil) -> Double {
        var values = values
        return combine(&values, weights: weights)
    }

    /// The same, sorting `values` in place for the median (no copy).
    func combine(_ values: inout [Double], weights: [Double]? = nil) -> Double {
        values.withUnsafeMutableBufferPointer { combine($0, weights: weights) }
    }

    /// The same on a buffer, sorted in place for the median.
    func combine(_ values: UnsafeMutableBufferPointer<Double>, weights: [Double]? = nil) -> Double {
        switch rule {
        case .weighted:
            guard let weights, weights.count == values.count else { return values.reduce(0, +) / Double(values.count) }
            return zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            var sorted = values  // the same buffer, sorted in place
            sorted.sort()
            let m = values.count / 2
            return values.count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2
        }
    }
}
