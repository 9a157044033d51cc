import Dispatch
import Foundation
import Tabular
import Trends

/// The M3 yearly series of datasets/m3 split into their training and test parts.
struct M3Series {
    var name: String
    var train: [Double]
    var test: [Double]

    /// Reads datasets/m3/m3-yearly.csv (series,category,year,value,part); empty when the file is missing.
    static func load(_ path: String = "datasets/m3/m3-yearly.csv") -> [M3Series] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var all: [M3Series] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count >= 5, let v = Double(f[3]) else { continue }
            let name = String(f[0])
            if all.last?.name != name { all.append(M3Series(name: name, train: [], test: [])) }
            if f[4] == "train" { all[all.count - 1].train.append(v) } else { all[all.count - 1].test.append(v) }
        }
        return all
    }
}

/// The mean accuracy of one forecaster over a collection.
struct CollectionScore {
    var smape = 0.0, mase = 0.0, coverage = 0.0, msis = 0.0, count = 0, seconds = 0.0

    static func of(_ forecaster: Forecaster, on data: [M3Series], level: Double, intervals: Bool, refit: Bool = false) -> CollectionScore {
        var score = CollectionScore()
        let t0 = DispatchTime.now().uptimeNanoseconds
        for s in data {
            guard let fitted = try? forecaster.fitted(s.train, steps: s.test.count) else { continue }
            let f = fitted.forecast
            var bands: [Interval]?
            if intervals {
                let c = refit ? CalibratedIntervals(s.train, forecast: f, forecaster: forecaster, level: level)
                              : CalibratedIntervals(s.train, fitted: fitted, level: level)
                bands = c.intervals.enumerated().map { $0.element ?? Interval(center: f.point[$0.offset], halfWidth: 0) }
            }
            let a = ForecastAccuracy(actuals: s.test, forecasts: f.point, intervals: bands, level: level, history: s.train)
            score.smape += a.smape
            score.mase += a.mase ?? 0
            score.coverage += a.coverage ?? 0
            score.msis += a.msis ?? 0
            score.count += 1
        }
        score.seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let n = Double(max(score.count, 1))
        score.smape /= n; score.mase /= n; score.coverage /= n; score.msis /= n
        return score
    }
}

/// `ChiffresBench forecast-explore [intervals [refit]] [holdout] [data=FILE] [RULE:NAME+NAME... | NAME ...]`:
/// accuracy of methods and combinations on M3 yearly (in process), or on another collection in the same CSV layout
/// (`data=FILE`, each series scored on as many steps as its test part has); without a list, every single method and
/// a few combinations. `refit` calibrates the intervals by searching the parameters again at each origin; `holdout`
/// scores on the last test-length years of each training part instead of the test years.
func runForecastExplore() {
    let flags: Set = ["forecast-explore", "intervals", "refit", "holdout"]
    let arguments = CommandLine.arguments.dropFirst().filter { !flags.contains($0) && !$0.hasPrefix("data=") }
    let withIntervals = CommandLine.arguments.contains("intervals")
    let refit = CommandLine.arguments.contains("refit")
    let path = CommandLine.arguments.last { $0.hasPrefix("data=") }.map { String($0.dropFirst(5)) }
    let collection = path.map { M3Series.load($0) } ?? M3Series.load()
    // holdout: each series' training part split again, its last test-length years held out (the test years unused).
    let data = CommandLine.arguments.contains("holdout")
        ? collection.map { M3Series(name: $0.name, train: Array($0.train.dropLast($0.test.count)), test: Array($0.train.suffix($0.test.count))) }
        : collection
    print("\(path ?? "M3 yearly"): \(data.count) series")
    var specs = Array(arguments)
    if specs.isEmpty {
        specs = ForecastMethod.Kind.allCases.flatMap { [$0.rawValue, "log-" + $0.rawValue] }
        specs += ["median:drift+damped+log-theta", "median:drift+damped+dotm", "median:drift+damped+log-theta+dotm",
                  "median:drift+damped+log-dotm", "median:drift+log-damped+log-theta", "mean:drift+damped+log-theta"]
    }
    for spec in specs {
        guard let f = explored(spec) else { print("  \(spec): not a method or RULE:A+B"); continue }
        let s = CollectionScore.of(f, on: data, level: 0.95, intervals: withIntervals, refit: refit)
        print(String(format: "%-48@ sMAPE %6.2f  MASE %5.3f  cov %5.3f  MSIS %6.2f  %6.2f s", spec as NSString, s.smape, s.mase, s.coverage, s.msis, s.seconds))
    }
}

