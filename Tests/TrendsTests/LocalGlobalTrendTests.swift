import Foundation
import Testing
@testable import Trends

/// The LGT model against an independent numpy implementation of Rlgt's equations, recorded in
/// Fixtures/lgt-reference.json (made by scripts/fixtures/lgt_reference.py).
@Suite struct LocalGlobalTrendTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            var name: String; var values: [Double]; var vectors: [[Double]]; var logPosterior: [Double]
            var median: [Double]; var relativeSpread: [Double]
        }
        var horizon: Int
        var scaledTop: Double
        var series: [Case]
    }

    static func load() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/lgt-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    /// At fixed parameters the log posterior density (likelihood, priors and Jacobian) is the reference's.
    @Test func logPosteriorMatchesTheReference() throws {
        let ref = try Self.load()
        #expect(ref.scaledTop == LocalGlobalTrend.scaledTop)
        for c in ref.series {
            let unit = (c.values.max() ?? 1) / ref.scaledTop
            let z = c.values.map { $0 / unit }
            for (u, expected) in zip(c.vectors, c.logPosterior) {
                let value = LocalGlobalTrend.logPosterior(u, z, priorScale: ref.scaledTop / 200)
                #expect(abs(value - expected) <= 1e-9 * max(1, abs(expected)), "\(c.name): \(value) vs \(expected)")
            }
        }
    }

    /// The forecast is the reference's posterior-predictive median (from a sampler forty times longer), within five
    /// times the Monte Carlo spread the reference measured for a run as short as ours (at least 0.5 %).
    @Test func forecastMatchesTheReferencePosterior() throws {
        let ref = try Self.load()
        for c in ref.series {
            let model = try LocalGlobalTrend(c.values, steps: ref.horizon)
            let points = try #require(model.points(after: c.values, steps: ref.horizon))
            for k in 0..<ref.horizon {
                let tolerance = max(0.005, 5 * c.relativeSpread[k]) * abs(c.median[k])
                #expect(abs(points[k] - c.median[k]) <= tolerance, "\(c.name) step \(k + 1): \(points[k]) vs \(c.median[k])")
            }
        }
    }

    /// The same series gives the same forecast every time, and the forecast follows the series' units: a series
    /// multiplied by 1024 (a power of two, so the scaled values are the same bits) gives forecasts 1024 times larger.
    @Test func forecastsAreRepeatableAndFollowTheUnits() throws {
        let y: [Double] = [3.1, 3.4, 3.3, 3.9, 4.2, 4.1, 4.6, 4.9, 5.3, 5.2, 5.8]
        let a = try LocalGlobalTrend(y, steps: 4).points(after: y, steps: 4)
        let b = try LocalGlobalTrend(y, steps: 4).points(after: y, steps: 4)
        let scaled = y.map { $0 * 1024 }
        let c = try LocalGlobalTrend(scaled, steps: 4).points(after: scaled, steps: 4)
        #expect(a != nil && a == b)
        #expect(c == a.map { $0.map { $0 * 1024 } })
    }

    /// Too short a series, or a value that is not positive, is refused with the reason.
    @Test func refusesWhatItCannotModel() {
        #expect(throws: TrendError.self) { try LocalGlobalTrend([1, 2, 3, 4, 5], steps: 2) }
        #expect(throws: TrendError.self) { try LocalGlobalTrend([1, 2, 3, 4, 5, 0, 7, 8, 9], steps: 2) }
        #expect(ForecastMethod(name: "lgt") == ForecastMethod(.lgt))
        #expect(ForecastMethod(name: "log-lgt") == nil)
    }

    /// `auto` combines four members on a positive series long enough for LGT, and leaves LGT out (three members)
    /// when a value is not positive or the series is shorter than LGT needs.
    @Test func autoLeavesLGTOutWhereItCannotRun() throws {
        let positive: [Double] = (0..<12).map { 100 + 4 * Double($0) + Double($0 % 3) }
        let withZero = positive.enumerated().map { $0.offset == 3 ? 0 : $0.element }
        let short = Array(positive.prefix(6))
        #expect(try Combination.yearly.fitted(positive, steps: 3).members.map(\.method.name) == ["drift", "damped", "log-theta", "lgt"])
        #expect(try Combination.yearly.fitted(withZero, steps: 3).members.map(\.method.name) == ["drift", "damped", "theta"])
        #expect(try Combination.yearly.fitted(short, steps: 3).members.map(\.method.name) == ["drift", "damped", "log-theta"])
    }

    /// A rerun on the whole series with every path gives the forecast itself; on an earlier part it forecasts from
    /// there with the same draws.
    @Test func rerunsUseTheSameDraws() throws {
        let y: [Double] = [10, 11.2, 12.1, 13.5, 14.2, 15.8, 16.1, 17.9, 18.4, 19.9, 21.0, 21.7]
        let fitted = try ForecastMethod(.lgt).fitted(y, steps: 3)
        guard case .localGlobalTrend(let model) = fitted.fixed else { Issue.record("no LGT parameters"); return }
        let again = try #require(model.points(after: y, steps: 3))
        // the same, up to the rounding of the method's division by the largest value and multiplication back
        #expect(zip(again, fitted.forecast.point).allSatisfy { abs($0 - $1) <= 1e-12 * abs($1) })
        let earlier = try #require(fitted.rerun(Array(y.prefix(9)), steps: 3))
        #expect(earlier.count == 3 && earlier.allSatisfy { $0 > 15 && $0 < 25 })
        let paths = LocalGlobalTrend.rerunPathsPerDraw
        let byHand = try #require(model.points(after: Array(y.prefix(9)), steps: 3, paths: paths))
        #expect(zip(earlier, byHand).allSatisfy { abs($0 - $1) <= 1e-9 * abs($1) })
    }

    /// An earlier part is read in the unit the model was fitted in (the priors, and so the draws, are not scale-free),
    /// not scaled again to its own largest value: halving it does not simply halve the forecast.
    @Test func earlierPartsAreReadInTheFittedUnit() throws {
        let y: [Double] = [10, 11.2, 12.1, 13.5, 14.2, 15.8, 16.1, 17.9, 18.4, 19.9, 21.0, 21.7]
        let model = try LocalGlobalTrend(y, steps: 3)
        let prefix = Array(y.prefix(9))
        let whole = try #require(model.points(after: prefix, steps: 3))
        let half = try #require(model.points(after: prefix.map { $0 / 2 }, steps: 3))
        #expect(zip(whole, half).contains { abs($0 / 2 - $1) > 1e-6 * abs($1) })
    }
}

