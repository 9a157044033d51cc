import Foundation
import Testing
@testable import Trends

/// The forecasting methods against statsmodels' outputs recorded in Fixtures/forecast-reference.json
/// (made by scripts/fixtures/forecast_reference.py; series written for the test).
@Suite struct ForecastReferenceTests {
    struct Reference: Decodable {
        struct Ses: Decodable { var alpha: Double; var level0: Double; var sse: Double; var forecast: [Double] }
        struct Damped: Decodable { var alpha: Double; var beta: Double; var phi: Double; var sse: Double; var forecast: [Double] }
        struct ThetaRef: Decodable { var alpha: Double; var forecast: [Double] }
        struct Case: Decodable { var name: String; var values: [Double]; var ses: Ses; var damped: [Damped]; var theta: ThetaRef }
        var horizon: Int
        var series: [Case]
    }

    static func load() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/forecast-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func close(_ a: [Double], _ b: [Double], relative: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= relative * max(abs($1), 1) }
    }

    @Test func simpleSmoothingMatchesStatsmodels() throws {
        let ref = try Self.load()
        for c in ref.series {
            let fit = try ExponentialSmoothing(c.values, trend: .none)
            // Both minimize the same SSE; ours keeps α ≤ 0.9999 (R's ets bound) where statsmodels allows 1.
            #expect(fit.sigma2 * Double(c.values.count) <= c.ses.sse * (1 + 1e-3), "\(c.name)")
            #expect(abs(fit.alpha - c.ses.alpha) < 2e-3, "\(c.name): alpha \(fit.alpha) vs \(c.ses.alpha)")
            #expect(Self.close(fit.forecast(steps: ref.horizon).point, c.ses.forecast, relative: 1e-4), "\(c.name)")
        }
    }

    @Test func dampedRecursionMatchesStatsmodels() throws {
        let ref = try Self.load()
        for c in ref.series {
            let y = c.values
            for d in c.damped {
                let p = SmoothingParameters(alpha: d.alpha, beta: d.beta, phi: d.phi, trended: true)
                let run = SmoothingRecursion.run(y, p, level: y[0], trend: y[1] - y[0])
                #expect(abs(run.sse - d.sse) <= 1e-9 * d.sse, "\(c.name) \(d)")
                var forecast: [Double] = [], cumulative = 0.0, power = 1.0
                for _ in 0..<ref.horizon { power *= d.phi; cumulative += power; forecast.append(run.level + cumulative * run.trend) }
                #expect(Self.close(forecast, d.forecast, relative: 1e-9), "\(c.name) \(d)")
            }
            // The fitted model is at least as good in-sample as every fixed setting inside its bounds.
            let fit = try ExponentialSmoothing(y, trend: .damped)
            let best = c.damped.filter { $0.phi >= 0.8 && $0.phi <= 0.98 }.map(\.sse).min() ?? .infinity
            #expect(fit.sigma2 * Double(y.count) <= best * (1 + 1e-6), "\(c.name)")
            #expect(fit.phi >= 0.8 && fit.phi <= 0.98)
        }
    }

    @Test func classicThetaMatchesItsDefinition() throws {
        let ref = try Self.load()
        for c in ref.series {
            let fit = try Theta(c.values, optimised: false)
            #expect(fit.theta == 2)
            #expect(abs(fit.alpha - c.theta.alpha) < 2e-3, "\(c.name): alpha \(fit.alpha) vs \(c.theta.alpha)")
            #expect(Self.close(fit.forecast(steps: ref.horizon).point, c.theta.forecast, relative: 1e-4), "\(c.name)")
        }
    }

    @Test func driftAndNaiveByHand() throws {
        let y = [10.0, 12, 11, 15, 14]
        let drift = try RandomWalk(y, drift: true).forecast(steps: 2)
        #expect(drift.point == [15, 16])  // 14 + (14 − 10)/4 per year
        let naive = try RandomWalk(y, drift: false).forecast(steps: 2)
        #expect(naive.point == [14, 14])
        // σ² = mean squared change (4 + 1 + 16 + 1)/4 = 5.5; se at 2 steps = √(5.5·2).
        #expect(abs((naive.standardError?[1] ?? 0) - (5.5 * 2).squareRoot()) < 1e-12)
        // The method column writes the drift in the series' units (the method runs on y / max|y|).
        #expect(try ForecastMethod(.drift).forecast(y, steps: 1).parameters == "drift=1.0")
    }

    @Test func combinationTakesTheMedianAndFallsBackOnNonPositiveData() throws {
        let c = Combination([ForecastMethod(.drift), ForecastMethod(.naive), ForecastMethod(.theta, multiplicative: true)], rule: .median)
        let y = [10.0, 12, 11, 15, 14]
        let f = try c.forecast(y, steps: 1)
        let parts = try [ForecastMethod(.drift), .init(.naive), .init(.theta, multiplicative: true)].map { try $0.forecast(y, steps: 1).point[0] }
        #expect(f.point[0] == parts.sorted()[1])
        #expect(f.parameters == "median(drift,naive,log-theta)")
        let withZero = try c.forecast([3, 0, 2, 4, 5], steps: 1)
        #expect(withZero.parameters == "median(drift,naive,theta)")
    }

    @Test func extremeValuesNeitherTrapNorLoop() throws {
        for scale in [1e-300, 1e160, 1e300] {
            var y: [Double] = []
            for i in 0..<12 {
                let wiggle: Double = i % 3 == 0 ? 0.05 : 0
                y.append(scale * (1 + 0.1 * Double(i) + wiggle))
            }
            for kind in ForecastMethod.Kind.allCases {
                let f = try ForecastMethod(kind).forecast(y, steps: 3)
                #expect(f.point.allSatisfy { $0.isFinite }, "\(kind) at \(scale)")
            }
        }
    }
}