/// `NAME` (one method) or `RULE:NAME+NAME...` (a combination).
private func explored(_ spec: String) -> Forecaster? {
    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
    if parts.count == 1 { return ForecastMethod(name: spec).map { .method($0) } }
    guard let rule = Combination.Rule(rawValue: parts[0]) else { return nil }
    let methods = parts[1].split(separator: "+").compactMap { ForecastMethod(name: String($0)) }
    return methods.isEmpty ? nil : .combination(Combination(methods, rule: rule))
}

/// `make bench` forecast section: `chiffres project --horizon 6` on the training part of M3 yearly for each model,
/// scored against the test part (sMAPE, MASE, 95 % coverage, MSIS) and timed (best of three), then statsforecast's
/// AutoETS and DynamicOptimizedTheta on the same data when scripts/bench/statsforecast-m3.sh can run them.
func runForecastBench() {
    let data = M3Series.load()
    guard !data.isEmpty else { print("forecast: datasets/m3/m3-yearly.csv is missing; skipped"); return }
    print("forecast: M3 yearly, \(data.count) series, 6 years ahead, 95 % intervals (chiffres project --horizon 6, release CLI)")
    let dir = NSTemporaryDirectory() + "chiffres-bench-m3-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var csv = "series,year,value\n"
    for s in data { for (i, v) in s.train.enumerated() { csv += "\(s.name),\(i + 1),\(v)\n" } }
    let input = dir + "/train.csv", output = dir + "/out.csv"
    guard (try? csv.write(toFile: input, atomically: true, encoding: .utf8)) != nil else { return }
    let actual = Dictionary(data.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    print(padded("model") + "   sMAPE    MASE  coverage    MSIS   seconds  cpu_s")
    var autoSeconds: (wall: Double, cpu: Double)?, fastSeconds: (wall: Double, cpu: Double)?
    for model in ["auto", "fast", "lgt", "drift", "naive", "damped", "theta", "dotm", "arima", "ets", "ses", "holt", "linear", "loglinear"] {
        var best = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<3 {
            guard let run = try? runChild([".build/release/chiffres", "project", input, "--horizon", "6", "--model", model,
                                           "--output", output], stdout: "/dev/null") else { continue }
            best = min(best, run.seconds)
            bestCPU = min(bestCPU, run.cpuSeconds)
        }
        if model == "auto" { autoSeconds = (best, bestCPU) }
        if model == "fast" { fastSeconds = (best, bestCPU) }
        guard let bytes = FileManager.default.contents(atPath: output),
              let table = try? CSVTable(bytes: Array(bytes)) else { continue }
        let h = table.header
        guard let si = h.firstIndex(of: "series"), let fi = h.firstIndex(of: "fit"), let li = h.firstIndex(of: "pred_low"),
              let hi = h.firstIndex(of: "pred_high") else { continue }
        var paths: [String: (fit: [Double], pred: [Interval])] = [:]
        for row in table.rows {
            let f = row.fields
            paths[f[si], default: ([], [])].fit.append(Double(f[fi]) ?? .nan)
            paths[f[si], default: ([], [])].pred.append(Interval(low: Double(f[li]) ?? .nan, high: Double(f[hi]) ?? .nan))
        }
        var sums = (smape: 0.0, mase: 0.0, coverage: 0.0, msis: 0.0), count = 0
        for (name, p) in paths {
            guard let s = actual[name] else { continue }
            let a = ForecastAccuracy(actuals: s.test, forecasts: p.fit, intervals: p.pred, level: 0.95, history: s.train)
            sums.smape += a.smape; sums.mase += a.mase ?? 0; sums.coverage += a.coverage ?? 0; sums.msis += a.msis ?? 0
            count += 1
        }
        let n = Double(max(count, 1))
        print(padded("chiffres " + model) + String(format: " %7.2f %7.3f %9.3f %7.2f %9.3f %6.3f%@",
                     sums.smape / n, sums.mase / n, sums.coverage / n, sums.msis / n, best, bestCPU,
                     (count == data.count ? "" : "  (\(count) of \(data.count) series)") as NSString))
    }
    // The same forecasts in process (fit and calibrate, no process start, no reading or writing): what the
    // statsforecast timings below measure of their own side.
    func timedInProcess(_ combination: Combination) -> (wall: Double, cpu: Double) {
        var best: (wall: Double, cpu: Double) = (.infinity, .infinity)
        for _ in 0..<3 {
            let cpu0 = processCPUSeconds()
            let score = CollectionScore.of(.combination(combination), on: data, level: 0.95, intervals: true)
            best = (min(best.wall, score.seconds), min(best.cpu, processCPUSeconds() - cpu0))
        }
        return best
    }
    let inProcess = timedInProcess(.yearly), fastInProcess = timedInProcess(.yearlyFast)
    print(padded("chiffres auto, in process") + String(repeating: " ", count: 35) + String(format: "%9.3f %6.3f", inProcess.wall, inProcess.cpu))
    print(padded("chiffres fast, in process") + String(repeating: " ", count: 35) + String(format: "%9.3f %6.3f", fastInProcess.wall, fastInProcess.cpu))
    // statsforecast, when Python and PyPI are at hand.
    let pipe = dir + "/statsforecast.txt"
    guard (try? runChild(["scripts/bench/statsforecast-m3.sh"], stdout: pipe)) != nil,
          let text = try? String(contentsOfFile: pipe, encoding: .utf8), !text.isEmpty else {
        print("  statsforecast: not available (scripts/bench/statsforecast-m3.sh); Chiffres alone")
        return
    }
    for line in text.split(separator: "\n") {
        let f = line.split(separator: " ")
        guard f.count >= 6, let seconds = Double(f[5]) else { continue }
        let cpu = f.count >= 7 ? Double(f[6]) : nil
        var ratio = autoSeconds.map { String(format: "  (CLI: %.0fx wall, %.0fx CPU", seconds / $0.wall, (cpu ?? .nan) / $0.cpu) } ?? ""
        if !ratio.isEmpty, inProcess.wall.isFinite {
            ratio += String(format: "; in process: %.0fx wall, %.0fx CPU", seconds / inProcess.wall, (cpu ?? .nan) / inProcess.cpu)
        }
        if !ratio.isEmpty { ratio += ")" }
        print(padded(String(f[0])) + String(format: " %7.2f %7.3f %9.3f %7.2f %9.3f %6.3f%@", Double(f[1]) ?? .nan,
                     Double(f[2]) ?? .nan, Double(f[3]) ?? .nan, Double(f[4]) ?? .nan, seconds, cpu ?? .nan, ratio as NSString))
        guard f[0].hasSuffix("AutoETS") else { continue }
        // Issue 9: the whole set projected by the CLI in under 2 s, at least 100 times faster than AutoETS (wall
        // clock, this run), for auto and for fast.
        for (name, cli, process) in [("auto", autoSeconds, inProcess), ("fast", fastSeconds, fastInProcess)] {
            guard let cli else { continue }
            let times = seconds / cli.wall
            print(String(format: "  issue 9: chiffres project --model %@ (CLI, end to end) %.3f s wall, AutoETS %.3f s wall: %.1fx faster, in process %.1fx (target: under 2 s and at least 100x: %@)",
                         name as NSString, cli.wall, seconds, times, seconds / process.wall,
                         (cli.wall < 2 && times >= 100 ? "met" : "not met") as NSString))
        }
    }
    printEndToEnd(input: input, directory: dir, chiffres: [("auto", autoSeconds?.wall), ("fast", fastSeconds?.wall)])
}

/// The same job as a user of each tool runs it, whole process against whole process: a Python script that starts,
/// imports statsforecast, reads the table, forecasts with AutoETS and writes a CSV (scripts/bench/autoets_end_to_end.py),
/// against `chiffres project --model auto` and `fast` (best of three, measured above). Best of two runs of the script.
private func printEndToEnd(input: String, directory: String, chiffres: [(model: String, seconds: Double?)]) {
    let output = directory + "/autoets.csv"
    var best = Double.infinity
    for _ in 0..<2 {
        guard let run = try? runChild(["scripts/bench/statsforecast-m3.sh", "--end-to-end", input, output], stdout: "/dev/null"),
              run.status == 0, FileManager.default.fileExists(atPath: output) else { continue }
        best = min(best, run.seconds)
    }
    guard best.isFinite else { print("  AutoETS end to end: the script did not run; not compared"); return }
    for (model, seconds) in chiffres {
        guard let seconds else { continue }
        print(String(format: "  issue 9, end to end: a Python script with statsforecast's AutoETS (start, imports, read, forecast, write) %.3f s wall; chiffres project --model %@ %.3f s wall: %.1fx faster",
                     best, model as NSString, seconds, best / seconds))
    }
}

/// The CPU seconds this process has used.
private func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// A model name indented and padded to the table's first column.
private func padded(_ name: String) -> String { "  " + name + String(repeating: " ", count: max(1, 36 - name.count)) }
