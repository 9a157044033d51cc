import Foundation
import Testing
@testable import Trends

/// ETS selection against statsmodels' ETSModel and statsforecast's AutoETS, recorded in Fixtures/ets-reference.json
/// (made by scripts/fixtures/ets_reference.py; series written for the test).
@Suite struct EtsReferenceTests {
    struct Reference: Decodable {
        struct Fixed: Decodable {
            var multiplicative: Bool; var trend: String; var alpha: Double; var beta: Double; var phi: Double
            var level0: Double; var trend0: Double; var loglik: Double; var forecast: [Double]
        }
        struct Auto: Decodable { var model: String; var aicc: Double; var forecast: [Double] }
        struct Case: Decodable { var name: String; var values: [Double]; var fixed: [Fixed]; var auto: Auto }
        var horizon: Int
        var series: [Case]
    }

    static func load() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ets-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    /// The constant n(1 + ln 2π) our criterion leaves out.
    static func constant(_ n: Int) -> Double { Double(n) * (1 + log(2 * Double.pi)) }

    /// At fixed parameters and initial states, the six models' log-likelihoods and forecasts are statsmodels'.
    @Test func recursionsMatchStatsmodels() throws {
        let ref = try Self.load()
        for c in ref.series {
            for f in c.fixed {
                let trend = try #require(EtsParameters.Trend(rawValue: f.trend))
                let p = EtsParameters(multiplicative: f.multiplicative, trend: trend, alpha: f.alpha, beta: f.beta,
                                      phi: f.phi, level0: f.level0, trend0: f.trend0)
                let run = Ets.run(c.values, p)
                let n = Double(c.values.count)
                let loglik = -0.5 * (n * log(run.sse / n) + run.logScale + Self.constant(c.values.count))
                #expect(abs(loglik - f.loglik) <= 1e-9 * abs(f.loglik), "\(c.name) \(f.multiplicative) \(f.trend)")
                let points = Ets(c.values, parameters: p).points(steps: ref.horizon)
                #expect(ForecastReferenceTests.close(points, f.forecast, relative: 1e-9), "\(c.name) \(f.multiplicative) \(f.trend)")
            }
        }
    }

    /// The chosen model's AICc (on the series' own scale) is at most AutoETS's (both searches are local; ours may find a better optimum, never
    /// a worse one by more than 0.5).
    @Test func selectionIsAtLeastAsGoodAsAutoETS() throws {
        let ref = try Self.load()
        for c in ref.series {
            let m = try Ets(c.values)  // on the values unscaled, so the criteria share their units
            // statsforecast (as R's `ets`) writes −2 log L as n ln Σe² + 2Σ ln|ŷ|: ours plus n ln n.
            let n = Double(c.values.count)
            let ours = m.aicc + n * log(n)
            #expect(ours <= c.auto.aicc + 0.5, "\(c.name): \(ours) vs \(c.auto.aicc) (\(c.auto.model))")
        }
    }

    /// With R's start and bounds, the search chooses AutoETS's model and forecasts as it does (within 2 %).
    @Test func choosesAndForecastsAsAutoETS() throws {
        let ref = try Self.load()
        for c in ref.series {
            let m = try Ets(c.values)
            let name = "ETS(\(m.parameters.multiplicative ? "M" : "A"),\(m.parameters.trend.rawValue),N)"
            #expect(name == c.auto.model, "\(c.name)")
            #expect(ForecastReferenceTests.close(m.points(steps: ref.horizon), c.auto.forecast, relative: 0.02), "\(c.name)")
        }
    }

    /// The trend's gain β = αβ* stays at most the initial α (≈ 0.2) and at most α, even where the last years turn
    /// sharply and a free search would let the trend follow them.
    @Test func trendGainStaysUnderTheInitialAlpha() {
        let y: [Double] = [10, 12, 13, 15, 16, 18, 19, 21, 22, 24, 23, 19, 14, 8]
        for multiplicative in [false, true] {
            for trend in [EtsParameters.Trend.additive, .damped] {
                let p = Ets.fit(y, multiplicative: multiplicative, trend: trend).parameters
                #expect(p.alpha * p.beta <= 0.2001 && p.beta <= 1, "\(multiplicative) \(trend): α \(p.alpha) β* \(p.beta)")
            }
        }
    }

    /// A short series gets the models it has enough values for: 5 and 6 values no trend, 7 no damped trend; 4 none.
    @Test func shortSeriesGetTheModelsTheyCanCarry() throws {
        let y: [Double] = [3, 5, 4, 7, 8, 10, 9, 12]
        #expect(try Ets(Array(y.prefix(5))).parameters.trend == .none)
        #expect(try Ets(Array(y.prefix(6))).parameters.trend == .none)
        #expect(try Ets(Array(y.prefix(7))).parameters.trend != .damped)
        #expect(throws: TrendError.self) { try Ets(Array(y.prefix(4))) }
    }

    /// Multiplicative models are offered only for positive data.
    @Test func multiplicativeOnlyOnPositiveData() throws {
        let y: [Double] = [-3, 1, 4, 2, 6, 5, 9, 8, 12, 10]
        #expect(try Ets(y).parameters.multiplicative == false)
    }
}
