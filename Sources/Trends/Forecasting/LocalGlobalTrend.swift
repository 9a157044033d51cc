import Foundation

/// The local and global trend model (LGT) of Smyl and Zhang, as the `Rlgt` R package defines it, fitted by Markov
/// chain Monte Carlo: an exponential smoothing model made for short yearly series.
///
/// With level l and local trend b (l = y₁ and b = 0 at the start), each value is Student-t around
///
///     ŷ(t) = l(t−1) + γ·|l(t−1)|^ρ + λ·b(t−1),   scale σ·|ŷ(t)|^τ + ξ,   ν degrees of freedom,
///     l(t) = α·y(t) + (1−α)·l(t−1),   b(t) = β·(l(t) − l(t−1)) + (1−β)·b(t−1).
///
/// The global trend γ·l^ρ spans linear (ρ = 0) to exponential (ρ = 1) growth; the local trend is damped or reversed
/// by λ ∈ (−1, 1); the error grows with the level when τ > 0 and has heavy tails for small ν. The priors are Rlgt's:
/// uniform on ν ∈ (2, 20), α, β, τ ∈ (0, 1), ρ ∈ (−0.5, 1) and λ; Cauchy with scale max(y)/200 on γ, σ and ξ.
/// Those priors depend on the series' units, so the series is first scaled to a largest value of 100 (`scaledTop`:
/// the forecasts do not depend on the units). 100 was chosen among 1, 100, 1,000 and 10,000 on evidence the M3
/// competition's test years do not give: the last six training years of M3 yearly, and M1 and Tourism yearly.
///
/// The posterior is sampled by adaptive Metropolis (1,000 warm-up and 1,000 kept iterations, every tenth kept), from
/// a generator seeded by the scaled values: the same series (in any units) always gets the same forecast. The forecast of each step
/// is the median of 10 simulated paths per posterior draw: averaging over the parameters' uncertainty is what makes
/// the model robust on short series (its most probable parameters alone forecast badly).
public struct LocalGlobalTrend: Sendable, Equatable {
    /// The fewest values the model is fitted to.
    public static let minimumCount = 8
    /// Paths simulated per posterior draw.
    public static let pathsPerDraw = 10
    /// Paths per draw in the calibration's reruns.
    public static let rerunPathsPerDraw = 2
    /// The largest value of the series as the model sees it.
    static let scaledTop = 100.0

    /// One posterior draw, on the constrained scale.
    public struct Parameters: Sendable, Equatable {
        /// Degrees of freedom ν, error scale σ and exponent τ, error offset ξ.
        public var freedom, sigma, sigmaPower, offset: Double
        /// Smoothing of the level (α) and of the local trend (β).
        public var levelSmoothing, trendSmoothing: Double
        /// Global trend coefficient γ and exponent ρ; local trend factor λ.
        public var globalCoefficient, globalPower, localFactor: Double

        /// The parameters from the sampler's unconstrained vector u (9 values).
        init(_ u: [Double]) {
            freedom = 2 + 18 * LocalGlobalTrend.logistic(u[0])
            sigma = Foundation.exp(u[1])
            levelSmoothing = LocalGlobalTrend.logistic(u[2])
            trendSmoothing = LocalGlobalTrend.logistic(u[3])
            sigmaPower = LocalGlobalTrend.logistic(u[4])
            globalPower = -0.5 + 1.5 * LocalGlobalTrend.logistic(u[5])
            globalCoefficient = u[6]
            offset = Foundation.exp(u[7])
            localFactor = 2 * LocalGlobalTrend.logistic(u[8]) - 1
        }

        /// The expected next value from level l and local trend b.
        @inline(__always) func expected(level l: Double, trend b: Double) -> Double {
            l + globalCoefficient * LocalGlobalTrend.power(abs(l), globalPower) + localFactor * b
        }

        /// The level and local trend after `y` (l = y₁, b = 0 at the start).
        func states(_ y: ArraySlice<Double>) -> (level: Double, trend: Double) {
            guard var l = y.first else { return (0, 0) }
            var b = 0.0
            for v in y.dropFirst() {
                let next = levelSmoothing * v + (1 - levelSmoothing) * l
                b = trendSmoothing * (next - l) + (1 - trendSmoothing) * b
                l = next
            }
            return (l, b)
        }
    }

    /// The posterior draws.
    public let draws: [Parameters]
    /// Standardized Student-t innovations of each draw's simulated paths (`pathsPerDraw` × steps per draw), kept so
    /// that reruns on earlier parts of the series use the same noise.
    let innovations: [[Double]]
    /// The steps the innovations cover.
    let steps: Int
    /// The unit the series was divided by (its largest value / `scaledTop`): earlier parts of the series are read in
    /// the same unit, so that the draws mean the same on them.
    let unit: Double

