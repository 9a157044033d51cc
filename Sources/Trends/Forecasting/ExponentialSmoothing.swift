import Foundation

/// Exponential smoothing with an additive error: simple (ETS(A,N,N)), or with a damped additive trend
/// (ETS(A,Ad,N), Gardner & McKenzie 1985). Parameters minimize the one-step squared error (the ETS likelihood's
/// estimator for a fixed σ): α ∈ [0.0001, 0.9999], β ∈ [0.0001, 0.9999] (as a share of α), φ ∈ [0.8, 0.98] (the
/// bounds of R's `forecast::ets` and statsforecast). Initial state: ℓ₀ by least squares without trend;
/// ℓ₀ = y₁, b₀ = y₂ − y₁ with the damped trend.
public struct ExponentialSmoothing: Sendable, Equatable {
    /// Which trend the model has.
    public enum Trend: String, Sendable {
        case none, damped
    }

    /// The trend component.
    public let trendKind: Trend
    /// The smoothing parameters (β, φ unused without trend).
    public let alpha: Double, beta: Double, phi: Double
    /// The initial and final states.
    public let initialLevel: Double, initialTrend: Double
    public let level: Double, trend: Double
    /// The innovation variance SSE/n.
    public let sigma2: Double
    /// The number of observations fitted.
    public let count: Int

    /// Fits the model to `y` (at least 3 values for the damped trend, 2 for simple smoothing).
    public init(_ y: [Double], trend kind: Trend) throws(TrendError) {
        let needed = kind == .none ? 2 : 3
        guard y.count >= needed else {
            throw .tooFewPoints(series: "", model: kind == .none ? "ses" : "damped", needed: needed, got: y.count)
        }
        let trended = kind == .damped
        func parameters(_ p: [Double]) -> SmoothingParameters {
            SmoothingParameters(alpha: p[0], beta: trended ? p[1] : 0, phi: trended ? p[2] : 1, trended: trended)
        }
        let objective = { (p: [Double]) -> Double in ExponentialSmoothing.start(y, parameters(p)).sse }
        let search = trended
            ? NelderMead(lower: [1e-4, 1e-4, 0.8], upper: [0.9999, 0.9999, 0.98], maxEvaluations: 200)
            : NelderMead(lower: [1e-4], upper: [0.9999], maxEvaluations: 80)
        // One start for the damped trend, at a moderate trend (α 0.5, β 0.1, φ 0.95): the local optimum near it
        // forecasts better than a global search that lets short series' noise set a strong trend.
        var best: (point: [Double], value: Double) = ([], .infinity)
        let starts: [[Double]] = trended ? [[0.5, 0.1, 0.95]] : [[0.2], [0.8]]
        for s in starts {
            let found = search.minimize(objective, start: s)
            if found.value < best.value || best.point.isEmpty { best = found }
        }
        self.init(y, parameters: parameters(best.point))
    }

    /// The model with fixed parameters run over `y` (at least 2 values; 2 for the damped trend too, whose initial
    /// state then takes both).
    init(_ y: [Double], parameters p: SmoothingParameters) {
        let initial = ExponentialSmoothing.start(y, p)
        let final = SmoothingRecursion.run(y, p, level: initial.level, trend: initial.trend)
        trendKind = p.trended ? .damped : .none
        alpha = p.alpha; beta = p.beta; phi = p.phi
        initialLevel = initial.level; initialTrend = initial.trend
        level = final.level; self.trend = final.trend
        sigma2 = final.sse / Double(y.count)
        count = y.count
    }

    /// The parameters, as the recursion takes them.
    var parameters: SmoothingParameters {
        SmoothingParameters(alpha: alpha, beta: beta, phi: phi, trended: trendKind == .damped)
    }

    /// The initial state and the SSE it gives: the damped trend starts from the classic ℓ₀ = y₁, b₀ = y₂ − y₁ (fitting
    /// b₀ too lets a short series' first years set the trend it extrapolates); the level alone is fitted by least squares.
    static func start(_ y: [Double], _ p: SmoothingParameters) -> (level: Double, trend: Double, sse: Double) {
        if p.trended {
            return (y[0], y[1] - y[0], SmoothingRecursion.run(y, p, level: y[0], trend: y[1] - y[0]).sse)
        }
        let profile = SmoothingRecursion.simpleProfile(count: y.count, alpha: p.alpha) { y[$0] }
        return (profile.level0, 0, profile.sse)
    }

    /// The forecast of steps 1...h: ℓₙ + (φ + φ² + … + φʰ)bₙ, and the ETS standard error
    /// σ·√(1 + Σⱼ₌₁ʰ⁻¹ cⱼ²), cⱼ = α(1 + βφⱼ) with φⱼ = φ + … + φʲ.
    public func forecast(steps h: Int) -> MethodForecast {
        var point: [Double] = [], se: [Double] = []
        point.reserveCapacity(max(h, 1)); se.reserveCapacity(max(h, 1))
        var cumulativePhi = 0.0, power = 1.0, variance = 1.0
        for k in 1...max(h, 1) {
            if trendKind == .damped { power *= phi; cumulativePhi += power }
            point.append(level + cumulativePhi * trend)
            se.append((sigma2 * variance).squareRoot())
            let c = alpha * (1 + (trendKind == .damped ? beta * cumulativePhi : 0))
            variance += c * c
            _ = k
        }
        var text = parameterText("alpha", alpha)
        if trendKind == .damped { text += " " + parameterText("beta", alpha * beta) + " " + parameterText("phi", phi) }
        return MethodForecast(point: h > 0 ? point : [], standardError: h > 0 ? se : [], parameters: text)
    }

    /// The point forecasts of steps 1...h alone.
    func points(steps h: Int) -> [Double] {
        var point = [Double](repeating: level, count: h)
        guard trendKind == .damped else { return point }
        var cumulativePhi = 0.0, power = 1.0
        for k in 0..<h { power *= phi; cumulativePhi += power; point[k] += cumulativePhi * trend }
        return point
    }

    /// The point forecasts of steps 1...out.count after `y` (at least 2 values) with fixed parameters, written into
    /// `out`: what `ExponentialSmoothing(y, parameters: p).points(steps:)` gives, without its arrays (the
    /// calibration's reruns). The damped trend's start is its final run already.
    static func points(_ y: UnsafeBufferPointer<Double>, parameters p: SmoothingParameters,
                       into out: UnsafeMutableBufferPointer<Double>) {
        let final: (level: Double, trend: Double, sse: Double)
        if p.trended {
            final = SmoothingRecursion.run(y, p, level: y[0], trend: y[1] - y[0])
        } else {
            let level0 = SmoothingRecursion.simpleProfile(count: y.count, alpha: p.alpha) { y[$0] }.level0
            final = SmoothingRecursion.run(y, p, level: level0, trend: 0)
        }
        var cumulativePhi = 0.0, power = 1.0
        for k in 0..<out.count {
            out[k] = final.level
            guard p.trended else { continue }
            power *= p.phi; cumulativePhi += power; out[k] += cumulativePhi * final.trend
        }
    }
}
