import Foundation

/// The dynamic optimised Theta model (DOTM, Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler 2016): the Theta
/// method as a state-space model whose trend line is re-estimated by least squares at every year (so a break in the
/// trend is followed), with θ, α and the initial level chosen together to minimize the one-step squared errors.
///
///     μₜ = ℓₜ₋₁ + (1 − 1/θ)·[(1 − α)ᵗ⁻¹Aₜ₋₁ + (1 − (1 − α)ᵗ)/α · Bₜ₋₁]
///     ℓₜ = αyₜ + (1 − α)ℓₜ₋₁,   Ȳₜ the mean of y₁…yₜ,
///     Bₜ = ((t − 2)Bₜ₋₁ + 6(yₜ − Ȳₜ₋₁)/t)/(t + 1),   Aₜ = Ȳₜ − (t + 1)Bₜ/2
///
/// (Aₜ, Bₜ the intercept and slope of the least-squares line on y₁…yₜ, updated in one step.) Forecasts iterate the
/// recursion with yₜ = μₜ. As in the authors' R package `forecTheta` and statsforecast, the state starts at
/// ℓ₁ = αy₁ + (1 − α)ℓ₀, A₁ = y₁, B₁ = 0; the first three one-step errors (while the line has fewer than four points)
/// are left out of the criterion; α ∈ [0.1, 0.99], θ ≥ 1; the search starts at ℓ₀ = y₁/2, α = 0.5, θ = 2.
public struct DynamicTheta: Sendable, Equatable {
    /// θ, α and the initial level ℓ₀.
    public let theta: Double, alpha: Double, initialLevel: Double
    /// The state after the last observation: level, mean, intercept and slope of the line.
    let state: State
    /// The number of observations.
    public let count: Int
    /// The one-step innovation variance: the criterion's squared errors over their count.
    public let sigma2: Double

    struct State: Equatable, Sendable {
        var level: Double, mean: Double, a: Double, b: Double
    }

    /// Fits the model to `y` (at least 4 values: the criterion leaves out the first three errors).
    public init(_ y: [Double]) throws(TrendError) {
        let n = y.count
        guard n >= 4 else { throw .tooFewPoints(series: "", model: "dotm", needed: 4, got: n) }
        let scale = Swift.max(y.reduce(0) { Swift.max($0, abs($1)) }, .leastNormalMagnitude)
        let search = NelderMead(lower: [-10 * scale, 0.1, 1], upper: [10 * scale, 0.99, 1e4], maxEvaluations: 400,
                                tolerance: 1e-10, pointTolerance: 1e-7 * scale)
        let objective = { (p: [Double]) -> Double in DynamicTheta.run(y, initialLevel: p[0], alpha: p[1], theta: p[2]).sse }
        // The criterion has long flat valleys in (ℓ₀, θ): restarting from where a search stopped, with a fresh simplex,
        // is the standard remedy (twice here), so the fit does not stop on a shoulder.
        var found = search.minimize(objective, start: [y[0] / 2, 0.5, 2], steps: [0.25 * scale, 0.1, 1])
        for _ in 0..<2 {
            let again = search.minimize(objective, start: found.point, steps: [0.25 * scale, 0.1, 1])
            if again.value < found.value { found = again }
        }
        try self.init(y, initialLevel: found.point[0], alpha: found.point[1], theta: found.point[2])
    }

    /// The model with fixed parameters, run over `y` (at least 1 value).
    public init(_ y: [Double], initialLevel: Double, alpha: Double, theta: Double) throws(TrendError) {
        guard !y.isEmpty else { throw .tooFewPoints(series: "", model: "dotm", needed: 4, got: 0) }
        let run = DynamicTheta.run(y, initialLevel: initialLevel, alpha: alpha, theta: theta)
        self.theta = theta
        self.alpha = alpha
        self.initialLevel = initialLevel
        state = run.state
        count = y.count
        sigma2 = run.sse / Double(Swift.max(y.count - 3, 1))
    }

    /// The one-step forecast μ at time index i (0-based: i observations seen) from the state after them.
    @inline(__always)
    static func mu(_ s: State, i: Int, alpha: Double, theta: Double) -> Double {
        let decay = Foundation.pow(1 - alpha, Double(i))
        return s.level + (1 - 1 / theta) * (s.a * decay + s.b * (1 - decay * (1 - alpha)) / alpha)
    }

    /// The state after observing `value` as the (i+1)-th value (0-based index i ≥ 1).
    @inline(__always)
    static func update(_ s: State, i: Int, value: Double, alpha: Double) -> State {
        let t = Double(i)
        let mean = (t * s.mean + value) / (t + 1)
        let b = ((t - 1) * s.b + 6 * (value - s.mean) / (t + 1)) / (t + 2)
        return State(level: alpha * value + (1 - alpha) * s.level, mean: mean, a: mean - b * (t + 2) / 2, b: b)
    }

    /// Runs the recursion over `y`: the final state and the sum of the squared one-step errors after the third.
    static func run(_ y: [Double], initialLevel: Double, alpha: Double, theta: Double) -> (state: State, sse: Double) {
        var s = State(level: alpha * y[0] + (1 - alpha) * initialLevel, mean: y[0], a: y[0], b: 0)
        var sse = 0.0
        for i in 1..<Swift.max(y.count, 1) where i < y.count {
            let e = y[i] - mu(s, i: i, alpha: alpha, theta: theta)
            if i >= 3 { sse += e * e }
            s = update(s, i: i, value: y[i], alpha: alpha)
        }
        return (s, sse)
    }

    /// The forecasts of steps 1...h (the recursion fed its own forecasts) and the standard error of simple
    /// smoothing's, σ√(1 + (k − 1)α²), as statsforecast gives for the Theta models.
    public func forecast(steps h: Int) -> MethodForecast {
        var s = state
        var point: [Double] = [], se: [Double] = []
        for k in 0..<h {
            let i = count + k
            let m = DynamicTheta.mu(s, i: i, alpha: alpha, theta: theta)
            point.append(m)
            se.append((sigma2 * (1 + Double(k) * alpha * alpha)).squareRoot())
            s = DynamicTheta.update(s, i: i, value: m, alpha: alpha)
        }
        return MethodForecast(point: point, standardError: se,
                              parameters: parameterText("theta", theta) + " " + parameterText("alpha", alpha))
    }

    /// The point forecasts of steps 1...h alone.
    func points(steps h: Int) -> [Double] {
        var s = state
        var point = [Double](repeating: 0, count: h)
        for k in 0..<h {
            point[k] = DynamicTheta.mu(s, i: count + k, alpha: alpha, theta: theta)
            s = DynamicTheta.update(s, i: count + k, value: point[k], alpha: alpha)
        }
        return point
    }
}