    /// Samples the posterior of the model on `y` (all values positive, at least `minimumCount`) and draws the noise of
    /// `steps` simulated steps.
    public init(_ y: [Double], steps h: Int) throws(TrendError) {
        guard y.count >= LocalGlobalTrend.minimumCount else {
            throw .tooFewPoints(series: "", model: "lgt", needed: LocalGlobalTrend.minimumCount, got: y.count)
        }
        if let i = y.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .nonPositive(series: "", model: "lgt", year: i + 1, value: y[i])
        }
        let unit = (y.max() ?? 1) / LocalGlobalTrend.scaledTop
        self.unit = unit
        let z = y.map { $0 / unit }
        let priorScale = LocalGlobalTrend.scaledTop / 200
        var random = SeededRandom(seed: SeededRandom.seed(of: z))
        let start = [-1, Foundation.log(priorScale), 0, -1.5, 0, 0, 0, Foundation.log(priorScale), 0]
        let chain = AdaptiveMetropolis(warmUp: 1000, iterations: 1000, thin: 10).sample(from: start, using: &random) { u in
            LocalGlobalTrend.logPosterior(u, z, priorScale: priorScale)
        }
        draws = chain.map(Parameters.init)
        steps = max(h, 0)
        innovations = draws.map { p in
            (0..<(LocalGlobalTrend.pathsPerDraw * max(h, 0))).map { _ in random.studentT(degreesOfFreedom: p.freedom) }
        }
    }

    /// The point forecasts of steps 1...h (`nil` beyond the steps the model was made for) after `y`: per step, the median of
    /// `paths` simulated paths of every draw (at most `pathsPerDraw`; the calibration's reruns take 2, a fifth of the
    /// work for the same median up to Monte Carlo noise). `y` is the series or an earlier part of it, in the units the
    /// model was fitted in.
    public func points(after y: [Double], steps h: Int, paths pathCount: Int = LocalGlobalTrend.pathsPerDraw) -> [Double]? {
        guard var paths = simulatedPaths(after: y, steps: h, paths: pathCount) else { return nil }
        return medians(&paths)
    }

    /// The medians of `points(after:steps:paths:)` with, per step, a standard error read from the simulated paths:
    /// their central 95 % range over 2 × 1.96, so that the model's 95 % interval, median ± 1.96 · se, is as wide as
    /// that range (other levels take it as normal).
    public func forecast(after y: [Double], steps h: Int, paths pathCount: Int = LocalGlobalTrend.pathsPerDraw)
        -> (point: [Double], standardError: [Double])? {
        guard var paths = simulatedPaths(after: y, steps: h, paths: pathCount), let point = medians(&paths) else { return nil }
        let standardError = paths.indices.map { k in
            let n = paths[k].count
            let low = LocalGlobalTrend.select(&paths[k], Int((0.025 * Double(n - 1)).rounded()))
            let high = LocalGlobalTrend.select(&paths[k], Int((0.975 * Double(n - 1)).rounded()))
            return (high - low) * unit / (2 * 1.959_964)
        }
        return (point, standardError)
    }

    /// Each step's median of `paths` in the series' units; `nil` when one is not finite (the paths overflowed).
    private func medians(_ paths: inout [[Double]]) -> [Double]? {
        let point = paths.indices.map { k in LocalGlobalTrend.median(&paths[k]) * unit }
        return point.allSatisfy(\.isFinite) ? point : nil
    }

    /// The simulated values of steps 1...h after `y` (scaled by `unit`), step by step: `pathCount` paths (at most
    /// `pathsPerDraw`) of every draw, with the draws' stored noise; `nil` beyond the steps noise was drawn for.
    private func simulatedPaths(after y: [Double], steps h: Int, paths pathCount: Int) -> [[Double]]? {
        let pathCount = max(1, min(pathCount, LocalGlobalTrend.pathsPerDraw))
        guard h <= steps, h >= 0 else { return nil }
        guard h > 0, !draws.isEmpty, !y.isEmpty, unit > 0 else { return h == 0 ? [] : nil }
        let z = y.map { $0 / unit }
        var paths = [[Double]](repeating: [], count: h)
        for k in 0..<h { paths[k].reserveCapacity(draws.count * pathCount) }
        for (p, noise) in zip(draws, innovations) {
            let start = p.states(z[...])
            for path in 0..<pathCount {
                var (l, b) = start
                for k in 0..<h {
                    let expected = p.expected(level: l, trend: b)
                    let value = expected + (p.sigma * LocalGlobalTrend.power(abs(expected), p.sigmaPower) + p.offset)
                        * noise[path * steps + k]
                    paths[k].append(value)
                    let next = p.levelSmoothing * value + (1 - p.levelSmoothing) * l
                    b = p.trendSmoothing * (next - l) + (1 - p.trendSmoothing) * b
                    l = next
                }
            }
        }
        return paths
    }

    /// The posterior medians of the unitless parameters, as the `method` column shows them.
    public var summary: String {
        func median(_ value: (Parameters) -> Double) -> Double {
            var values = draws.map(value)
            return LocalGlobalTrend.median(&values)
        }
        return [parameterText("alpha", median(\Parameters.levelSmoothing)), parameterText("beta", median(\.trendSmoothing)),
                parameterText("rho", median(\.globalPower)), parameterText("lambda", median(\.localFactor)),
                parameterText("tau", median(\.sigmaPower)), parameterText("nu", median(\.freedom))].joined(separator: " ")
            + " (posterior medians of \(draws.count) draws)"
    }

    /// The log posterior density (up to a constant) of the unconstrained parameters `u` given the scaled series `z`,
    /// with the log Jacobian of the transforms (so that the priors are those of the constrained parameters).
    static func logPosterior(_ u: [Double], _ z: [Double], priorScale c: Double) -> Double {
        for v in u where !(abs(v) < 40) { return -.infinity }
        let p = Parameters(u)
        let nu = p.freedom
        let constant = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Foundation.log(nu * Double.pi)
        // Σ ln(scale) and Σ ln(1 + r²/ν) are taken as logarithms of running products, one logarithm every 8 steps
        // (a scale is at least ξ > e^−40, so 8 of them do not underflow; a product that overflows makes the density
        // −∞ or NaN, which the sampler rejects, as it would the astronomically small density itself).
        var l = z[0], b = 0.0, scales = 1.0, tails = 1.0, logScales = 0.0, logTails = 0.0
        for t in 1..<z.count {
            let expected = p.expected(level: l, trend: b)
            let scale = p.sigma * LocalGlobalTrend.power(abs(expected), p.sigmaPower) + p.offset
            let r = (z[t] - expected) / scale
            scales *= scale
            tails *= 1 + r * r / nu
            if t % 8 == 0 {
                logScales += Foundation.log(scales); logTails += Foundation.log(tails)
                scales = 1; tails = 1
            }
            let next = p.levelSmoothing * z[t] + (1 - p.levelSmoothing) * l
            b = p.trendSmoothing * (next - l) + (1 - p.trendSmoothing) * b
            l = next
        }
        logScales += Foundation.log(scales); logTails += Foundation.log(tails)
        var total = Double(z.count - 1) * constant - logScales - (nu + 1) / 2 * logTails
        total -= Foundation.log1p((p.sigma / c) * (p.sigma / c)) + Foundation.log1p((p.globalCoefficient / c) * (p.globalCoefficient / c))
            + Foundation.log1p((p.offset / c) * (p.offset / c))
        // d(constrained)/du: s(1 − s) for each logistic transform (u0, u2...u5, u8), e^u for σ and ξ.
        var jacobianProduct = 1.0
        for i in 0..<9 where i != 1 && i != 6 && i != 7 {
            let s = logistic(u[i])
            jacobianProduct *= s * (1 - s)
        }
        let jacobian = u[1] + u[7] + Foundation.log(jacobianProduct)
        let value = total + jacobian
        return value.isNaN ? -.infinity : value
    }

    /// x^p for x ≥ 0 as e^(p·ln x): about twice as fast as `pow`, and as exact as a sampler needs.
    @inline(__always) static func power(_ x: Double, _ p: Double) -> Double {
        x > 0 ? Foundation.exp(p * Foundation.log(x)) : (p > 0 ? 0 : (p == 0 ? 1 : .infinity))
    }

    /// 1 / (1 + e^−x).
    @inline(__always) static func logistic(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }

    /// The median of `values` (the mean of the middle two for an even count), by selection (the values are reordered).
    static func median(_ values: inout [Double]) -> Double {
        let n = values.count
        guard n > 0 else { return .nan }
        let upper = select(&values, n / 2)
        guard n % 2 == 0 else { return upper }
        var lower = -Double.infinity
        for i in 0..<(n / 2) where values[i] > lower { lower = values[i] }
        return (lower + upper) / 2
    }

    /// The k-th smallest value (0-based), moving the smaller ones before it (Hoare's selection, middle pivot).
    static func select(_ a: inout [Double], _ k: Int) -> Double {
        var low = 0, high = a.count - 1
        while low < high {
            let pivot = a[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return a[k]
    }
}
