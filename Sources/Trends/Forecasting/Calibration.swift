import Foundation
import Synchronization

/// Prediction intervals from the series' own rolling-origin forecast errors.
///
/// The forecaster is refitted at each of the last `origins` origins of the series that leave at least
/// `minimumTraining` observations, and its k-step errors collected for k = 1...h. A series too short to leave that
/// many before each of `minimumOrigins` origins is checked from shorter beginnings instead, down to the fewest
/// observations its methods take plus one: a forecast from a few years errs more than one from many, which is the
/// uncertainty such a series has (the models' own standard errors, the alternative, cover far less than they
/// promise on short yearly series).
///
/// The k-step scale is the root mean square of those errors; where fewer than two k-step errors exist it grows
/// linearly from the last step that has them (the growth of a trend's uncertainty); it never shrinks with the
/// horizon, nor falls below the standard error of the random walk with drift (the uncertainty every yearly series
/// has at least: its own year-to-year changes). The interval is forecast ± t·scale, t the Student quantile with the
/// degrees of freedom of the errors behind that step's scale, so that a short history (and a far step, checked by
/// fewer origins) makes wide intervals. Those k-step errors, made from consecutive origins, share k − 1 of their
/// years and are not independent: their degrees of freedom are their number divided by the variance inflation of
/// a mean square of correlated errors (see `effectiveFreedom`), and at least 2.
///
/// A median combination of three methods or more (`auto`, `fast`) then widens its interval, where needed, to hold
/// the median of its members' own intervals at the same level: calibration widens what the models say when their
/// past errors show them too narrow, and does not narrow it because the last few years were calm. The median keeps
/// one member's extreme interval (a logarithmic model's, on a series that grew a hundredfold) from taking over; a
/// single method's own interval has no such guard, so single methods and means are not widened this way.
///
/// Series too short for two origins even so fall back to the model's own standard errors (a combination's: the
/// drift method's) with the normal quantile (`source` says which was used).
public struct CalibratedIntervals: Sendable, Equatable {
    /// How the intervals were made.
    public enum Source: String, Sendable {
        /// From rolling-origin errors.
        case rollingOrigin = "rolling-origin"
        /// From the model's own standard errors (too few observations for rolling origins).
        case model
        /// None could be made.
        case none
    }

    /// The interval of each step.
    public var intervals: [Interval?]
    /// The k-step errors the intervals were calibrated on (empty for `.model`).
    public var errors: [[Double]]
    /// How they were made.
    public var source: Source

    /// Calibrates intervals at `level` around `forecast` (made from the whole of `y`), refitting `forecaster` at
    /// each origin (its parameters searched again on each earlier part). A combination is not widened to its
    /// members' own intervals here: that takes the fitted members (the `fitted:` initializer).
    public init(_ y: [Double], forecast: MethodForecast, forecaster: Forecaster, level: Double,
                origins: Int = 10, minimumTraining: Int = 6, minimumOrigins: Int = 4) {
        let m = CalibratedIntervals.leastTraining(count: y.count, preferred: minimumTraining,
                                                  origins: minimumOrigins, methodsNeed: forecaster.minimumCount)
        let errors = CalibratedIntervals.rollingErrors(y, steps: forecast.point.count, origins: origins, minimumTraining: m) {
            try? forecaster.forecast(Array(y[0..<$0]), steps: $1).point
        }
        self.init(y, forecast: forecast, errors: errors, level: level)
    }

    /// Calibrates intervals at `level` around the forecast of `fitted` (fitted to the whole of `y`), rerunning its
    /// models with the parameters fitted to the whole series at each origin: the states (levels, trends, lines)
    /// are recomputed from each earlier part, the parameters are not searched again. This is as fast as one fit
    /// per origin can be; the errors are a little smaller than fully refitted ones would be, since the parameters
    /// saw the years they are checked on.
    public init(_ y: [Double], fitted: FittedForecaster, level: Double, origins: Int = 10, minimumTraining: Int = 6,
                minimumOrigins: Int = 4) {
        let least = fitted.members.map(\.minimumCount).min() ?? 2
        let rerunners = fitted.members.map(\.rerunner)
        let prepared = rerunners.map { $0.prepared(y) }
        let m = CalibratedIntervals.leastTraining(count: y.count, preferred: minimumTraining,
                                                  origins: minimumOrigins, methodsNeed: least)
        let errors = CalibratedIntervals.rollingErrors(y, steps: fitted.forecast.point.count, origins: origins,
                                                       minimumTraining: m) {
            fitted.rerun(prepared, rerunners, count: $0, into: $1)
        }
        let robust = fitted.rule == .median && fitted.members.count >= 3
        self.init(y, forecast: fitted.forecast, errors: errors, level: level,
                  model: robust ? fitted.modelIntervals(level: level) : nil)
    }

