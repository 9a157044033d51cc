import Foundation
import Testing
@testable import Trends

/// Calibrated intervals on synthetic series whose error distribution is known.
@Suite struct CalibrationTests {
    /// A deterministic standard normal stream (64-bit LCG + Box–Muller), so the test cannot flake.
    struct Gaussian {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Double(state >> 11) + 0.5) / Double(1 << 53)
        }
        mutating func next() -> Double {
            let (u, v) = (uniform(), uniform())
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    /// Random walks with N(0, 1) steps: the naive method's calibrated 95 % interval should hold about 95 % of the
    /// next three values, and the normal model's own ±1.96√h about as many.
    @Test func randomWalkCoverageIsNearTheNominalLevel() throws {
        var g = Gaussian(state: 42)
        var inside = 0, total = 0, widths = 0.0
        for _ in 0..<600 {
            var y = [100.0]
            for _ in 1..<33 { y.append(y[y.count - 1] + g.next()) }
            let train = Array(y[0..<30]), test = Array(y[30..<33])
            let naive = Forecaster.method(ForecastMethod(.naive))
            let f = try naive.forecast(train, steps: 3)
            let c = CalibratedIntervals(train, forecast: f, forecaster: naive, level: 0.95)
            #expect(c.source == .rollingOrigin)
            for k in 0..<3 {
                let i = try #require(c.intervals[k])
                if test[k] >= i.low && test[k] <= i.high { inside += 1 }
                widths += (i.high - i.low) / (2 * 1.96 * Double(k + 1).squareRoot())
                total += 1
            }
        }
        let coverage = Double(inside) / Double(total)
        #expect(coverage > 0.92 && coverage < 0.985, "coverage \(coverage)")
        // Wider than the known-variance interval (estimated scale, Student quantile), but not absurdly.
        let relativeWidth = widths / Double(total)
        #expect(relativeWidth > 1 && relativeWidth < 1.6, "relative width \(relativeWidth)")
    }

    /// A series too short for rolling origins falls back to the model's standard errors.
    @Test func shortSeriesFallBackToTheModel() throws {
        let y = [1.0, 2, 2.5, 4]
        let drift = Forecaster.method(ForecastMethod(.drift))
        let f = try drift.forecast(y, steps: 2)
        let c = CalibratedIntervals(y, forecast: f, forecaster: drift, level: 0.95)
        #expect(c.source == .model)
        #expect(c.intervals.allSatisfy { $0 != nil })
    }
}
