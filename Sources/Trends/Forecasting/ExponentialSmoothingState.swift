/// The additive exponential-smoothing recursion shared by simple, Holt and damped-trend smoothing (ETS(A,N,N),
/// ETS(A,A,N), ETS(A,Ad,N)):
///
///     ŷₜ = ℓₜ₋₁ + φbₜ₋₁,  eₜ = yₜ − ŷₜ,  ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + αeₜ,  bₜ = φbₜ₋₁ + αβeₜ
///
/// (β is statsmodels' `smoothing_trend` and Hyndman's β* = β/α, so β ∈ [0, 1] keeps the trend's gain at most α.)
/// For a fixed α the errors of simple smoothing are affine in ℓ₀, so its best initial level is a one-pass
/// least-squares solution (`simpleProfile`) rather than a search.
public struct SmoothingParameters: Equatable, Sendable {
    /// The level's smoothing parameter α.
    public var alpha: Double
    /// The trend's, as a share of α (β*).
    public var beta: Double
    /// The damping φ (1 without trend).
    public var phi: Double
    /// Whether the model has a trend (b) at all.
    public var trended: Bool
}

enum SmoothingRecursion {
    /// Runs the recursion from (ℓ₀, b₀) over `y`: the final level and trend, and the sum of squared one-step errors.
    static func run(_ y: [Double], _ p: SmoothingParameters, level l0: Double, trend b0: Double,
                    errors: UnsafeMutableBufferPointer<Double>? = nil) -> (level: Double, trend: Double, sse: Double) {
        y.withUnsafeBufferPointer { run($0, p, level: l0, trend: b0, errors: errors) }
    }

    /// The same over a buffer (the reruns' earlier parts of a series, without a copy).
    static func run(_ y: UnsafeBufferPointer<Double>, _ p: SmoothingParameters, level l0: Double, trend b0: Double,
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

    /// Simple smoothing's best initial level and the SSE it gives, in one pass without allocation: the errors are
    /// eₜ = rₜ − (1 − α)ᵗ⁻¹ℓ₀ with rₜ the errors from ℓ₀ = 0, so ℓ₀ = Σrd/Σd² and SSE = Σ(r − dℓ₀)².
    @inline(__always)
    static func simpleProfile(count n: Int, alpha: Double, _ value: (Int) -> Double) -> (level0: Double, sse: Double) {
        var level = 0.0, d = 1.0
        var srr = 0.0, srd = 0.0, sdd = 0.0
        for t in 0..<n {
            let r = value(t) - level
            srr += r * r; srd += r * d; sdd += d * d
            level += alpha * r
            d *= 1 - alpha
        }
        guard sdd > 0, sdd.isFinite, srd.isFinite else { return (value(0), .infinity) }
        let l0 = srd / sdd
        return (l0, Swift.max(srr - srd * l0, 0))
    }
}

