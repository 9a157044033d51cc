import Foundation
import Testing

/// `project --model auto`, `--horizon`, the notes of silent choices, and `backtest` (errors computed by hand).
@Suite(.serialized) struct ForecastCLITests {
    @Test func backtestErrorsAreTheHandComputedOnes() throws {
        let file = try ChiffresBinary.temporary("series,year,value\na,2001,10\na,2002,12\na,2003,11\na,2004,15\na,2005,14\n")
        let r = try ChiffresBinary.run(["backtest", file, "--model", "naive", "--horizon", "1", "--origins", "2"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.split(separator: "\n").first == "series,model,origins,horizon,smape,mase,mae,rmse,coverage,msis,level,method,note")
        let rows = ChiffresBinary.table(r.out)
        let a = try #require(rows.first { $0["series"] == "a" })
        // Cut after 2003: forecast 11, actual 15; cut after 2004: forecast 15, actual 14.
        let smape = (200.0 * 4 / 26 + 200.0 * 1 / 29) / 2
        let mase = (4 / 1.5 + 1 / (7.0 / 3)) / 2
        func value(_ key: String) -> Double { Double(a[key] ?? "") ?? .nan }
        #expect(a["origins"] == "2")
        #expect(abs(value("smape") - smape) < 1e-9)
        #expect(abs(value("mase") - mase) < 1e-9)
        #expect(abs(value("mae") - 2.5) < 1e-12)
        #expect(abs(value("rmse") - 2.5) < 1e-12)
        let summary = try #require(rows.first { $0["series"] == "(mean)" })
        #expect(summary["smape"] == a["smape"])
    }

    @Test func projectDefaultsToAutoAndHorizonCountsFromEachSeries() throws {
        var csv = "series,year,value\n"
        for (i, v) in [100.0, 104, 109, 111, 118, 121, 127, 130, 136, 141, 144, 150, 157, 160].enumerated() {
            csv += "a,\(2000 + i),\(v)\nb,\(1990 + i),\(v / 2)\n"
        }
        let r = try ChiffresBinary.run(["project", try ChiffresBinary.temporary(csv), "--horizon", "3"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.split(separator: "\n").first == "series,model,year,fit,mean_low,mean_high,pred_low,pred_high,method,interval,note")
        let rows = ChiffresBinary.table(r.out)
        #expect(rows.filter { $0["series"] == "a" }.map { $0["year"] ?? "" } == ["2014", "2015", "2016"])
        #expect(rows.filter { $0["series"] == "b" }.map { $0["year"] ?? "" } == ["2004", "2005", "2006"])
        #expect(rows.allSatisfy { $0["model"] == "auto:median" })
        #expect(r.out.contains("\"median(drift,damped,log-theta,lgt)\""))
        for row in rows {
            let lo = try #require(Double(row["pred_low"] ?? "")), fit = try #require(Double(row["fit"] ?? ""))
            let hi = try #require(Double(row["pred_high"] ?? ""))
            #expect(lo < fit && fit < hi)
        }
        let both = try ChiffresBinary.run(["project", try ChiffresBinary.temporary(csv), "--horizon", "3", "--to", "2030"])
        #expect(both.status == 2)
    }

    @Test func silentChoicesAreSaid() throws {
        let gap = try ChiffresBinary.temporary("series,year,value\na,2018,1\na,2019,2\na,2021,4\na,2022,5\n")
        let holt = try ChiffresBinary.run(["project", gap, "--model", "holt", "--to", "2024"])
        #expect(holt.status == 0, "\(holt.err)")
        #expect(holt.err.contains("warning") && holt.err.contains("interpolation (2020)"))
        #expect(holt.out.contains("interpolation (2020)"), "the note column says it too")

        let three = try ChiffresBinary.temporary("series,year,value\na,2020,1\na,2021,3\na,2022,4\n")
        let poly = try ChiffresBinary.run(["project", three, "--model", "poly2", "--to", "2024"])
        #expect(poly.status == 0)
        #expect(poly.err.contains("no degrees of freedom"))
        #expect(poly.out.contains("none (df = 0)"))
    }
}

/// `--intervals model` against the calibrated default.
@Suite(.serialized) struct IntervalChoiceCLITests {
    @Test func modelIntervalsAreSaidAndDiffer() throws {
        var csv = "series,year,value\n"
        for (i, v) in [100.0, 104, 109, 111, 118, 121, 127, 130, 136, 141, 144, 150, 157, 160].enumerated() { csv += "a,\(2000 + i),\(v)\n" }
        let file = try ChiffresBinary.temporary(csv)
        let model = try ChiffresBinary.run(["project", file, "--horizon", "2", "--intervals", "model"])
        #expect(model.status == 0, "\(model.err)")
        let calibrated = try ChiffresBinary.run(["project", file, "--horizon", "2"])
        let m = ChiffresBinary.table(model.out), c = ChiffresBinary.table(calibrated.out)
        // (The method column holds commas, so the interval is checked on the lines themselves.)
        let modelLines = model.out.split(separator: "\n").dropFirst(), calibratedLines = calibrated.out.split(separator: "\n").dropFirst()
        #expect(modelLines.count == 2 && modelLines.allSatisfy { $0.hasSuffix(",\"model (members' normal intervals, median of each bound)\",") })
        #expect(calibratedLines.count == 2 && calibratedLines.allSatisfy { $0.contains(",rolling-origin (") })
        #expect(m.map { $0["fit"] } == c.map { $0["fit"] })
        #expect(m.map { $0["pred_low"] } != c.map { $0["pred_low"] })
        let bad = try ChiffresBinary.run(["project", file, "--horizon", "2", "--intervals", "wide"])
        #expect(bad.status == 2)
        let backtest = try ChiffresBinary.run(["backtest", file, "--model", "drift", "--intervals", "model"])
        #expect(backtest.status == 0, "\(backtest.err)")
    }
}
