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

    /// A plain Nelder–Mead minimizer (reflection 1, expansion 2, contraction ½, shrink ½).
    static func nelderMead(_ f: ([Double]) -> Double, start: [Double], dimensions n: Int) -> ([Double], Double) {
        var simplex: [[Double]] = [start]
        for i in 0..<n {
            var p = start
            p[i] += 0.5
            simplex.append(p)
        }
        var values = simplex.map(f)
        for _ in 0..<400 * max(n, 1) {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= 1e-14 * (abs(values[0]) + 1e-300) { break }
            var centroid = [Double](repeating: 0, count: n)
            for p in simplex.dropLast() { for i in 0..<n { centroid[i] += p[i] / Double(n) } }
            func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) } }
            let reflected = along(-1), fr = f(reflected)
            if fr < values[0] {
                let expanded = along(-2), fe = f(expanded)
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let contracted = fr < values[n] ? along(-0.5) : along(0.5)
                let fc = f(contracted)
                if fc < min(fr, values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    for j in 1...n {
                        simplex[j] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[j][$0] - simplex[0][$0]) }
                        values[j] = f(simplex[j])
                    }
                }
            }
        }
        let i = values.indices.min { values[$0] < values[$1] } ?? 0
        return (simplex[i], values[i])
    }
}
