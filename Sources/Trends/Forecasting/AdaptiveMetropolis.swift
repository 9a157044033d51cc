import Foundation

/// A random-walk Metropolis sampler that learns its proposal (Haario, Saksman & Tamminen 2001).
///
/// The first half of the warm-up proposes isotropic steps whose size is tuned every 50 iterations towards an
/// acceptance rate between 0.15 and 0.3; the second half proposes from the running covariance of the chain, scaled by
/// 2.38²/d (Gelman, Roberts & Gilks 1996); the sampling iterations keep the covariance the warm-up ended with and
/// record every `thin`-th state.
public struct AdaptiveMetropolis: Sendable {
    /// Iterations before any draw is kept.
    public var warmUp: Int
    /// Iterations after the warm-up.
    public var iterations: Int
    /// One draw is kept every `thin` iterations.
    public var thin: Int

    /// A sampler.
    public init(warmUp: Int, iterations: Int, thin: Int) {
        self.warmUp = warmUp
        self.iterations = iterations
        self.thin = max(1, thin)
    }

    /// Draws from the density whose logarithm (up to a constant) is `logDensity`, starting at `start`.
    ///
    /// `logDensity` returns -infinity (or any non-finite value) outside the support. The result holds
    /// `iterations / thin` states, each of `start.count` values.
    public func sample(from start: [Double], using random: inout SeededRandom,
                       logDensity: ([Double]) -> Double) -> [[Double]] {
        let d = start.count
        var state = start, proposal = start, step = [Double](repeating: 0, count: d)
        var current = logDensity(state)
        var scale = 0.1, accepted = 0
        var mean = start, covariance = [Double](repeating: 0, count: d * d), seen = 0.0
        for i in 0..<d { covariance[i * d + i] = 0.01 }
        var factor = [Double](repeating: 0, count: d * d)
        let isotropicUntil = max(500, warmUp / 2)
        var draws: [[Double]] = []
        draws.reserveCapacity(iterations / thin)
        for iteration in 0..<(warmUp + iterations) {
            let isotropic = iteration < isotropicUntil && iteration < warmUp
            for i in 0..<d { step[i] = random.normal() }
            if isotropic {
                for i in 0..<d { proposal[i] = state[i] + scale * step[i] }
            } else {
                if iteration <= warmUp { AdaptiveMetropolis.cholesky(covariance, d, into: &factor) }
                let c = 2.38 / Double(d).squareRoot()
                for i in 0..<d {
                    var sum = 0.0
                    for j in 0...i { sum += factor[i * d + j] * step[j] }
                    proposal[i] = state[i] + c * sum
                }
            }
            let candidate = logDensity(proposal)
            if candidate.isFinite, Foundation.log(random.uniform()) < candidate - current {
                swap(&state, &proposal)
                current = candidate
                accepted += 1
            }
            if iteration < warmUp {
                seen += 1
                for i in 0..<d { step[i] = state[i] - mean[i]; mean[i] += step[i] / seen }
                for i in 0..<d {
                    for j in 0..<d {
                        covariance[i * d + j] += (step[i] * (state[j] - mean[j]) - covariance[i * d + j]) / seen
                    }
                }
                if isotropic, iteration % 50 == 49 {
                    let rate = Double(accepted) / 50
                    if rate > 0.3 { scale *= 1.5 } else if rate < 0.15 { scale /= 1.5 }
                    accepted = 0
                }
            } else if (iteration - warmUp) % thin == 0, draws.count < iterations / thin {
                draws.append(state)
            }
        }
        return draws
    }

    /// The lower Cholesky factor of `matrix` + 1e-8·I (d × d, row-major) into `factor`; a pivot that is not positive
    /// (a chain that has not moved in some direction) gets a small positive one, so that proposals keep moving.
    static func cholesky(_ matrix: [Double], _ d: Int, into factor: inout [Double]) {
        for i in 0..<d {
            for j in 0...i {
                var sum = matrix[i * d + j] + (i == j ? 1e-8 : 0)
                for k in 0..<j { sum -= factor[i * d + k] * factor[j * d + k] }
                if i == j {
                    factor[i * d + i] = sum > 1e-12 ? sum.squareRoot() : 1e-6
                } else {
                    factor[i * d + j] = sum / factor[j * d + j]
                }
            }
            for j in (i + 1)..<max(d, i + 1) { factor[i * d + j] = 0 }
        }
    }
}
