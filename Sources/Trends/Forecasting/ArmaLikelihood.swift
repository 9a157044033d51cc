import Foundation

/// The exact Gaussian likelihood of a stationary ARMA(p,q) process with mean μ, by the Kalman filter on its
/// state-space form (Harvey 1989; as R's `arima(method = "ML")` and statsmodels' SARIMAX): state dimension
/// r = max(p, q + 1), transition T with φ in its first column and ones above the diagonal, R = (1, θ₁, …, θᵣ₋₁)ᵀ, the
/// state started from its stationary distribution (P₀ = TP₀Tᵀ + RRᵀ, solved directly). σ² is concentrated out.
struct ArmaLikelihood {
    /// The state dimension and the matrices, row-major.
    let r: Int
    let t: [Double], rr: [Double]

    /// The model of `ar` (φ₁…φₚ) and `ma` (θ₁…θ_q).
    init(ar: [Double], ma: [Double]) {
        let r = Swift.max(ar.count, ma.count + 1)
        var t = [Double](repeating: 0, count: r * r)
        for i in 0..<r {
            if i < ar.count { t[i * r] = ar[i] }
            if i + 1 < r { t[i * r + i + 1] = 1 }
        }
        let g = (0..<r).map { $0 == 0 ? 1 : ($0 - 1 < ma.count ? ma[$0 - 1] : 0) }
        var rr = [Double](repeating: 0, count: r * r)
        for i in 0..<r { for j in 0..<r { rr[i * r + j] = g[i] * g[j] } }
        self.r = r; self.t = t; self.rr = rr
    }

    /// The filter over x = w − μ: the concentrated −2 log-likelihood less n(1 + ln 2π) (n ln σ̂² + Σ ln Fₜ), σ̂², and
    /// the state predicted for the step after the last value; `nil` when P₀ has no solution or F ≤ 0.
    func filter(_ w: [Double], mean mu: Double) -> (deviance: Double, sigma2: Double, state: [Double])? {
        guard var p = stationaryCovariance() else { return nil }
        var a = [Double](repeating: 0, count: r)
        var sumV = 0.0, sumLogF = 0.0
        var next = [Double](repeating: 0, count: r * r), tmp = next, b = a
        var steady = false
        for value in w {
            let f = steady ? 1 : p[0]
            guard f > 1e-300, f.isFinite else { return nil }
            let v = value - mu - a[0]
            sumV += v * v / f; sumLogF += Foundation.log(f)
            // Update a += P[:,0]v/F, then predict a = Ta. Once P has reached RRᵀ (P[:,0] = R, F = 1), it stays there.
            for i in 0..<r { a[i] += p[i * r] * v / f }
            for i in 0..<r { var s = 0.0; for k in 0..<r { s += t[i * r + k] * a[k] }; b[i] = s }
            swap(&a, &b)
            if steady { continue }
            // P −= P[:,0]P[0,:]/F, then P = TPTᵀ + RRᵀ.
            for i in 0..<r { for j in 0..<r { next[i * r + j] = p[i * r + j] - p[i * r] * p[j] / f } }
            for i in 0..<r { for j in 0..<r { var s = 0.0; for k in 0..<r { s += t[i * r + k] * next[k * r + j] }; tmp[i * r + j] = s } }
            var change = 0.0
            for i in 0..<r { for j in 0..<r {
                var s = rr[i * r + j]
                for k in 0..<r { s += tmp[i * r + k] * t[j * r + k] }
                p[i * r + j] = s
                change = Swift.max(change, abs(s - rr[i * r + j]))
            } }
            steady = change < 1e-12
        }
        let n = Double(w.count)
        let s2 = sumV / n
        guard s2 > 0, s2.isFinite else { return nil }
        return (n * Foundation.log(s2) + sumLogF, s2, a)
    }

    /// The forecasts of x for steps 1...h from the predicted state: the first element of Tᵏ⁻¹a.
    func forecast(from state: [Double], steps h: Int) -> [Double] {
        var a = state, out: [Double] = []
        for _ in 0..<h {
            out.append(a[0])
            var b = [Double](repeating: 0, count: r)
            for i in 0..<r { for k in 0..<r { b[i] += t[i * r + k] * a[k] } }
            a = b
        }
        return out
    }

    /// P solving P = TPTᵀ + RRᵀ, as the linear system (I − T⊗T) vec P = vec RRᵀ (at most 9 unknowns).
    func stationaryCovariance() -> [Double]? {
        let m = r * r
        var a = [Double](repeating: 0, count: m * m), b = rr
        for i in 0..<r { for j in 0..<r { for k in 0..<r { for l in 0..<r {
            a[(i * r + j) * m + k * r + l] = (i == k && j == l ? 1 : 0) - t[i * r + k] * t[j * r + l]
        } } } }
        // Gaussian elimination with partial pivoting.
        for c in 0..<m {
            var pivot = c
            for i in c..<m where abs(a[i * m + c]) > abs(a[pivot * m + c]) { pivot = i }
            guard abs(a[pivot * m + c]) > 1e-12 else { return nil }
            if pivot != c {
                for j in 0..<m { a.swapAt(c * m + j, pivot * m + j) }
                b.swapAt(c, pivot)
            }
            for i in (c + 1)..<Swift.max(m, c + 1) where i < m {
                let factor = a[i * m + c] / a[c * m + c]
                guard factor != 0 else { continue }
                for j in c..<m { a[i * m + j] -= factor * a[c * m + j] }
                b[i] -= factor * b[c]
            }
        }
        var x = [Double](repeating: 0, count: m)
        for i in stride(from: m - 1, through: 0, by: -1) {
            var s = b[i]
            for j in (i + 1)..<Swift.max(m, i + 1) where j < m { s -= a[i * m + j] * x[j] }
            x[i] = s / a[i * m + i]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
