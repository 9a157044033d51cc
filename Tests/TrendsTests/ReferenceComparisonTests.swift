import Foundation
import Testing
@testable import Trends

/// Every compared value of `Tests/Fixtures/trend-reference/reference.json` (28 series), under the README's tolerance
/// rule: |got − ref| ≤ 1e-9 · max(|ref|, floor). `null` in the reference must be undefined here too.
@Suite struct ReferenceComparisonTests {
    @Test func allReferenceValuesWithinTolerance() throws {
        let reference = try ReferenceSuite.load()
        let allSeries = try #require(reference["series"] as? [[String: Any]])
        #expect(allSeries.count == 28)
        var check = ToleranceCheck()
        for entry in allSeries {
            try compare(entry, into: &check)
        }
        print("reference suite: \(check.compared) values compared, \(check.passed) passed, "
              + "worst error \(check.worstFraction) of tolerance at \(check.worstWhere)")
        for failure in check.failures.prefix(40) { Issue.record("\(failure)") }
        #expect(check.failures.isEmpty)
        #expect(check.compared >= 6_500, "the suite should compare every value (README: 6,605)")
        #expect(check.passed == check.compared)
    }

    private func compare(_ s: [String: Any], into check: inout ToleranceCheck) throws {
        let name = try #require(s["name"] as? String)
        let years = try #require(s["years"] as? [Int])
        let values = try #require((s["values"] as? [NSNumber])?.map(\.doubleValue))
        let threshold = try #require(ReferenceValue.double(s["threshold"]))
        let yScale = try #require(ReferenceValue.double(s["y_scale"]))
        let future = try #require(s["future_years"] as? [Int])
        let series = try Series(name: name, years: years, values: values)
        let y1 = yScale, y2 = yScale * yScale, unitless = 1e-3, year = 1.0

        func pair(_ got: Interval?, _ ref: Any?, floor: Double?, _ label: String) {
            let r = ref as? [Any]
            check.number(got?.low, r?[0], floor: floor, "\(label)[0]")
            check.number(got?.high, r?[1], floor: floor, "\(label)[1]")
        }

        // Linear OLS.
        let lin = try #require(s["linear"] as? [String: Any])
        let fit = try LinearFit(series)
        let L = "\(name).linear"
        check.exact(fit.n, ReferenceValue.int(lin["n"]), "\(L).n")
        check.exact(fit.df, ReferenceValue.int(lin["df_resid"]), "\(L).df_resid")
        check.number(fit.xMean, lin["x_mean"], floor: year, "\(L).x_mean")
        check.number(fit.yMean, lin["y_mean"], floor: y1, "\(L).y_mean")
        check.number(fit.sxx, lin["Sxx"], floor: year, "\(L).Sxx")
        check.number(fit.slope * fit.sxx, lin["Sxy"], floor: y2, "\(L).Sxy")
        check.number(fit.sst, lin["SST"], floor: y2, "\(L).SST")
        check.number(fit.intercept, lin["intercept"], floor: y1, "\(L).intercept")
        check.number(fit.slope, lin["slope"], floor: y1, "\(L).slope")
        check.number(fit.yMean, lin["intercept_at_x_mean"], floor: y1, "\(L).intercept_at_x_mean")
        check.number(fit.fittedLast, lin["fitted_last"], floor: y1, "\(L).fitted_last")
        check.number(fit.sse, lin["sse"], floor: y2, "\(L).sse")
        check.number(fit.ssreg, lin["ssreg"], floor: y2, "\(L).ssreg")
        check.number(fit.r2, lin["r2"], floor: unitless, "\(L).r2")
        check.number(fit.residualVariance, lin["resid_var"], floor: y2, "\(L).resid_var")
        check.number(fit.residualStandardError, lin["resid_se"], floor: y1, "\(L).resid_se")
        check.number(fit.tQuantile(level: 0.95), lin["t_quantile"], floor: unitless, "\(L).t_quantile")
        check.number(fit.slopeStandardError, lin["se_slope"], floor: y1, "\(L).se_slope")
        check.number(fit.interceptStandardError, lin["se_intercept"], floor: y1, "\(L).se_intercept")
        check.number(fit.interceptSlopeCovariance, lin["cov_intercept_slope"], floor: y2, "\(L).cov_intercept_slope")
        pair(fit.slopeInterval(), lin["slope_ci"], floor: y1, "\(L).slope_ci")
        pair(fit.interceptInterval(), lin["intercept_ci"], floor: y1, "\(L).intercept_ci")
        check.number(fit.adjustedR2, lin["adj_r2"], floor: unitless, "\(L).adj_r2")
        check.number(fit.f, lin["F"], floor: unitless, "\(L).F")
        check.number(fit.slopeTStatistic, lin["t_slope"], floor: unitless, "\(L).t_slope")
        let linPredictions = try #require(lin["predictions"] as? [[String: Any]])
        check.exact(linPredictions.count, future.count, "\(L).predictions.count")
        for (x, p) in zip(future, linPredictions) {
            let got = fit.prediction(at: Double(x))
            let P = "\(L).predictions[\(x)]"
            check.number(got.x, p["x"], floor: year, "\(P).x")
            check.number(got.fit, p["fit"], floor: y1, "\(P).fit")
            check.number(got.meanStandardError, p["se_mean"], floor: y1, "\(P).se_mean")
            check.number(got.observationStandardError, p["se_obs"], floor: y1, "\(P).se_obs")
            pair(got.meanInterval, p["mean_ci"], floor: y1, "\(P).mean_ci")
            pair(got.predictionInterval, p["obs_pi"], floor: y1, "\(P).obs_pi")
        }
        let tc = try #require(lin["threshold_crossing"] as? [String: Any])
        let crossing = fit.crossing(threshold: threshold)
        check.number(threshold, tc["threshold"], floor: y1, "\(L).threshold_crossing.threshold")
        check.number(crossing?.year, tc["year_exact"], floor: year, "\(L).threshold_crossing.year_exact")
        check.exact(crossing?.direction.rawValue, tc["direction"] as? String, "\(L).threshold_crossing.direction")
        check.exact(crossing?.firstWholeYear, ReferenceValue.int(tc["first_whole_year_at_or_beyond"]),
                    "\(L).threshold_crossing.first_whole_year")
        check.exact(crossing?.alreadyCrossed, tc["already_crossed_by_last_year"] as? Bool,
                    "\(L).threshold_crossing.already_crossed")
        // LINEST block: not counted (it repeats values above), but its layout must agree.
        let block = try #require(lin["linest_block"] as? [[Any]])
        for (r, row) in fit.linestBlock.enumerated() {
            for (c, value) in row.enumerated() {
                let ref = ReferenceValue.double(block[r][c])
                #expect((value == nil) == (ref == nil), "\(L).linest_block[\(r)][\(c)]")
            }
        }

        // Log-linear.
        let G = "\(name).loglinear"
        if let lg = s["loglinear"] as? [String: Any] {
            let g = try LogLinearFit(series)
            check.number(g.log.intercept, lg["intercept_log"], floor: unitless, "\(G).intercept_log")
            check.number(g.log.slope, lg["slope_log"], floor: unitless, "\(G).slope_log")
            check.number(g.log.slopeStandardError, lg["se_slope_log"], floor: unitless, "\(G).se_slope_log")
            check.number(g.log.interceptStandardError, lg["se_intercept_log"], floor: unitless, "\(G).se_intercept_log")
            check.number(g.log.r2, lg["r2_log"], floor: unitless, "\(G).r2_log")
            check.number(g.log.adjustedR2, lg["adj_r2_log"], floor: unitless, "\(G).adj_r2_log")
            check.number(g.log.residualStandardError, lg["resid_se_log"], floor: unitless, "\(G).resid_se_log")
            check.exact(g.log.df, ReferenceValue.int(lg["df_resid"]), "\(G).df_resid")
            check.number(g.log.tQuantile(level: 0.95), lg["t_quantile"], floor: unitless, "\(G).t_quantile")
            check.number(g.log.sse, lg["sse_log"], floor: unitless, "\(G).sse_log")
            check.number(g.log.ssreg, lg["ssreg_log"], floor: unitless, "\(G).ssreg_log")
            check.number(g.log.f, lg["F_log"], floor: unitless, "\(G).F_log")
            check.number(g.growthRate, lg["growth_rate"], floor: unitless, "\(G).growth_rate")
            pair(g.growthInterval(), lg["growth_rate_ci"], floor: unitless, "\(G).growth_rate_ci")
            check.number(g.logestM, lg["logest_m"], floor: unitless, "\(G).logest_m")
            check.number(g.logestB, lg["logest_b"], floor: nil, "\(G).logest_b")
            let projections = try #require(lg["projections"] as? [[String: Any]])
            check.exact(projections.count, future.count, "\(G).projections.count")
            for (x, p) in zip(future, projections) {
                let got = g.projection(at: Double(x))
                let P = "\(G).projections[\(x)]"
                check.number(got.x, p["x"], floor: year, "\(P).x")
                check.number(got.logFit, p["log_fit"], floor: unitless, "\(P).log_fit")
                check.number(got.median, p["median"], floor: y1, "\(P).median")
                check.number(got.lognormalMean, p["lognormal_mean"], floor: y1, "\(P).lognormal_mean")
                pair(got.predictionInterval, p["obs_pi"], floor: y1, "\(P).obs_pi")
                pair(got.meanInterval, p["mean_ci"], floor: y1, "\(P).mean_ci")
            }
            check.number(g.crossing(threshold: threshold)?.year, lg["threshold_crossing_year_exact"], floor: year,
                         "\(G).threshold_crossing_year_exact")
        } else {
            check.compared += 1
            do { _ = try LogLinearFit(series); check.failures.append("\(G): fitted, reference undefined") } catch {
                check.passed += 1
            }
        }

        // Quadratic.
        let Q = "\(name).quadratic"
        if let qd = s["quadratic"] as? [String: Any] {
            let q = try PolynomialFit(series, degree: 2)
            let c = q.center, h = q.scale
            check.number(q.center, qd["center"], floor: year, "\(Q).center")
            let refCentered = try #require(qd["coef_centered"] as? [Any])
            let refRaw = try #require(qd["coef_raw"] as? [Any])
            let centered = q.centeredCoefficients, raw = q.rawCoefficients
            for k in 0...2 {
                check.number(centered[k], refCentered[k], floor: yScale / pow(h, Double(k)), "\(Q).coef_centered[\(k)]")
            }
            let rawFloors = [yScale * (1 + abs(c) / h + c * c / (h * h)), yScale * (1 / h + 2 * abs(c) / (h * h)), yScale / (h * h)]
            for k in 0...2 { check.number(raw[k], refRaw[k], floor: rawFloors[k], "\(Q).coef_raw[\(k)]") }
            check.number(q.sse, qd["sse"], floor: y2, "\(Q).sse")
            check.exact(q.df, ReferenceValue.int(qd["df_resid"]), "\(Q).df_resid")
            check.number(q.r2, qd["r2"], floor: unitless, "\(Q).r2")
            check.number(q.residualStandardError, qd["resid_se"], floor: y1, "\(Q).resid_se")
            let refSE = qd["se_coef_centered"] as? [Any]
            let se = q.centeredStandardErrors
            for k in 0...2 {
                check.number(se?[k], refSE?[k], floor: yScale / pow(h, Double(k)), "\(Q).se_coef_centered[\(k)]")
            }
            check.number(q.adjustedR2, qd["adj_r2"], floor: unitless, "\(Q).adj_r2")
            check.number(q.tQuantile(level: 0.95), qd["t_quantile"], floor: unitless, "\(Q).t_quantile")
            let predictions = try #require(qd["predictions"] as? [[String: Any]])
            check.exact(predictions.count, future.count, "\(Q).predictions.count")
            for (x, p) in zip(future, predictions) {
                let got = q.prediction(at: Double(x))
                let P = "\(Q).predictions[\(x)]"
                check.number(got.x, p["x"], floor: year, "\(P).x")
                check.number(got.fit, p["fit"], floor: y1, "\(P).fit")
                pair(got.predictionInterval, p["obs_pi"], floor: y1, "\(P).obs_pi")
                pair(got.meanInterval, p["mean_ci"], floor: y1, "\(P).mean_ci")
            }
        } else {
            check.compared += 1
            do { _ = try PolynomialFit(series, degree: 2); check.failures.append("\(Q): fitted, reference undefined") } catch {
                check.passed += 1
            }
        }

        // CAGR.
        let C = "\(name).cagr"
        if let cg = s["cagr"] as? [String: Any] {
            let g = try CompoundGrowth(series)
            check.exact(g.firstYear, ReferenceValue.int(cg["first_year"]), "\(C).first_year")
            check.exact(g.lastYear, ReferenceValue.int(cg["last_year"]), "\(C).last_year")
            check.exact(g.periods, ReferenceValue.int(cg["periods"]), "\(C).periods")
            check.number(g.rate, cg["value"], floor: unitless, "\(C).value")
            check.exact(g.excelFormula(first: values[0]), cg["excel_equivalent"] as? String, "\(C).excel_equivalent")
            let projections = try #require(cg["projections"] as? [Any])
            for (k, ref) in projections.enumerated() {
                check.number(g.projection(steps: k + 1), ref, floor: y1, "\(C).projections[\(k)]")
            }
        } else {
            check.compared += 1
            do { _ = try CompoundGrowth(series); check.failures.append("\(C): computed, reference undefined") } catch {
                check.passed += 1
            }
        }

        // Year over year.
        let yoy = try #require(s["yoy_change"] as? [[String: Any]])
        let changes = series.yearOverYear
        check.exact(changes.count, yoy.count, "\(name).yoy.count")
        for (got, ref) in zip(changes, yoy) {
            check.exact(got.year, ReferenceValue.int(ref["year"]), "\(name).yoy.year")
            check.number(got.change, ref["value"], floor: unitless, "\(name).yoy[\(got.year)]")
        }

        // Holt, both start conventions, and the ETS(A,A,N) intervals.
        let hd = try #require(s["holt"] as? [String: Any])
        let alpha = try #require(ReferenceValue.double(hd["alpha"]))
        let beta = try #require(ReferenceValue.double(hd["beta"]))
        let holtA = try HoltFit(series, alpha: alpha, beta: beta, start: .firstTwoPoints)
        let holtB = try HoltFit(series, alpha: alpha, beta: beta, start: .secondPoint)
        let H = "\(name).holt"
        check.number(holtA.alpha, hd["alpha"], floor: unitless, "\(H).alpha")
        check.number(holtA.beta, hd["beta"], floor: unitless, "\(H).beta")
        check.exact(holtA.years, hd["input_years"] as? [Int], "\(H).input_years")
        let inputValues = try #require(hd["input_values"] as? [Any])
        check.exact(holtA.values.count, inputValues.count, "\(H).input_values.count")
        for (got, ref) in zip(holtA.values, inputValues) { check.number(got, ref, floor: y1, "\(H).input_values") }
        check.exact(holtA.filledYears, hd["filled_years"] as? [Int], "\(H).filled_years")
        for (fitH, key) in [(holtA, "A_statsmodels_known"), (holtB, "B_start_at_second_point")] {
            let d = try #require(hd[key] as? [String: Any])
            let K = "\(H).\(key)"
            check.number(fitH.level, d["level"], floor: y1, "\(K).level")
            check.number(fitH.trend, d["trend"], floor: y1, "\(K).trend")
            let errors = try #require(d["one_step_errors"] as? [Any])
            check.exact(fitH.oneStepErrors.count, errors.count, "\(K).one_step_errors.count")
            for (got, ref) in zip(fitH.oneStepErrors, errors) { check.number(got, ref, floor: y1, "\(K).one_step_errors") }
            check.number(fitH.sse, d["sse"], floor: y2, "\(K).sse")
            let forecasts = try #require(d["forecasts"] as? [Any])
            for (k, ref) in forecasts.enumerated() { check.number(fitH.forecast(steps: k + 1), ref, floor: y1, "\(K).forecasts[\(k)]") }
            check.number(fitH.initialLevel, d["initial_level"], floor: y1, "\(K).initial_level")
            check.number(fitH.initialTrend, d["initial_trend"], floor: y1, "\(K).initial_trend")
            if let ets = d["ets_aan_pi95"] as? [String: Any] {
                check.number(fitH.sigma2, ets["sigma2"], floor: y2, "\(K).ets.sigma2")
                check.number(Normal.quantile(0.975), ets["z_quantile"], floor: unitless, "\(K).ets.z_quantile")
                check.number(fitH.alpha * fitH.beta, ets["beta_error_correction"], floor: unitless, "\(K).ets.B")
                let intervals = try #require(ets["intervals"] as? [[String: Any]])
                for iv in intervals {
                    let k = try #require(ReferenceValue.int(iv["h"]))
                    check.exact(k >= 1 && k <= 3, true, "\(K).ets.h")
                    check.number(fitH.forecast(steps: k), iv["fc"], floor: y1, "\(K).ets[\(k)].fc")
                    check.number(fitH.forecastStandardError(steps: k), iv["se"], floor: y1, "\(K).ets[\(k)].se")
                    pair(fitH.predictionInterval(steps: k), iv["pi"], floor: y1, "\(K).ets[\(k)].pi")
                }
            }
        }
    }
}
