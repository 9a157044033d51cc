import Foundation
import Testing
@testable import Trends

/// The ARIMA model against statsmodels' and statsforecast's outputs recorded in Fixtures/arima-reference.json (made by
/// scripts/fixtures/arima_reference.py; series written for the test).
@Suite struct ArimaReferenceTests {
    struct Reference: Decodable {
        struct Fixed: Decodable {
            var p: Int; var q: Int; var mean: Double; var ar: [Double]; var ma: [Double]
            var variances: [Double]; var errors: [Double]; var forecast: [Double]
        }
        struct Fitted: Decodable {
            var p: Int; var q: Int; var mean: Double; var ar: [Double]; var ma: [Double]
            var loglik: Double; var aicc: Double; var forecast: [Double]
        }
        struct Case: Decodable { var name: String; var values: [Double]; var ndiffs: Int; var fixed: [Fixed]; var fitted: [Fitted] }
        struct Kpss: Decodable { var name: String; var values: [Double]; var statistic: Double; var ndiffs: Int }
        var horizon: Int
        var series: [Case]
        var kpss: [Kpss]
    }

    static func load() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/arima-reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func differenced(_ y: [Double]) -> [Double] { zip(y.dropFirst(), y).map { $0 - $1 } }

    /// The log-likelihood of w under an order, from our filter (σ² at its maximum).
    static func logLikelihood(_ w: [Double], _ o: ArimaOrder) throws -> Double {
        let run = try #require(ArmaLikelihood(ar: o.ar, ma: o.ma).filter(w, mean: o.constant ?? 0))
        return -0.5 * (run.deviance + Double(w.count) * (1 + log(2 * Double.pi)))
    }

    /// The KPSS statistic is statsmodels', and the number of differences statsforecast's (0, 1 and 2 occur).
    @Test func differencesAgreeWithStatsforecastsKPSS() throws {
        let ref = try Self.load()
        #expect(Set(ref.kpss.map(\.ndiffs)) == [0, 1, 2])
        for c in ref.kpss {
            let statistic = try #require(UnitRoot.kpss(c.values))
            #expect(abs(statistic - c.statistic) <= 1e-9 * c.statistic, "\(c.name)")
            #expect(UnitRoot.differences(c.values, maximum: 2) == c.ndiffs, "\(c.name)")
        }
    }

    /// At fixed coefficients the filter's one-step errors, their variances (σ² = 1) and the forecasts are statsmodels'.
    @Test func filterMatchesStatsmodelsAtFixedCoefficients() throws {
        let ref = try Self.load()
        for c in ref.series {
            let w = Self.differenced(c.values)
            for f in c.fixed {
                let model = ArmaLikelihood(ar: f.ar, ma: f.ma)
                let run = try #require(model.filter(w, mean: f.mean))
                let n = Double(w.count)
                let sumV = zip(f.errors, f.variances).reduce(0) { $0 + $1.0 * $1.0 / $1.1 }
                let deviance = n * log(sumV / n) + f.variances.reduce(0) { $0 + log($1) }
                #expect(abs(run.deviance - deviance) <= 1e-9 * abs(deviance), "\(c.name) (\(f.p),\(f.q))")
                let forecast = model.forecast(from: run.state, steps: ref.horizon).map { $0 + f.mean }
                #expect(ForecastReferenceTests.close(forecast, f.forecast, relative: 1e-9), "\(c.name) (\(f.p),\(f.q))")
            }
        }
    }

    /// Our AICc at statsmodels' estimates is statsmodels' AICc (same n, same count of parameters with σ²), and our
    /// search finds a likelihood at least as high, except where statsmodels' MA root sits beyond our invertibility
    /// bound |θ| ≤ tanh 3 (then within 0.5).
    @Test func fitReachesStatsmodelsLikelihood() throws {
        let ref = try Self.load()
        for c in ref.series {
            let w = Self.differenced(c.values)
            for f in c.fitted {
                let theirs = ArimaOrder(d: 1, ar: f.ar, ma: f.ma, constant: f.mean)
                #expect(abs(Arima(c.values, order: theirs).aicc - f.aicc) <= 1e-6 * abs(f.aicc), "\(c.name) (\(f.p),\(f.q))")
                #expect(abs(try Self.logLikelihood(w, theirs) - f.loglik) <= 1e-6 * abs(f.loglik))
                let ours = try #require(Arima.fit(c.values, w: w, p: f.p, d: 1, q: f.q, constant: true))
                let slack = f.ma.contains { abs($0) > tanh(3.0) } ? 0.5 : 1e-4
                #expect(try Self.logLikelihood(w, ours.order) >= f.loglik - slack, "\(c.name) (\(f.p),\(f.q))")
                if slack < 0.5 {
                    let forecast = ArmaLikelihood(ar: ours.order.ar, ma: ours.order.ma).forecast(from: ours.state, steps: ref.horizon)
                        .map { $0 + (ours.order.constant ?? 0) }
                    #expect(ForecastReferenceTests.close(forecast, f.forecast, relative: 1e-2), "\(c.name) (\(f.p),\(f.q)): \(forecast) vs \(f.forecast)")
                }
            }
        }
    }
}
