/// A Nelder–Mead minimiser (reflection 1, expansion 2, contraction ½, shrink ½) that never traps and always stops.
///
/// A non-finite objective value (an overflowing error sum on values near 1e300, say) counts as +∞, so the simplex
/// moves away from it; the search stops after `maxEvaluations` evaluations, when the simplex's values agree to
/// `tolerance` (relative), after `maxIterations` iterations, or when every vertex is within `pointTolerance` of the
/// best in every coordinate (0: never).
/// Box bounds are enforced by clamping each trial point (infinite bounds: unconstrained). The simplex lives in one
/// flat buffer and trial points are written in place, so a search allocates a handful of buffers, not one per step.
struct NelderMead {
    /// The lower and upper bound of each coordinate.
    var lower: [Double]
    var upper: [Double]
    var maxEvaluations = 400
    var tolerance = 1e-10
    var pointTolerance = 1e-5
    /// At most this many iterations (reflection steps), whatever they cost in evaluations.
    var maxIterations = Int.max

    /// The best point found from `start` and its value. The first simplex steps `step` times each coordinate's
    /// range away from `start`, or `steps[i]` (absolute) where given.
    func minimize(_ objective: ([Double]) -> Double, start: [Double], step: Double = 0.1,
                  steps: [Double]? = nil) -> (point: [Double], value: Double) {
        let n = start.count
        guard n > 0 else { return ([], safe(objective([]))) }
        // Vertex j occupies simplex[j*n ..< (j+1)*n]; order lists the vertices from best to worst. One allocation
        // holds the simplex, the vertices' values and the centroid; the trial points the objective sees are arrays
        // written in place.
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: (n + 1) * n + (n + 1) + n)
        storage.initialize(repeating: 0)
        let orderStorage = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        defer { storage.deallocate(); orderStorage.deallocate() }
        let simplex = UnsafeMutableBufferPointer(rebasing: storage[0 ..< (n + 1) * n])
        let values = UnsafeMutableBufferPointer(rebasing: storage[(n + 1) * n ..< (n + 1) * (n + 1)])
        let centroid = UnsafeMutableBufferPointer(rebasing: storage[(n + 1) * (n + 1) ..< storage.count])
        let order = orderStorage
        let lower = self.lower, upper = self.upper
        @inline(__always) func clamped(_ v: Double, _ i: Int) -> Double { Swift.min(Swift.max(v, lower[i]), upper[i]) }
        var evaluations = 0
        var trial = [Double](repeating: 0, count: n)
        var reflected = [Double](repeating: 0, count: n)
        func f(_ p: [Double]) -> Double { evaluations += 1; return safe(objective(p)) }
        for i in 0..<n { simplex[i] = clamped(start[i], i) }
        for j in 1...n {
            for i in 0..<n { simplex[j * n + i] = simplex[i] }
            let i = j - 1
            let d = steps?[i] ?? step * (upper[i] - lower[i])
            simplex[j * n + i] = clamped(simplex[i] + (simplex[i] + d <= upper[i] ? d : -d), i)
        }
        for j in 0...n {
            for i in 0..<n { trial[i] = simplex[j * n + i] }
            values[j] = f(trial)
        }
        for j in 0...n { order[j] = j }
        var iterations = 0
        while evaluations < maxEvaluations && iterations < maxIterations {
            iterations += 1
            // Stable insertion sort of the n + 1 vertices by value (the sort `sorted` would give).
            for a in 1...n {
                let key = order[a]
                var b = a - 1
                while b >= 0 && values[order[b]] > values[key] { order[b + 1] = order[b]; b -= 1 }
                order[b + 1] = key
            }
            let best = order[0], worst = order[n], secondWorst = order[n - 1]
            let spread = abs(values[worst] - values[best])
            if values[best].isFinite && spread <= tolerance * (abs(values[best]) + 1e-300) { break }
            if pointTolerance > 0 && converged(UnsafeBufferPointer(simplex), best: best, n: n) { break }
            for i in 0..<n { centroid[i] = 0 }
            for a in 0..<n { let j = order[a]; for i in 0..<n { centroid[i] += simplex[j * n + i] / Double(n) } }
            @inline(__always) func along(_ t: Double, into p: inout [Double]) {
                for i in 0..<n { p[i] = clamped(centroid[i] + t * (simplex[worst * n + i] - centroid[i]), i) }
            }
            @inline(__always) func replaceWorst(_ p: [Double], _ value: Double) {
                for i in 0..<n { simplex[worst * n + i] = p[i] }
                values[worst] = value
            }
            along(-1, into: &reflected)
            let fr = f(reflected)
            if fr < values[best] {
                along(-2, into: &trial)
                let fe = f(trial)
                if fe < fr { replaceWorst(trial, fe) } else { replaceWorst(reflected, fr) }
            } else if fr < values[secondWorst] {
                replaceWorst(reflected, fr)
            } else {
                along(fr < values[worst] ? -0.5 : 0.5, into: &trial)
                let fc = f(trial)
                if fc < Swift.min(fr, values[worst]) {
                    replaceWorst(trial, fc)
                } else {
                    for a in 1...n {
                        let j = order[a]
                        for i in 0..<n {
                            simplex[j * n + i] = clamped(simplex[best * n + i] + 0.5 * (simplex[j * n + i] - simplex[best * n + i]), i)
                            trial[i] = simplex[j * n + i]
                        }
                        values[j] = f(trial)
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        return (Array(simplex[best * n ..< (best + 1) * n]), values[best])
    }

    private func safe(_ v: Double) -> Double { v.isFinite ? v : .infinity }

    /// Whether every vertex lies within `pointTolerance` of the best one in every coordinate.
    private func converged(_ simplex: UnsafeBufferPointer<Double>, best: Int, n: Int) -> Bool {
        for j in 0...n where j != best {
            for i in 0..<n where abs(simplex[j * n + i] - simplex[best * n + i]) > pointTolerance { return false }
        }
        return true
    }
}
