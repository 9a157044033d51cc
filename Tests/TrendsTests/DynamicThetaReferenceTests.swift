import Foundation
import Testing
@testable import Trends

/// The dynamic optimised Theta model against statsforecast's outputs recorded in Fixtures/dotm-reference.json
/// (made by scripts/fixtures/dotm_reference.py; series written for the test).
@Suite struct DynamicThetaReferenceTests {
    struct Reference: Decodable {
        struct Fixed: Decodable { var level0: Double; var alpha: Double; var theta: Double; var errors: [Double]; var forecast: [Double] }
        struct Optimised: Decodable { var level0: Double; var alpha: Double; var theta: Double; var criterion: Double; var forecast: [Double] }
        struct Case: Decodable { var name: String; var values: [Double]; var fixed: [Fixed]; var optimised: Optimised }
        var horizon: Int
        var series: [Case]
    }

    static func load() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dotm-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func close(_ a: [Double], _ b: [Double], relative: Double) -> Bool { ForecastReferenceTests.close(a, b, relative: relative) }

    /// The sum of squared one-step errors after the third, as both criteria count them.
    static func criterion(_ errors: [Double]) -> Double { errors.dropFirst(3).reduce(0) { $0 + $1 * $1 } }

    @Test func recursionMatchesStatsforecastAtFixedParameters() throws {
        let ref = try Self.load()
        for c in ref.series {
            for f in c.fixed {
                let run = DynamicTheta.run(c.values, initialLevel: f.level0, alpha: f.alpha, theta: f.theta)
                #expect(abs(run.sse - Self.criterion(f.errors)) <= 1e-9 * Self.criterion(f.errors), "\(c.name) \(f.alpha) \(f.theta)")
                let m = try DynamicTheta(c.values, initialLevel: f.level0, alpha: f.alpha, theta: f.theta)
                #expect(Self.close(m.forecast(steps: ref.horizon).point, f.forecast, relative: 1e-9), "\(c.name) \(f.alpha) \(f.theta)")
            }
        }
    }

    @Test func optimisedFitIsAtLeastAsGoodAsStatsforecasts() throws {
        let ref = try Self.load()
        for c in ref.series {
            let m = try DynamicTheta(c.values)
            let ours = DynamicTheta.run(c.values, initialLevel: m.initialLevel, alpha: m.alpha, theta: m.theta).sse
            let meanAbs = c.values.reduce(0) { $0 + abs($1) } / Double(c.values.count)
            // statsforecast's criterion is the same sum divided by mean |y|; both searches are local, so ours may
            // stop at another point, never at a worse one by more than 1 %.
            #expect(ours <= c.optimised.criterion * meanAbs * 1.01, "\(c.name): \(ours) vs \(c.optimised.criterion * meanAbs)")
            #expect(m.alpha >= 0.1 && m.alpha <= 0.99 && m.theta >= 1)
            // At statsforecast's optimum our recursion gives its forecasts.
            let theirs = try DynamicTheta(c.values, initialLevel: c.optimised.level0, alpha: c.optimised.alpha, theta: c.optimised.theta)
            #expect(Self.close(theirs.forecast(steps: ref.horizon).point, c.optimised.forecast, relative: 1e-9), "\(c.name)")
            // The criterion is flat along a valley in (ℓ₀, θ), so two searches stop at different points of it whose
            // forecasts differ by a few per cent at most (ours from ForecastMethod, on the scaled values).
            let ourForecast = try ForecastMethod(.dotm).forecast(c.values, steps: ref.horizon).point
            #expect(Self.close(ourForecast, c.optimised.forecast, relative: 0.05), "\(c.name): \(ourForecast) vs \(c.optimised.forecast)")
        }
    }
}
