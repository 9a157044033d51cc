import Foundation

/// A method fitted to a whole series, with the parameters its search found, so that the same model can be rerun on
/// the series' earlier parts without searching again (the rolling-origin errors the intervals are calibrated on).
public struct FittedMethod: Sendable, Equatable {
    /// The parameters a rerun keeps (the states are recomputed from the data).
    public enum Parameters: Sendable, Equatable {
        /// Nothing to keep (naive, drift, or an all-zero series).
        case none
        /// α (β, φ) of simple or damped-trend smoothing; the initial state is refitted.
        case smoothing(SmoothingParameters)
        /// θ and α of the Theta methods; the line and the initial level are refitted.
        case theta(theta: Double, alpha: Double)
        /// The dynamic optimised Theta model's initial level (in the units of the values, or of their logarithm for
        /// a multiplicative method), α and θ.
        case dynamicTheta(initialLevel: Double, alpha: Double, theta: Double)
        /// An ARIMA model's order and coefficients (its constant in the units of the values, or of their logarithm);
        /// the filter's state is recomputed.
        case arima(ArimaOrder)
        /// An ETS model's parameters and initial states (in the units of the values, or of their logarithm).
        case ets(EtsParameters)
        /// The LGT model's posterior draws and simulation noise (its states are recomputed, on any scale).
        case localGlobalTrend(LocalGlobalTrend)
    }

    /// The method.
    public var method: ForecastMethod
    /// Its forecast of the whole series.
    public var forecast: MethodForecast
    /// The parameters it was made with.
    public var fixed: Parameters
    /// For a multiplicative method, the forecast of ln y with its standard errors.
    public var logForecast: MethodForecast?

    /// A fitted method.
    public init(method: ForecastMethod, forecast: MethodForecast, fixed: Parameters, logForecast: MethodForecast? = nil) {
        self.method = method
        self.forecast = forecast
        self.fixed = fixed
        self.logForecast = logForecast
    }

    /// The fewest observations a rerun takes: the method's, or for ETS what the chosen model's criterion needs
    /// (a trend 7, a damped trend 8), so that its reruns start where the model could have been chosen.
    public var minimumCount: Int {
        if case .ets(let parameters) = fixed { return Swift.max(method.minimumCount, parameters.count + 3) }
        return method.minimumCount
    }

    /// The model's own prediction intervals at `level`: forecast ± z·se (normal quantile), or for a multiplicative
    /// method exp(ln-forecast ± z·se); `nil` when the model has no standard errors.
    public func modelIntervals(level: Double) -> [Interval]? {
        guard let z = Normal.quantile((1 + level) / 2) else { return nil }
        if let log = logForecast, let se = log.standardError {
            return log.point.indices.map { Interval(low: Foundation.exp(log.point[$0] - z * se[$0]), high: Foundation.exp(log.point[$0] + z * se[$0])) }
        }
        guard let se = forecast.standardError else { return nil }
        return forecast.point.indices.map { Interval(center: forecast.point[$0], halfWidth: z * se[$0]) }
    }

    /// The point forecasts of steps 1...h after `y` (an earlier part of the series it was fitted to) with the same
    /// parameters; `nil` when the method cannot run on it (too short, or a value ≤ 0 for a multiplicative method).
    public func rerun(_ y: [Double], steps h: Int) -> [Double]? {
        guard let p = prepared(y) else { return nil }
        return rerun(prepared: p, count: y.count, steps: h)
    }

    /// The series as reruns take it: the logarithm for a multiplicative method, divided by its largest magnitude
    /// (any scale will do with fixed parameters: the recursions are linear in the values); `nil` when a
    /// multiplicative method meets a value ≤ 0.
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
                guard let f = model.points(after: z, steps: h, paths: LocalGlobalTrend.rerunPathsPerDraw) else { return nil }
                point = f
            case (_, .none): return nil
            }
            for k in point.indices { point[k] *= p.scale }
        }
        if method.multiplicative { for k in point.indices { point[k] = Foundation.exp(point[k]) } }
        return point
    }
}
