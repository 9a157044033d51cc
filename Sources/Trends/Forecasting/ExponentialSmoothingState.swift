/// The additive exponential-smoothing recursion shared by simple, Holt and damped-trend smoothing (ETS(A,N,N),
/// ETS(A,A,N), ETS(A,Ad,N)):
///
///     ŷₜ = ℓₜ₋₁ + φbₜ₋₁,  eₜ = yₜ − ŷₜ,  ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + αeₜ,  bₜ = φbₜ₋₁ + αβeₜ
///
/// (β is statsforecast's and Hyndman's β* = β/α, so β ∈ [0, 1] keeps the trend's gain at most α.) For fixed α, β,
/// φ the one-step errors are affine in the initial state (ℓ₀, b₀), so the best initial state is a small
/// least-squares problem: `bestInitialState` solves it exactly instead of searching for it.
struct SmoothingParameters: Equatable, Sendable {
    var alpha: Double
    var beta: Double
    var phi: Double
    /// Whether the model has a trend (b) at all.
    var trended: Bool
}

enum SmoothingRecursion {
    /// Runs the recursion from (ℓ₀, b₀) over `y`: the final level and trend, and the sum of squared one-step errors.
    static func run(_ y: [Double], _ p: SmoothingParameters, level l0: Double, trend b0: Double,
                    errors: UnsafeMutableBufferPointer<Double>? = nil) -> (level: Double, trend: Double, sse: Double) {
        var level = l0, trend = p.trended ? b0 : 0
        var sse = 0.0
        let gain = p.alpha * p.beta
        for t in 0..<y.count {
            let damped = p.trended ? p.phi * trend : 0
            let e = y[t] - (level + damped)
            errors?[t] = e
            sse += e * e
            level = level + damped + p.alpha * e
            if p.trended { trend = damped + gain * e }
        }
        return (level, trend, sse)
    }

    /// The initial state minimizing the one-step squared errors for fixed parameters, and that minimum.
    /// Falls back to (y₁, y₂ − y₁) when the least-squares problem is singular or not finite.
    static func bestInitialState(_ y: [Double], _ p: SmoothingParameters) -> (level: Double, trend: Double, sse: Double) {
        let n = y.count
        var e0 = [Double](repeating: 0, count: n), eL = e0, eB = e0
        e0.withUnsafeMutableBufferPointer { _ = run(y, p, level: 0, trend: 0, errors: $0) }
        eL.withUnsafeMutableBufferPointer { _ = run(y, p, level: 1, trend: 0, errors: $0) }
        if p.trended { eB.withUnsafeMutableBufferPointer { _ = run(y, p, level: 0, trend: 1, errors: $0) } }
        // e = e0 + ℓ₀·dL + b₀·dB with dL = eL − e0, dB = eB − e0: minimize ‖e‖² over (ℓ₀, b₀).
        var sLL = 0.0, sLB = 0.0, sBB = 0.0, sL0 = 0.0, sB0 = 0.0
        for t in 0..<n {
            let dL = eL[t] - e0[t], dB = p.trended ? eB[t] - e0[t] : 0
            sLL += dL * dL; sLB += dL * dB; sBB += dB * dB
            sL0 += dL * e0[t]; sB0 += dB * e0[t]
        }
        var l0 = y[0], b0 = n > 1 ? y[1] - y[0] : 0
        if p.trended {
            let det = sLL * sBB - sLB * sLB
            if det.isFinite && abs(det) > 1e-12 * Swift.max(sLL * sBB, 1e-300) {
                l0 = -(sBB * sL0 - sLB * sB0) / det
                b0 = -(sLL * sB0 - sLB * sL0) / det
            }
        } else if sLL > 0 && sLL.isFinite {
            l0 = -sL0 / sLL
            b0 = 0
        }
        if !l0.isFinite || !b0.isFinite { l0 = y[0]; b0 = n > 1 ? y[1] - y[0] : 0 }
        let final = run(y, p, level: l0, trend: b0)
        return (l0, b0, final.sse)
    }
}
