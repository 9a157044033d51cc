/// Anything that forecasts the steps after an equally spaced series: one method or a combination of several.
public enum Forecaster: Sendable, Equatable, Hashable {
    case method(ForecastMethod)
    case combination(Combination)

    /// The fewest observations needed.
    public var minimumCount: Int {
        switch self {
        case .method(let m): return m.minimumCount
        case .combination(let c): return c.methods.map(\.minimumCount).min() ?? 2
        }
    }

    /// The forecasts of steps 1...h after `y`.
    public func forecast(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> MethodForecast {
        switch self {
        case .method(let m): return try m.forecast(y, steps: h, series: series)
        case .combination(let c): return try c.forecast(y, steps: h, series: series)
        }
    }

    /// The forecaster fitted to `y`: its forecast, and its parameters for reruns on earlier parts of `y`.
    public func fitted(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> FittedForecaster {
        switch self {
        case .method(let m):
            let f = try m.fitted(y, steps: h, series: series)
            return FittedForecaster(forecast: f.forecast, members: [f], rule: nil, weights: nil)
        case .combination(let c): return try c.fitted(y, steps: h, series: series)
        }
    }
}

/// One method or a combination fitted to a whole series.
public struct FittedForecaster: Sendable, Equatable {
    /// The forecast of the whole series.
    public var forecast: MethodForecast
    /// The methods fitted (one, or a combination's members).
    public var members: [FittedMethod]
    /// How the members' forecasts are combined (`nil` for one method).
    public var rule: Combination.Rule?
    /// The members' weights (the weighted rule).
    public var weights: [Double]?

    /// The model-based prediction intervals at `level`: one method's own (see `FittedMethod.modelIntervals`); for a
    /// combination, each bound combined by its rule across the members' intervals (quantile combination, Lichtendahl,
    /// Grushka-Cockayne & Winkler 2013); `nil` when a member has none.
    public func modelIntervals(level: Double) -> [Interval]? {
        let all = members.map { $0.modelIntervals(level: level) }
        guard let first = all.first ?? nil else { return nil }
        guard let rule, all.count > 1 else { return first }
        let bands = all.compactMap { $0 }
        guard bands.count == all.count else { return nil }
        let c = Combination([], rule: rule)
        // One buffer for every bound (the calibration asks for these intervals on every series).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: bands.count) { buffer in
            first.indices.map { k in
                for (i, band) in bands.enumerated() { buffer[i] = band[k].low }
                let low = c.combine(buffer, weights: weights)
                for (i, band) in bands.enumerated() { buffer[i] = band[k].high }
                return Interval(low: low, high: c.combine(buffer, weights: weights))
            }
        }
    }

    /// The point forecasts of steps 1...h after `y` (an earlier part of the fitted series) with the fitted
    /// parameters: each member that can run on it, combined by the rule; `nil` when none can.
    public func rerun(_ y: [Double], steps h: Int) -> [Double]? {
        let rerunners = members.map(\.rerunner)
        return rerun(rerunners.map { $0.prepared(y) }, rerunners, count: y.count, steps: h)
    }

    /// The same on the first `count` values of the members' prepared series (prepared once for every origin), the
    /// members' `rerunners` made once too.
    func rerun(_ prepared: [(values: [Double], scale: Double)?], _ rerunners: [Rerunner], count: Int, steps h: Int) -> [Double]? {
        var out = [Double](repeating: 0, count: h)
        return out.withUnsafeMutableBufferPointer { rerun(prepared, rerunners, count: count, into: $0) } ? out : nil
    }

    /// The same written into `out` (its count is the number of steps); `false` when no member can run. The members'
    /// paths and each step's column are buffers on the stack: nothing is allocated at an origin.
    func rerun(_ prepared: [(values: [Double], scale: Double)?], _ rerunners: [Rerunner], count: Int,
               into out: UnsafeMutableBufferPointer<Double>) -> Bool {
        let h = out.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(members.count * (h + 1), 1)) { paths -> Bool in
            var ran = 0
            var w: [Double] = []  // the weights of the members that ran (the weighted rule only)
            for i in rerunners.indices {
                guard let p = prepared[i],
                      rerunners[i].rerun(prepared: p, count: count, into: UnsafeMutableBufferPointer(rebasing: paths[ran * h ..< (ran + 1) * h]))
                else { continue }
                ran += 1
                if rule == .weighted { w.append(weights?[i] ?? 1) }
            }
            guard ran > 0 else { return false }
            guard let rule, ran > 1 else {
                for k in 0..<h { out[k] = paths[k] }
                return true
            }
            let total = w.reduce(0, +)
            let normalized = total > 0 ? w.map { $0 / total } : nil
            let c = Combination([], rule: rule)
            let column = UnsafeMutableBufferPointer(rebasing: paths[members.count * h ..< members.count * h + ran])
            for k in 0..<h {
                for j in 0..<ran { column[j] = paths[j * h + k] }
                out[k] = c.combine(column, weights: normalized)
            }
            return true
        }
    }
}
