import Foundation
import Testing
@testable import Trends

/// Reruns with fitted parameters (the calibration's origins), the models' own intervals and the weighted rule.
@Suite struct FittedForecasterTests {
    static let y: [Double] = [102, 108.5, 113.1, 121.7, 125.2, 133.9, 140.4, 143.8, 152.6, 160.1, 163, 171.9, 176.4, 185.0]

    /// Rerun on the whole series it was fitted to, every method gives back its own forecast: the rerun keeps the
    /// parameters and recomputes only the states.
    /// LGT (no log- form) reruns with the first `rerunPathsPerDraw` of each draw's simulated paths, so its rerun is
    /// the median of those paths, computed from the same draws and noise.
    @Test(arguments: ForecastMethod.Kind.allCases)
    func rerunOnTheWholeSeriesGivesTheForecast(kind: ForecastMethod.Kind) throws {
        for method in kind == .lgt ? [ForecastMethod(kind)] : [ForecastMethod(kind), ForecastMethod(kind, multiplicative: true)] {
            let fitted = try method.fitted(Self.y, steps: 4)
            let again = try #require(fitted.rerun(Self.y, steps: 4))
            var expected = fitted.forecast.point
            if case .localGlobalTrend(let model) = fitted.fixed {
                expected = try #require(model.points(after: Self.y, steps: 4, paths: LocalGlobalTrend.rerunPathsPerDraw))
            }
            for (a, b) in zip(again, expected) { #expect(abs(a - b) <= 1e-9 * abs(b), "\(method.name)") }
        }
    }

    /// A rerun on an earlier part keeps the parameters: for damped smoothing it is the recursion run by hand from
    /// ℓ₀ = y₁, b₀ = y₂ − y₁ with the fitted α, β, φ.
    @Test func rerunOnAPrefixKeepsTheParameters() throws {
        let fitted = try ForecastMethod(.damped).fitted(Self.y, steps: 2)
        guard case .smoothing(let p) = fitted.fixed else { Issue.record("no smoothing parameters"); return }
        let prefix = Array(Self.y.prefix(9))
        var level = prefix[0], trend = prefix[1] - prefix[0]
        for v in prefix {
            let e = v - (level + p.phi * trend)
            level += p.phi * trend + p.alpha * e
            trend = p.phi * trend + p.alpha * p.beta * e
        }
        let expected = [level + p.phi * trend, level + (p.phi + p.phi * p.phi) * trend]
        let rerun = try #require(fitted.rerun(prefix, steps: 2))
        for (a, b) in zip(rerun, expected) { #expect(abs(a - b) <= 1e-9 * abs(b)) }
    }

    /// Random walks with N(0, 1) steps: intervals calibrated on reruns (no re-search) hold about 95 % too.
    @Test func calibrationOnRerunsHoldsItsLevel() throws {
        var g = CalibrationTests.Gaussian(state: 7)
        var inside = 0, total = 0
        let drift = Forecaster.method(ForecastMethod(.drift))
        for _ in 0..<600 {
            var y = [100.0]
            for _ in 1..<33 { y.append(y[y.count - 1] + g.next()) }
            let train = Array(y[0..<30]), test = Array(y[30..<33])
            let c = CalibratedIntervals(train, fitted: try drift.fitted(train, steps: 3), level: 0.95)
            #expect(c.source == .rollingOrigin)
            for k in 0..<3 {
                let i = try #require(c.intervals[k])
                if test[k] >= i.low && test[k] <= i.high { inside += 1 }
                total += 1
            }
        }
        let coverage = Double(inside) / Double(total)
        #expect(coverage > 0.92 && coverage < 0.985, "coverage \(coverage)")
    }

    /// The naive method's own interval is ±z·σ√h; a combination's bounds are the median of its members' bounds.
    @Test func modelIntervalsByHand() throws {
        let y = [10.0, 12, 11, 15, 14]
        let naive = try Forecaster.method(ForecastMethod(.naive)).fitted(y, steps: 2)
        let bands = try #require(naive.modelIntervals(level: 0.95))
        let z = try #require(Normal.quantile(0.975))
        let expectedHigh: Double = 14 + z * (5.5 * 2.0).squareRoot()
        #expect(abs(bands[1].high - expectedHigh) < 1e-12)
        let c = Combination([ForecastMethod(.naive), ForecastMethod(.drift), ForecastMethod(.ses)], rule: .median)
        let combined = try c.fitted(Self.y, steps: 3)
        let members = try [ForecastMethod(.naive), .init(.drift), .init(.ses)].map { try #require($0.fitted(Self.y, steps: 3).modelIntervals(level: 0.95)) }
        let mine = try #require(combined.modelIntervals(level: 0.95))
        for k in 0..<3 {
            #expect(mine[k].low == members.map { $0[k].low }.sorted()[1])
            #expect(mine[k].high == members.map { $0[k].high }.sorted()[1])
        }
    }

    /// Weights are the normalized inverse rolling-origin MAEs: they sum to 1 and favour the member that erred less.
    @Test func weightedRuleFavoursTheSmallerError() throws {
        let trend: [Double] = (0..<20).map { (t: Int) -> Double in
            let wiggle: Double = t % 2 == 0 ? 0.3 : -0.3
            return 50 + 2 * Double(t) + wiggle
        }
        let c = Combination([ForecastMethod(.naive), ForecastMethod(.drift)], rule: .weighted)
        let fitted = try c.fitted(trend, steps: 2)
        let w = try #require(fitted.weights)
        #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        #expect(w[1] > w[0])
        let first: Double = fitted.members[0].forecast.point[0], second: Double = fitted.members[1].forecast.point[0]
        let expected: Double = w[0] * first + w[1] * second
        #expect(abs(fitted.forecast.point[0] - expected) < 1e-9)
    }
}
