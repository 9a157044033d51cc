import Foundation

/// How Holt's recursion is started.
public enum HoltStart: String, Sendable, CaseIterable {
    /// ℓ₀ = y₁, b₀ = y₂ − y₁, recursion over all n observations: statsmodels `Holt(initialization_method="known")`,
    /// R `forecast::holt(initial="simple")`. The default, and the one with ETS(A,A,N) intervals.
    case firstTwoPoints
    /// ℓ₂ = y₂, b₂ = y₂ − y₁, recursion over t = 3…n: R `stats::HoltWinters(gamma = FALSE)`.
    case secondPoint
}

/// Holt's linear exponential smoothing (additive trend, no damping, no season) with fixed or fitted α and β.
///
/// The recursion runs on the full annual grid first…last year; a missing year is filled by linear interpolation
/// between its observed neighbours (FORECAST.ETS's default data completion). Prediction intervals are those of the
/// ETS(A,A,N) state-space model, which is what FORECAST.ETS computes when seasonality is off.
public struct HoltFit: Sendable, Equatable {
    /// The level smoothing parameter α.
    public let alpha: Double
    /// The trend smoothing parameter β (Holt's β*, statsmodels' `smoothing_trend`).
    public let beta: Double
    /// How the recursion was started.
    public let start: HoltStart
    /// The years of the annual grid the recursion ran on.
    public let years: [Int]
    /// The values on that grid (observed or interpolated).
    public let values: [Double]
    /// The years that were missing and filled by interpolation.
    public let filledYears: [Int]
    /// The initial level and trend.
    public let initialLevel: Double, initialTrend: Double
    /// The final level ℓₙ.
    public let level: Double
    /// The final trend bₙ.
    public let trend: Double
    /// The one-step-ahead errors yₜ − (ℓₜ₋₁ + bₜ₋₁), one per smoothed observation.
    public let oneStepErrors: [Double]

    /// Smooths `series` with fixed parameters, or fits α and β by minimizing the one-step squared error when
    /// they are `nil`.
    ///
    /// - Parameters:
    ///   - series: At least 2 points.
    ///   - alpha: α in (0, 1], or `nil` to fit it.
    ///   - beta: β in [0, 1], or `nil` to fit it.
    ///   - start: The start convention (`.firstTwoPoints` by default).
    /// - Throws: `TrendError.tooFewPoints`, `.invalidParameter` for α or β out of range.
    public init(_ series: Series, alpha: Double? = nil, beta: Double? = nil, start: HoltStart = .firstTwoPoints) throws(TrendError) {
        guard series.count >= 2 else { throw .tooFewPoints(series: series.name, model: "holt", needed: 2, got: series.count) }
        if let alpha, !(alpha > 0 && alpha <= 1) { throw .invalidParameter(name: "alpha", detail: "\(alpha) is not in (0, 1]") }
        if let beta, !(beta >= 0 && beta <= 1) { throw .invalidParameter(name: "beta", detail: "\(beta) is not in [0, 1]") }
        let grid = HoltFit.annualGrid(series)
        let fitted = (alpha != nil && beta != nil)
            ? (alpha ?? 0, beta ?? 0)
            : HoltFit.fitParameters(grid.values, alpha: alpha, beta: beta, start: start)
        guard let (a, b) = fitted else {
            throw .numerical(series: series.name, model: "holt",
                             detail: "no smoothing parameters give a finite error sum; the values are too large")
        }
        self = HoltFit(grid: grid, alpha: a, beta: b, start: start)
    }

    /// Runs the recursion on a grid.
    private init(grid: (years: [Int], values: [Double], filled: [Int]), alpha: Double, beta: Double, start: HoltStart) {
        let y = grid.values
        let run = HoltFit.recursion(y, alpha: alpha, beta: beta, start: start)
        self.alpha = alpha
        self.beta = beta
        self.start = start
        self.years = grid.years
        self.values = y
        self.filledYears = grid.filled
        self.initialLevel = start == .firstTwoPoints ? y[0] : y[1]
        self.initialTrend = y[1] - y[0]
        self.level = run.level
        self.trend = run.trend
        self.oneStepErrors = run.errors
    }

