/// A Nelder–Mead minimiser for the forecasting models' parameters that never traps and always stops.
///
/// A non-finite objective value (an overflowing error sum on values near 1e300, say) counts as +∞, so the simplex
/// moves away from it; the search stops after `maxEvaluations` evaluations or when the simplex's values agree to
/// `tolerance` (relative). Box bounds are enforced by clamping each trial point.
struct NelderMead {
    /// The lower and upper bound of each coordinate.
    var lower: [Double]
    var upper: [Double]
    var maxEvaluations = 400
    var tolerance = 1e-10

    /// The best point found from `start` and its value.
    func minimize(_ objective: ([Double]) -> Double, start: [Double], step: Double = 0.1) -> (point: [Double], value: Double) {
        let n = start.count
        guard n > 0 else { return ([], safe(objective([]))) }
        func clamp(_ p: [Double]) -> [Double] { (0..<n).map { Swift.min(Swift.max(p[$0], lower[$0]), upper[$0]) } }
        func safe(_ v: Double) -> Double { v.isFinite ? v : .infinity }
        var evaluations = 0
        func f(_ p: [Double]) -> Double { evaluations += 1; return safe(objective(p)) }
        var simplex = [clamp(start)]
        for i in 0..<n {
            var p = simplex[0]
            let width = upper[i] - lower[i]
            p[i] += (p[i] + step * width <= upper[i]) ? step * width : -step * width
            simplex.append(clamp(p))
        }
        var values = simplex.map(f)
        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            let spread = abs(values[n] - values[0])
            if values[0].isFinite && spread <= tolerance * (abs(values[0]) + 1e-300) { break }
            var centroid = [Double](repeating: 0, count: n)
            for p in simplex.dropLast() { for i in 0..<n { centroid[i] += p[i] / Double(n) } }
            func along(_ t: Double) -> [Double] { clamp((0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }) }
            let reflected = along(-1), fr = f(reflected)
            if fr < values[0] {
                let expanded = along(-2), fe = f(expanded)
                if fe < fr { simplex[n] = expanded; values[n] = fe } else { simplex[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                simplex[n] = reflected; values[n] = fr
            } else {
                let contracted = fr < values[n] ? along(-0.5) : along(0.5)
                let fc = f(contracted)
                if fc < Swift.min(fr, values[n]) {
                    simplex[n] = contracted; values[n] = fc
                } else {
                    for j in 1...n {
                        simplex[j] = clamp((0..<n).map { simplex[0][$0] + 0.5 * (simplex[j][$0] - simplex[0][$0]) })
                        values[j] = f(simplex[j])
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        return (simplex[best], values[best])
    }
}
