import Foundation
import Testing
@testable import Trends

/// Intervals must use Student's t at df = n − 2 (n − 3 for the quadratic). This test fails if a normal quantile
/// (1.96 at 95 %) replaces t: the half-width of every reference interval divided by its standard error must be the
/// reference t quantile, which for these series differs from z by more than 0.02.
@Suite struct StudentVersusNormalTests {
    @Test func intervalsUseStudentTNotNormal() throws {
        let reference = try ReferenceSuite.load()
        let allSeries = try #require(reference["series"] as? [[String: Any]])
        let z = try #require(Normal.quantile(0.975))
        var checked = 0
        for entry in allSeries {
            let name = try #require(entry["name"] as? String)
            let years = try #require(entry["years"] as? [Int])
            let values = try #require((entry["values"] as? [NSNumber])?.map(\.doubleValue))
            let lin = try #require(entry["linear"] as? [String: Any])
            guard let tRef = ReferenceValue.double(lin["t_quantile"]) else { continue }  // df = 0: no interval
            let fit = try LinearFit(Series(name: name, years: years, values: values))
            let p = fit.prediction(at: Double(years[years.count - 1] + 1))
            guard let se = p.observationStandardError, se > 0, let pi = p.predictionInterval else { continue }
            let used = (pi.high - pi.low) / (2 * se)
            #expect(abs(used - tRef) <= 1e-9 * tRef, "\(name): interval uses \(used), Student t is \(tRef)")
            #expect(abs(used - z) > 0.02, "\(name): interval looks normal-based")
            checked += 1
        }
        #expect(checked >= 20)
    }

    /// The same at the level of whole values: the nato_europe_canada 2025 prediction interval, t vs z.
    @Test func shortSeriesIntervalIsWiderThanNormal() throws {
        let s = try Series(name: "nato", years: Array(2014...2024),
                           values: [252.6, 254.0, 265.3, 279.0, 296.4, 314.5, 323.9, 334.6, 347.5, 404.2, 485.0])
        let fit = try LinearFit(s)
        let p = fit.prediction(at: 2025)
        let pi = try #require(p.predictionInterval)
        // Reference (statsmodels obs_ci): [363.36177793346326, 517.7036766119912]; a z interval would be ±66.86.
        #expect(abs(pi.low - 363.36177793346326) < 1e-9 * 485)
        #expect(abs(pi.high - 517.7036766119912) < 1e-9 * 485)
    }
}