    /// The annual grid with interpolated gaps.
    static func annualGrid(_ series: Series) -> (years: [Int], values: [Double], filled: [Int]) {
        var years: [Int] = [], values: [Double] = [], filled: [Int] = []
        for i in 0..<series.count {
            if i > 0 {
                let (y0, y1) = (series.years[i - 1], series.years[i])
                let (v0, v1) = (series.values[i - 1], series.values[i])
                for missing in stride(from: y0 + 1, to: y1, by: 1) {
                    years.append(missing)
                    values.append(v0 + (v1 - v0) * Double(missing - y0) / Double(y1 - y0))
                    filled.append(missing)
                }
            }
            years.append(series.years[i])
            values.append(series.values[i])
        }
        return (years, values, filled)
    }

    /// The recursion ℓₜ = αyₜ + (1−α)(ℓₜ₋₁ + bₜ₋₁), bₜ = β(ℓₜ − ℓₜ₋₁) + (1−β)bₜ₋₁.
    static func recursion(_ y: [Double], alpha: Double, beta: Double, start: HoltStart)
        -> (level: Double, trend: Double, errors: [Double], sse: Double) {
        var level = start == .firstTwoPoints ? y[0] : y[1]
        var trend = y[1] - y[0]
        let first = start == .firstTwoPoints ? 0 : 2
        var errors: [Double] = []
        errors.reserveCapacity(y.count)
        var sse = 0.0
        for t in first..<y.count {
            let forecast = level + trend
            let e = y[t] - forecast
            errors.append(e)
            sse += e * e
            let newLevel = alpha * y[t] + (1 - alpha) * forecast
            trend = beta * (newLevel - level) + (1 - beta) * trend
            level = newLevel
        }
        return (level, trend, errors, sse)
    }

    /// The sum of squared one-step errors.
    public var sse: Double { oneStepErrors.reduce(0) { $0 + $1 * $1 } }

    /// The k-step forecast ℓₙ + k·bₙ.
    public func forecast(steps k: Int) -> Double { level + Double(k) * trend }

    /// The ETS(A,A,N) innovation variance σ² = SSE/m over the m one-step errors (statsmodels `mse`);
    /// `nil` when there are none.
    public var sigma2: Double? { oneStepErrors.isEmpty ? nil : sse / Double(oneStepErrors.count) }

    /// The standard error of the k-step forecast in ETS(A,A,N) form:
    /// σ²·[1 + (k−1)(α² + αBk + B²k(2k−1)/6)] with B = αβ.
    public func forecastStandardError(steps k: Int) -> Double? {
        guard let s2 = sigma2, k >= 1 else { return nil }
        let a = alpha, b = alpha * beta, kd = Double(k)
        let factor = 1 + (kd - 1) * (a * a + a * b * kd + b * b * kd * (2 * kd - 1) / 6)
        return (s2 * factor).squareRoot()
    }

    /// The ETS(A,A,N) prediction interval of the k-step forecast at `level`, forecast ± z·se (normal quantile).
    public func predictionInterval(steps k: Int, level: Double = 0.95) -> Interval? {
        guard let se = forecastStandardError(steps: k), let z = Normal.quantile((1 + level) / 2) else { return nil }
        return Interval(center: forecast(steps: k), halfWidth: z * se)
    }

    /// The last year of the grid.
    public var lastYear: Int { years[years.count - 1] }

    /// When the forecast line ℓₙ + k·bₙ reaches `threshold` (k may be ≤ 0: already crossed), `nil` when flat.
    public func crossing(threshold: Double) -> ThresholdCrossing? {
        guard trend != 0 else { return nil }
        return ThresholdCrossing(threshold: threshold, year: Double(lastYear) + (threshold - level) / trend,
                                 direction: trend > 0 ? .up : .down, lastObservedYear: lastYear)
    }
}