/// The seeded generator's draws follow their distributions (tolerances of several standard errors of the estimates).
@Suite struct SeededRandomTests {
    @Test func drawsFollowTheirDistributions() {
        var random = SeededRandom(seed: 42)
        let n = 200_000
        var sum = 0.0, squares = 0.0, gammaSum = 0.0, inside = 0
        for _ in 0..<n {
            let x = random.normal()
            sum += x; squares += x * x
            gammaSum += random.gamma(shape: 2.5)
            if abs(random.studentT(degreesOfFreedom: 5)) < 2.570_582 { inside += 1 }  // t(5) 97.5 % quantile
        }
        #expect(abs(sum / Double(n)) < 5 / Double(n).squareRoot())
        #expect(abs(squares / Double(n) - 1) < 5 * (2 / Double(n)).squareRoot())
        #expect(abs(gammaSum / Double(n) - 2.5) < 5 * (2.5 / Double(n)).squareRoot())
        #expect(abs(Double(inside) / Double(n) - 0.95) < 5 * (0.95 * 0.05 / Double(n)).squareRoot())
        var first = SeededRandom(seed: 42), again = SeededRandom(seed: 42), other = SeededRandom(seed: 43)
        #expect(first.next() == again.next())
        #expect(first.next() != other.next())
    }
}

/// The sampler draws from the density it is given: a correlated two-dimensional normal.
@Suite struct AdaptiveMetropolisTests {
    @Test func samplesACorrelatedNormal() {
        // mean (1, -2), standard deviations 1 and 3, correlation 0.8
        let mean = [1.0, -2.0], sd = [1.0, 3.0], rho = 0.8
        var random = SeededRandom(seed: 7)
        let draws = AdaptiveMetropolis(warmUp: 2000, iterations: 40_000, thin: 10).sample(from: [0, 0], using: &random) { x in
            let a = (x[0] - mean[0]) / sd[0], b = (x[1] - mean[1]) / sd[1]
            return -(a * a - 2 * rho * a * b + b * b) / (2 * (1 - rho * rho))
        }
        #expect(draws.count == 4000)
        for i in 0..<2 {
            let m = draws.map { $0[i] }.reduce(0, +) / Double(draws.count)
            let v = draws.map { ($0[i] - m) * ($0[i] - m) }.reduce(0, +) / Double(draws.count)
            #expect(abs(m - mean[i]) < 0.15 * sd[i], "mean \(i): \(m)")
            #expect(abs(v.squareRoot() / sd[i] - 1) < 0.1, "sd \(i): \(v.squareRoot())")
        }
    }
}
