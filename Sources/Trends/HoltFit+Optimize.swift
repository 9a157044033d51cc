import Foundation

extension HoltFit {
    /// α and β minimizing the sum of squared one-step errors, with either held fixed when given.
    ///
    /// Nelder–Mead on logit-transformed parameters (so that α stays in (0, 1) and β in (0, 1)), started from a
    /// small grid of points; deterministic. `nil` when no point gives a finite error sum (values so large that
    /// their squares overflow).
    static func fitParameters(_ y: [Double], alpha: Double?, beta: Double?, start: HoltStart) -> (Double, Double)? {
        func clamp(_ v: Double) -> Double { min(max(v, 1e-4), 1 - 1e-4) }
        func squash(_ v: Double) -> Double { 1e-4 + (1 - 2e-4) / (1 + exp(-v)) }
        func unsquash(_ p: Double) -> Double { let q = (clamp(p) - 1e-4) / (1 - 2e-4); return log(q / (1 - q)) }
        func objective(_ p: [Double]) -> Double {
            let a = alpha ?? squash(p[0])
            let b = beta ?? squash(p[alpha == nil ? 1 : 0])
            return recursion(y, alpha: a, beta: b, start: start).sse
        }
        let dims = (alpha == nil ? 1 : 0) + (beta == nil ? 1 : 0)
        var best: [Double] = []
        var bestValue = Double.infinity
        for a0 in [0.2, 0.5, 0.8] {
            for b0 in [0.1, 0.3, 0.6] {
                var startPoint: [Double] = []
                if alpha == nil { startPoint.append(unsquash(a0)) }
                if beta == nil { startPoint.append(unsquash(b0)) }
                let (point, value) = nelderMead(objective, start: startPoint, dimensions: dims)
                if value < bestValue { bestValue = value; best = point }
            }
        }
        guard bestValue.isFinite, best.count == dims else { return nil }
        let a = alpha ?? squash(best[0])
        let b = beta ?? squash(best[alpha == nil ? 1 : 0])
        return (a, b)
    }

    /// Nelder–Mead on the unbounded (logit) scale: steps of 0.5 from the start, values agreeing to 1e-14, at most
    /// 400 iterations per dimension (the shared guarded minimiser, so a non-finite error sum counts as +∞).
    static func nelderMead(_ f: ([Double]) -> Double, start: [Double], dimensions n: Int) -> ([Double], Double) {
        let search = NelderMead(lower: [Double](repeating: -.infinity, count: n), upper: [Double](repeating: .infinity, count: n),
                                maxEvaluations: .max, tolerance: 1e-14, pointTolerance: 0, maxIterations: 400 * max(n, 1))
        let found = search.minimize(f, start: start, steps: [Double](repeating: 0.5, count: n))
        return (found.point, found.value)
    }
}