    /// The intervals from the k-step `errors` (k = 1...h), each widened to hold `model[k]` when given.
    init(_ y: [Double], forecast: MethodForecast, errors: [[Double]], level: Double, model: [Interval]? = nil) {
        let h = forecast.point.count
        let floor = (try? RandomWalk(y, drift: true))?.standardErrors(steps: h)
        self.errors = errors
        var scales = [Double?](repeating: nil, count: h)
        var lastKnown: (step: Int, scale: Double)?
        for k in 0..<h where errors[k].count >= 2 {
            let rms = (errors[k].reduce(0) { $0 + $1 * $1 } / Double(errors[k].count)).squareRoot()
            scales[k] = rms
            lastKnown = (k, rms)
        }
        if let first = lastKnown {
            var previous = 0.0
            var anchor = first
            var freedom = [Double](repeating: 1, count: h)
            for k in 0..<h {
                if let s = scales[k] { anchor = (k, s) } else { scales[k] = anchor.scale * Double(k + 1) / Double(anchor.step + 1) }
                freedom[k] = CalibratedIntervals.effectiveFreedom(errors: errors[anchor.step].count, step: anchor.step + 1)
                scales[k] = max(scales[k] ?? 0, previous, floor?[k] ?? 0)
                previous = scales[k] ?? previous
            }
            let p = (1 + level) / 2
            intervals = (0..<h).map { k in
                guard let s = scales[k], let q = CalibratedIntervals.studentQuantile(p, freedom[k]) else { return nil }
                let calibrated = Interval(center: forecast.point[k], halfWidth: q * s)
                guard let model, model.count == h, model[k].low.isFinite, model[k].high.isFinite else {
                    return calibrated
                }
                let own = model[k]
                return Interval(low: Swift.min(calibrated.low, own.low), high: Swift.max(calibrated.high, own.high))
            }
            source = .rollingOrigin
        } else if let se = forecast.standardError ?? floor, let z = Normal.quantile((1 + level) / 2) {
            intervals = (0..<h).map { Interval(center: forecast.point[$0], halfWidth: z * se[$0]) }
            source = .model
        } else {
            intervals = [Interval?](repeating: nil, count: h)
            source = .none
        }
    }

    /// The degrees of freedom of the mean square of `errors` k-step forecast errors (k = `step`) made from consecutive
    /// origins: their number divided by 1 + 2 Σⱼ (1 − j/n) ρⱼ², the variance inflation of a mean square of normal
    /// errors with autocorrelations ρⱼ (Bartlett), where ρⱼ = (k − j)/k for j < k, the correlation of k-step errors j
    /// origins apart when each year brings an independent shock (they share k − j of those shocks); at least 2.
    /// One-step errors keep their number.
    static func effectiveFreedom(errors n: Int, step k: Int) -> Double {
        var inflation = 1.0
        var j = 1
        while j < Swift.min(k, n) {
            let correlation = Double(k - j) / Double(k)
            inflation += 2 * (1 - Double(j) / Double(n)) * correlation * correlation
            j += 1
        }
        return Swift.max(2, Double(n) / inflation)
    }

    /// The fewest observations an origin leaves: `preferred`, or fewer where a series of `count` values would then
    /// have fewer than `origins` origins, but never fewer than `methodsNeed + 1`.
    static func leastTraining(count n: Int, preferred: Int, origins: Int, methodsNeed: Int) -> Int {
        max(methodsNeed + 1, min(preferred, n - origins))
    }

    /// The k-step errors (k = 1...steps) of the forecasts `forecast(origin, steps)` from the first `origin` values,
    /// made at the last `origins` origins leaving at least `minimumTraining` observations.
    static func rollingErrors(_ y: [Double], steps h: Int, origins: Int, minimumTraining m: Int,
                              forecast: (Int, Int) -> [Double]?) -> [[Double]] {
        rollingErrors(y, steps: h, origins: origins, minimumTraining: m) { origin, out in
            guard let f = forecast(origin, out.count), f.count >= out.count else { return false }
            for k in out.indices { out[k] = f[k] }
            return true
        }
    }

    /// The same with forecasts written into a buffer of `steps` values (`false`: none at that origin), one buffer
    /// for every origin.
    static func rollingErrors(_ y: [Double], steps h: Int, origins: Int, minimumTraining m: Int,
                              forecast: (Int, UnsafeMutableBufferPointer<Double>) -> Bool) -> [[Double]] {
        var errors = [[Double]](repeating: [], count: h)
        let n = y.count
        guard n > m else { return errors }
        for k in 0..<h { errors[k].reserveCapacity(min(origins, n - m)) }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(h, 1)) { buffer in
            for origin in max(m, n - origins)..<n {
                let steps = min(h, n - origin)
                let f = UnsafeMutableBufferPointer(rebasing: buffer[0..<steps])
                guard forecast(origin, f) else { continue }
                for k in 0..<steps where f[k].isFinite { errors[k].append(y[origin + k] - f[k]) }
            }
        }
        return errors
    }

    /// Student quantiles already computed, by probability and degrees of freedom: every series' calibration asks
    /// for the same few (df = the number of origins), and each costs an iterative solve.
    private static let quantiles = Mutex<[SIMD2<Double>: Double]>([:])

    /// `StudentT.quantile(p, degreesOfFreedom: df)`, remembered.
    static func studentQuantile(_ p: Double, _ df: Double) -> Double? {
        let key = SIMD2(p, df)
        if let q = quantiles.withLock({ $0[key] }) { return q }
        guard let q = StudentT.quantile(p, degreesOfFreedom: df) else { return nil }
        quantiles.withLock { table in if table.count < 10_000 { table[key] = q } }
        return q
    }
}
