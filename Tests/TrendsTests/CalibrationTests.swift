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

    /// `trials` random walks of `count` values with N(0, 1) steps, the naive method's 95 % interval calibrated on the
    /// first `training` values (from rolling origins, checked): per step ahead, how many intervals held the value,
    /// and the sum of their widths relative to the known-variance ±1.96√k.
    static func naiveOnRandomWalks(seed: UInt64, trials: Int, count: Int, training: Int) throws -> ([Int], [Double]) {
        var g = Gaussian(state: seed)
        let h = count - training
        var inside = [Int](repeating: 0, count: h), width = [Double](repeating: 0, count: h)
        let naive = Forecaster.method(ForecastMethod(.naive))
        for _ in 0..<trials {
            var y = [100.0]
            for _ in 1..<count { y.append(y[y.count - 1] + g.next()) }
            let train = Array(y[0..<training])
            let c = CalibratedIntervals(train, forecast: try naive.forecast(train, steps: h), forecaster: naive,
                                        level: 0.95)
            #expect(c.source == .rollingOrigin)
            for k in 0..<h {
                let i = try #require(c.intervals[k])
                if y[training + k] >= i.low && y[training + k] <= i.high { inside[k] += 1 }
                width[k] += (i.high - i.low) / (2 * 1.96 * Double(k + 1).squareRoot())
            }
        }
        return (inside, width)
    }

    /// Random walks with N(0, 1) steps, six steps ahead from the last 10 origins of 30 values, where the naive
    /// method is the true model. One step ahead, the calibrated 95 % interval holds about 95 % of the next value.
    /// Further ahead it holds at least as many and is wider than the known-variance ±1.96√k: the k-step errors of
    /// consecutive origins overlap, so their scale is estimated with fewer degrees of freedom (a larger Student
    /// quantile) that the floor (the random walk with drift's standard error) does not take back. That is
    /// the price of the intervals' holding on real yearly series, whose far steps err more than their past errors
    /// say; it stays under three times the known-variance width.
    @Test func randomWalkCoverageIsNearTheNominalLevel() throws {
        let trials = 1000
        let (inside, widths) = try Self.naiveOnRandomWalks(seed: 42, trials: trials, count: 36, training: 30)
        let width = widths.map { $0 / Double(trials) }
        let coverage = inside.map { Double($0) / Double(trials) }
        #expect(coverage[0] > 0.93 && coverage[0] < 0.985, "one step ahead: coverage \(coverage[0])")
        #expect(coverage.allSatisfy { $0 > 0.93 }, "coverage by step \(coverage)")
        #expect(width[0] > 1 && width[0] < 1.4, "one step ahead: relative width \(width[0])")
        #expect(width.allSatisfy { $0 < 3 }, "relative width by step \(width)")
    }

    /// Overlapping k-step errors count for fewer degrees of freedom than their number: one-step errors keep theirs,
    /// two-step errors from 9 origins count for 9 / (1 + 2 · 8/9 · 1/4), and the count never falls below 2.
    @Test func overlappingErrorsHaveFewerDegreesOfFreedom() throws {
        #expect(CalibratedIntervals.effectiveFreedom(errors: 10, step: 1) == 10)
        #expect(abs(CalibratedIntervals.effectiveFreedom(errors: 9, step: 2) - 9 / (1 + 2 * 8.0 / 9 / 4)) < 1e-12)
        #expect(CalibratedIntervals.effectiveFreedom(errors: 2, step: 6) == 2)
        for n in 2...12 { for k in 1...8 {
            let nearer = CalibratedIntervals.effectiveFreedom(errors: n, step: k)
            #expect(CalibratedIntervals.effectiveFreedom(errors: n, step: k + 1) <= nearer)
        } }
        // The interval's half-width is the Student quantile at those degrees of freedom times the errors' root mean
        // square (a straight line has no year-to-year noise, so no floor takes over).
        let line = (0..<30).map(Double.init)
        let errors = [(0..<10).map { $0 % 2 == 0 ? 1.0 : -1 }, (0..<9).map { $0 % 2 == 0 ? 2.0 : -2 }]
        let c = CalibratedIntervals(line, forecast: MethodForecast(point: [30, 31], standardError: nil, parameters: ""),
                                    errors: errors, level: 0.95)
        for (k, rms) in [1.0, 2.0].enumerated() {
            let freedom = CalibratedIntervals.effectiveFreedom(errors: 10 - k, step: k + 1)
            let q = try #require(StudentT.quantile(0.975, degreesOfFreedom: freedom))
            let i = try #require(c.intervals[k])
            #expect(abs((i.high - i.low) / 2 - q * rms) < 1e-9)
        }
    }

    /// A series too short to leave 6 values before each of 4 origins is checked from shorter beginnings, so that
    /// it still has 4 origins; a long one keeps its 10 origins of 6 values or more.
    @Test func shortSeriesAreCheckedFromShorterBeginnings() throws {
        #expect(CalibratedIntervals.leastTraining(count: 30, preferred: 6, origins: 4, methodsNeed: 2) == 6)
        #expect(CalibratedIntervals.leastTraining(count: 9, preferred: 6, origins: 4, methodsNeed: 2) == 5)
        #expect(CalibratedIntervals.leastTraining(count: 5, preferred: 6, origins: 4, methodsNeed: 2) == 3)
        let y = [3.0, 4, 4.5, 6, 5.5, 7, 8.5, 9]
        let drift = Forecaster.method(ForecastMethod(.drift))
        let f = try drift.forecast(y, steps: 3)
        let c = CalibratedIntervals(y, forecast: f, forecaster: drift, level: 0.95)
        #expect(c.source == .rollingOrigin)
        #expect(c.errors.map(\.count) == [4, 3, 2])
        // The 1-step errors by hand: drift from the first 4, 5, 6 and 7 values, against the next.
        let expected = (4...7).map { n in y[n] - (y[n - 1] + (y[n - 1] - y[0]) / Double(n - 1)) }
        for (e, x) in zip(c.errors[0], expected) { #expect(abs(e - x) < 1e-12) }
        let long = (0..<30).map { Double($0) + ($0 % 3 == 0 ? 1 : 0) }
        let g = try drift.forecast(long, steps: 1)
        #expect(CalibratedIntervals(long, forecast: g, forecaster: drift, level: 0.95).errors[0].count == 10)
    }

    /// Short random walks (8 values): calibrated on 4 origins, the naive method's 95 % interval holds at least 95 %
    /// of the next value, and not far more. (From 4 errors alone, with the Student quantile of 4 degrees of
    /// freedom, it would hold 95 % exactly; the scale never falls below the random walk's own standard error,
    /// which makes it a little wider.)
    @Test func shortRandomWalksAreCoveredFromFourOrigins() throws {
        let (inside, _) = try Self.naiveOnRandomWalks(seed: 7, trials: 2000, count: 9, training: 8)
        let coverage = Double(inside[0]) / 2000
        #expect(coverage > 0.945 && coverage < 0.99, "coverage \(coverage)")
    }

    /// A median combination's calibrated interval holds the median of its members' own intervals at the same level:
    /// on series whose last years were calmer than the rest, where the rolling-origin errors alone would make it
    /// narrower, and on random walks. A single method's is not widened (its own interval has no median to guard it).
    @Test func intervalsHoldTheModelsOwn() throws {
        var g = Gaussian(state: 11)
        var widened = [0, 0]
        for trial in 0..<200 {
            var y = [100.0]
            let calmFrom = trial % 2 == 0 ? 12 : 40
            for t in 1..<24 { y.append(y[y.count - 1] + 0.5 + g.next() * (t < calmFrom ? 4 : 0.2)) }
            let fitted = try Combination.yearlyFast.fitted(y, steps: 4)
            let own = try #require(fitted.modelIntervals(level: 0.9))
            let c = CalibratedIntervals(y, fitted: fitted, level: 0.9)
            #expect(c.source == .rollingOrigin)
            let bare = CalibratedIntervals(y, forecast: fitted.forecast, errors: c.errors, level: 0.9)
            for k in 0..<4 {
                let i = try #require(c.intervals[k]), b = try #require(bare.intervals[k])
                #expect(i.low <= own[k].low && i.high >= own[k].high)
                #expect(i.low == Swift.min(b.low, own[k].low) && i.high == Swift.max(b.high, own[k].high))
                if i != b { widened[trial % 2] += 1 }
            }
        }
        // The calm series are the ones the model's interval widens.
        #expect(widened[0] > widened[1], "widened \(widened) of 400 steps each")
        let y: [Double] = (0..<20).map { t in
            let growth = Foundation.exp(0.05 * Double(t))
            return 100 * growth * (1 + 0.02 * Double(t % 3))
        }
        let fitted = try Forecaster.method(ForecastMethod(.theta, multiplicative: true)).fitted(y, steps: 3)
        let c = CalibratedIntervals(y, fitted: fitted, level: 0.95)
        #expect(c.source == .rollingOrigin)
        #expect(c == CalibratedIntervals(y, forecast: fitted.forecast, errors: c.errors, level: 0.95))
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
