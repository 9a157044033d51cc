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
}
