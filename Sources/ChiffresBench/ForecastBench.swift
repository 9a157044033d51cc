import Dispatch
import Foundation
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

    static func of(_ forecaster: Forecaster, on data: [M3Series], level: Double, intervals: Bool) -> CollectionScore {
        var score = CollectionScore()
        let t0 = DispatchTime.now().uptimeNanoseconds
        for s in data {
            guard let f = try? forecaster.forecast(s.train, steps: s.test.count) else { continue }
            var bands: [Interval]?
            if intervals {
                let c = CalibratedIntervals(s.train, forecast: f, forecaster: forecaster, level: level)
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

/// `ChiffresBench forecast-explore`: accuracy of every method and a few combinations on M3 yearly (in process).
func runForecastExplore() {
    let data = M3Series.load()
    print("M3 yearly: \(data.count) series")
    let kinds = ForecastMethod.Kind.allCases
    var candidates: [(String, Forecaster)] = []
    for k in kinds {
        candidates.append((k.rawValue, .method(ForecastMethod(k))))
        candidates.append(("log-" + k.rawValue, .method(ForecastMethod(k, multiplicative: true))))
    }
    let sets: [[String]] = [["ses", "damped", "theta"], ["drift", "damped", "theta"], ["drift", "damped", "otm"],
                            ["drift", "damped", "theta", "otm"], ["drift", "damped", "log-theta"],
                            ["drift", "damped", "theta", "log-theta", "log-damped"],
                            ["drift", "otm", "log-otm", "damped"], ["drift", "theta", "log-theta", "damped", "otm", "log-otm"]]
    for set in sets {
        let methods = set.compactMap { ForecastMethod(name: $0) }
        for rule in Combination.Rule.allCases {
            candidates.append(("\(rule.rawValue):" + set.joined(separator: "+"), .combination(Combination(methods, rule: rule))))
        }
    }
    let withIntervals = CommandLine.arguments.contains("intervals")
    let filter = CommandLine.arguments.last ?? ""
    for (name, f) in candidates where !withIntervals || name == filter {
        let s = CollectionScore.of(f, on: data, level: 0.95, intervals: withIntervals)
        print(String(format: "%-48@ sMAPE %6.2f  MASE %5.3f  cov %5.3f  MSIS %6.2f  %6.2f s", name as NSString, s.smape, s.mase, s.coverage, s.msis, s.seconds))
    }
}
