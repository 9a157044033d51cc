import Foundation

/// Reruns: the fitted parameters applied to earlier parts of the series (the rolling origins of the calibration).
extension FittedMethod {
    /// The point forecasts of steps 1...h after `y` (an earlier part of the series it was fitted to) with the same
    /// parameters; `nil` when the method cannot run on it (too short, or a value ≤ 0 for a multiplicative method).
    public func rerun(_ y: [Double], steps h: Int) -> [Double]? {
        rerunner.rerun(y, steps: h)
    }

    /// What a rerun takes of the fitted method: a copy of it is a few words, where one of the method carries its
    /// forecast's arrays and text (the calibration's loop over origins copies what it calls).
    var rerunner: Rerunner { Rerunner(method: method, fixed: fixed, minimumCount: minimumCount) }

    /// The series as reruns take it (see `Rerunner.prepared`).
    func prepared(_ y: [Double]) -> (values: [Double], scale: Double)? { rerunner.prepared(y) }

    /// See `Rerunner.rerun(prepared:count:steps:)`.
    func rerun(prepared p: (values: [Double], scale: Double), count: Int, steps h: Int) -> [Double]? {
        rerunner.rerun(prepared: p, count: count, steps: h)
    }

    /// See `Rerunner.rerun(prepared:count:into:)`.
    func rerun(prepared p: (values: [Double], scale: Double), count: Int, into out: UnsafeMutableBufferPointer<Double>) -> Bool {
        rerunner.rerun(prepared: p, count: count, into: out)
    }
}

/// A fitted method's reruns: its method and fixed parameters applied to earlier parts of the series.
struct Rerunner: Sendable {
    /// The method.
    var method: ForecastMethod
    /// The parameters it was fitted with.
    var fixed: FittedMethod.Parameters
    /// The fewest observations a rerun takes (`FittedMethod.minimumCount`).
    var minimumCount: Int

    /// The point forecasts of steps 1...h after `y`, or `nil` (see `FittedMethod.rerun(_:steps:)`).
    func rerun(_ y: [Double], steps h: Int) -> [Double]? {
        guard let p = prepared(y) else { return nil }
        return rerun(prepared: p, count: y.count, steps: h)
    }

    /// The series as reruns take it: the logarithm for a multiplicative method, divided by its largest magnitude
    /// (any scale will do with fixed parameters: the recursions are linear in the values, and LGT scales the values
    /// itself); `nil` when a multiplicative method or LGT meets a value ≤ 0.
    func prepared(_ y: [Double]) -> (values: [Double], scale: Double)? {
        if method.needsPositiveValues && !y.allSatisfy({ $0 > 0 }) { return nil }
        let x = method.multiplicative ? y.map { Foundation.log($0) } : y
        let scale = x.reduce(0) { Swift.max($0, abs($1)) }
        return (scale > 0 ? x.map { $0 / scale } : x, scale)
    }

    /// The point forecasts of steps 1...h after the first `count` prepared values, on the original scale.
    func rerun(prepared p: (values: [Double], scale: Double), count: Int, steps h: Int) -> [Double]? {
        guard count >= minimumCount, count <= p.values.count else { return nil }
        let z = Array(p.values[0..<count])
        var point: [Double]
        if p.scale == 0 {
            point = [Double](repeating: 0, count: h)
        } else {
            switch (method.kind, fixed) {
            case (.naive, _): point = [Double](repeating: z[count - 1], count: h)
            case (.drift, _):
                let drift = (z[count - 1] - z[0]) / Double(count - 1)
                point = (1...Swift.max(h, 1)).prefix(h).map { z[count - 1] + Double($0) * drift }
            case (_, .smoothing(let parameters)): point = ExponentialSmoothing(z, parameters: parameters).points(steps: h)
            case (_, .theta(let theta, let alpha)): point = Theta(z, theta: theta, alpha: alpha).points(steps: h)
            case (_, .dynamicTheta(let level, let alpha, let theta)):
                guard let m = try? DynamicTheta(z, initialLevel: level / p.scale, alpha: alpha, theta: theta) else { return nil }
                point = m.points(steps: h)
            case (_, .arima(var order)):
                guard count - order.d > order.ar.count + 1 else { return nil }
                order.constant = order.constant.map { $0 / p.scale }
                point = Arima(z, order: order).points(steps: h)
            case (_, .ets(let parameters)):
                point = Ets(z, parameters: parameters.scaled(by: 1 / p.scale)).points(steps: h)
            case (_, .localGlobalTrend(let model)):
                // in the values' own units, as the model was fitted (its priors are not scale-free)
                guard let f = model.points(after: z.map { $0 * p.scale }, steps: h, paths: LocalGlobalTrend.rerunPathsPerDraw)
                else { return nil }
                point = f.map { $0 / p.scale }
            case (_, .none): return nil
            }
            for k in point.indices { point[k] *= p.scale }
        }
        if method.multiplicative { for k in point.indices { point[k] = Foundation.exp(point[k]) } }
        return point
    }

    /// The point forecasts of `rerun(prepared:count:steps:)` for steps 1...out.count, written into `out`; `false`
    /// (and `out` undefined) where that gives `nil`. Naive, drift, simple and damped smoothing and Theta run on the
    /// prepared values in place, without arrays (the same arithmetic); the other methods take the arrays' path.
    func rerun(prepared p: (values: [Double], scale: Double), count: Int, into out: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard count >= minimumCount, count <= p.values.count else { return false }
        let h = out.count
        if p.scale == 0 {
            out.update(repeating: 0)
        } else {
            let kind = method.kind, fixed = self.fixed  // what the closure below takes
            let ran = p.values.withUnsafeBufferPointer { all -> Bool in
                let z = UnsafeBufferPointer(rebasing: all[0..<count])
                switch (kind, fixed) {
                case (.naive, _): out.update(repeating: z[count - 1])
                case (.drift, _):
                    let drift = (z[count - 1] - z[0]) / Double(count - 1)
                    for k in 0..<h { out[k] = z[count - 1] + Double(k + 1) * drift }
                case (_, .smoothing(let parameters)): ExponentialSmoothing.points(z, parameters: parameters, into: out)
                case (_, .theta(let theta, let alpha)): Theta.points(z, theta: theta, alpha: alpha, into: out)
                default: return false
                }
                return true
            }
            guard ran else {
                guard let point = rerun(prepared: p, count: count, steps: h), point.count == h else { return false }
                for k in 0..<h { out[k] = point[k] }
                return true
            }
            for k in 0..<h { out[k] *= p.scale }
        }
        if method.multiplicative { for k in 0..<h { out[k] = Foundation.exp(out[k]) } }
        return true
    }
}
