import Foundation

/// The standard normal distribution: quantiles accurate to about 1e-16 relative.
public enum Normal {
    /// The upper tail probability `P(Z > z) = ½ erfc(z/√2)`.
    public static func upperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

    /// The density `φ(z)`.
    public static func density(_ z: Double) -> Double { exp(-0.5 * z * z) / (2 * Double.pi).squareRoot() }

    /// The quantile: the `z` with `P(Z ≤ z) = p`.
    ///
    /// A rational start (Abramowitz & Stegun 26.2.23, error < 4.5e-4) refined by Halley steps on `erfc`.
    ///
    /// - Parameter p: A probability in (0, 1).
    /// - Returns: The quantile, or `nil` when `p` is not in (0, 1).
    public static func quantile(_ p: Double) -> Double? {
        guard p > 0, p < 1 else { return nil }
        if p == 0.5 { return 0 }
        return p < 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p)
    }

    /// The `z < 0` with `P(Z ≤ z) = q`, for `0 < q ≤ ½`.
    static func lowerQuantile(_ q: Double) -> Double {
        if q == 0.5 { return 0 }
        let w = (-2 * log(q)).squareRoot()
        var z = w - (2.515517 + w * (0.802853 + w * 0.010328)) / (1 + w * (1.432788 + w * (0.189269 + w * 0.001308)))
        for _ in 0..<8 {
            let f = upperTail(z) - q
            let u = f / density(z)
            let step = u / (1 - z * u / 2)
            z += step
            if abs(step) <= 1e-16 * abs(z) { break }
        }
        return -z
    }
}
