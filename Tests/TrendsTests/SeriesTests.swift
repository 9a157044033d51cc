import Testing
@testable import Trends

@Suite struct SeriesTests {
    @Test func sortsAndKeepsGaps() throws {
        let s = try Series(name: "a", years: [2020, 2018, 2019, 2023], values: [3, 1, 2, 5])
        #expect(s.years == [2018, 2019, 2020, 2023])
        #expect(s.values == [1, 2, 3, 5])
        #expect(!s.isContiguous)
    }

    @Test func duplicateYearsNeedAPolicy() throws {
        let years = [2020, 2021, 2021, 2022], values = [1.0, 4, 2, 3]
        #expect(throws: TrendError.duplicateYear(series: "d", year: 2021)) { try Series(name: "d", years: years, values: values) }
        #expect(try Series(name: "d", years: years, values: values, duplicates: .mean).values == [1, 3, 3])
        #expect(try Series(name: "d", years: years, values: values, duplicates: .first).values == [1, 4, 3])
        #expect(try Series(name: "d", years: years, values: values, duplicates: .last).values == [1, 2, 3])
        #expect(try Series(name: "d", years: years, values: values, duplicates: .max).values == [1, 4, 3])
    }

    @Test func badValuesAreTypedErrors() {
        #expect(throws: TrendError.nonFinite(series: "n", year: 2021)) { try Series(name: "n", years: [2020, 2021], values: [1, .nan]) }
        #expect(throws: TrendError.nonFinite(series: "n", year: 2020)) { try Series(name: "n", years: [2020], values: [.infinity]) }
        #expect(throws: TrendError.empty(series: "e")) { try Series(name: "e", years: [], values: []) }
        #expect(throws: TrendError.self) { try Series(name: "x", years: [2020], values: [1, 2]) }
    }

    @Test func modelsRefuseWhatTheyCannotFit() throws {
        let one = try Series(name: "one", years: [2020], values: [5])
        #expect(throws: TrendError.tooFewPoints(series: "one", model: "linear", needed: 2, got: 1)) { try LinearFit(one) }
        let two = try Series(name: "two", years: [2020, 2021], values: [5, 6])
        #expect(throws: TrendError.tooFewPoints(series: "two", model: "poly2", needed: 3, got: 2)) { try PolynomialFit(two) }
        let negative = try Series(name: "neg", years: [2020, 2021, 2022], values: [5, -1, 6])
        #expect(throws: TrendError.nonPositive(series: "neg", model: "loglinear", year: 2021, value: -1)) { try LogLinearFit(negative) }
        #expect(throws: TrendError.self) { try HoltFit(two, alpha: 1.5, beta: 0.3) }
        // Errors say what would work.
        let message = TrendError.tooFewPoints(series: "two", model: "poly2", needed: 3, got: 2).description
        #expect(message.contains("two") && message.contains("linear fit needs only 2"))
    }

    @Test func undefinedStatisticsAreNil() throws {
        let two = try LinearFit(Series(name: "two", years: [2023, 2024], values: [404.2, 485]))
        #expect(two.slopeStandardError == nil && two.adjustedR2 == nil && two.f == nil)
        #expect(two.r2 == 1)
        let constant = try LinearFit(Series(name: "c", years: Array(2015...2020), values: Array(repeating: 0.1, count: 6)))
        #expect(constant.r2 == nil && constant.f == nil && constant.slopeTStatistic == nil)
        #expect(constant.slope == 0 && constant.slopeStandardError == 0)
        #expect(constant.crossing(threshold: 1) == nil)
    }
}

@Suite struct HoltFittingTests {
    /// Fitted α, β must do at least as well as any point of a fine grid of fixed values.
    @Test func fittedParametersMinimizeOneStepError() throws {
        let s = try Series(name: "h", years: Array(2005...2024),
                           values: [100, 104, 109, 111, 118, 121, 129, 133, 136, 145, 149, 156, 158, 166, 174, 177, 186, 189, 199, 205])
        let fitted = try HoltFit(s)
        var bestGrid = Double.infinity
        for a in stride(from: 0.05, through: 1.0, by: 0.05) {
            for b in stride(from: 0.0, through: 1.0, by: 0.05) {
                bestGrid = min(bestGrid, try HoltFit(s, alpha: a, beta: b).sse)
            }
        }
        #expect(fitted.sse <= bestGrid * (1 + 1e-9))
        #expect(fitted.alpha > 0 && fitted.alpha <= 1 && fitted.beta >= 0 && fitted.beta <= 1)
        // Holding α fixed fits β only.
        let halfFitted = try HoltFit(s, alpha: 0.5)
        #expect(halfFitted.alpha == 0.5)
        #expect(halfFitted.sse <= (try HoltFit(s, alpha: 0.5, beta: 0.3)).sse)
    }
}

@Suite struct PolynomialTests {
    /// A cubic through exact points is recovered at x ≈ 2000 in calendar-year coefficients.
    @Test func cubicRecoveredInRawYears() throws {
        let years = Array(1995...2010)
        let values = years.map { y -> Double in let u = Double(y - 2000); return 3 + 0.5 * u - 0.02 * u * u + 0.001 * u * u * u }
        let fit = try PolynomialFit(Series(name: "c", years: years, values: values), degree: 3)
        for year in [1990.0, 2000, 2015] {
            let u = year - 2000
            #expect(abs(fit.value(at: year) - (3 + 0.5 * u - 0.02 * u * u + 0.001 * u * u * u)) < 1e-10)
        }
        #expect(fit.sse == 0)
        #expect(abs(fit.rawCoefficients[3] - 0.001) < 1e-15)
        let crossing = try #require(fit.crossing(threshold: 10, horizon: 2030))
        #expect(abs(fit.value(at: crossing.year) - 10) < 1e-9)
        #expect(crossing.year > 2010 && crossing.direction == .up)
    }
}
