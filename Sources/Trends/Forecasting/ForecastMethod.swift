import Foundation

/// One of the univariate forecasting methods for annual series, on the original scale or, multiplicatively, on the
/// logarithm of a positive series.
public struct ForecastMethod: Sendable, Equatable, Hashable {
    /// The method family.
    public enum Kind: String, Sendable, CaseIterable {
        /// The last value.
        case naive
        /// The last value plus the mean yearly change.
        case drift
        /// Simple exponential smoothing, ETS(A,N,N).
        case ses
        /// Damped-trend exponential smoothing, ETS(A,Ad,N).
        case damped
        /// The classic Theta method (θ = 2).
        case theta
        /// The optimised Theta method.
        case otm
        /// The dynamic optimised Theta model (DOTM).
        case dotm
        /// ARIMA(p,d,q), p, q ≤ 2, the order chosen by KPSS and AICc (Hyndman–Khandakar).
        case arima
        /// Exponential smoothing chosen by AICc among ETS(A/M, N/A/Ad, N).
        case ets
        /// The local and global trend model (LGT, Smyl & Zhang), sampled by MCMC; positive series only.
        case lgt
    }

    /// The family.
    public var kind: Kind
    /// Whether the method runs on ln y (a multiplicative model: forecasts are medians exp(ln-forecast)).
    public var multiplicative: Bool

    /// A method.
    public init(_ kind: Kind, multiplicative: Bool = false) {
        self.kind = kind
        self.multiplicative = multiplicative
    }

    /// Reads `naive`, `drift`, `ses`, `damped`, `theta`, `otm`, `dotm`, `arima`, `ets`, each optionally prefixed by `log-`
    /// (multiplicative), and `lgt` (which has its own multiplicative trend and takes no `log-`).
    public init?(name: String) {
        let multiplicative = name.hasPrefix("log-")
        guard let kind = Kind(rawValue: multiplicative ? String(name.dropFirst(4)) : name),
              !(multiplicative && kind == .lgt) else { return nil }
        self.init(kind, multiplicative: multiplicative)
    }

    /// The name, as `init(name:)` reads it.
    public var name: String { (multiplicative ? "log-" : "") + kind.rawValue }

    /// The fewest observations the method needs.
    public var minimumCount: Int {
        switch kind {
        case .naive, .drift, .ses: return 2
        case .damped, .theta, .otm: return 3
        case .dotm: return 4
        case .arima: return Arima.minimumCount
        case .ets: return Ets.minimumCount
        case .lgt: return LocalGlobalTrend.minimumCount
        }
    }

    /// Whether the method runs only on series whose values are all positive (multiplicative methods and LGT).
    public var needsPositiveValues: Bool { multiplicative || kind == .lgt }

    /// Forecasts steps 1...h after `y` (equally spaced, oldest first).
    ///
    /// The values are divided by their largest magnitude before fitting (so that sums of squares stay finite for
    /// any finite input) and the forecasts scaled back. A multiplicative method on a series with a value ≤ 0 throws
    /// `.nonPositive`.
    public func forecast(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> MethodForecast {
        try fitted(y, steps: h, series: series).forecast
    }

    /// The forecast of `forecast(_:steps:series:)` with the parameters it was made with, which `FittedMethod.rerun`
    /// applies to the series' earlier parts.
    public func fitted(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> FittedMethod {
        guard y.count >= minimumCount else {
            throw .tooFewPoints(series: series, model: name, needed: minimumCount, got: y.count)
        }
        if multiplicative {
            if let i = y.firstIndex(where: { !($0 > 0) }) {
                throw .nonPositive(series: series, model: name, year: i + 1, value: y[i])
            }
            var f = try ForecastMethod(kind).fitted(y.map { Foundation.log($0) }, steps: h, series: series)
            f.method = self
            f.logForecast = f.forecast
            f.forecast.point = f.forecast.point.map { Foundation.exp($0) }
            f.forecast.standardError = nil
            return f
        }
        let scale = y.reduce(0) { Swift.max($0, abs($1)) }
        guard scale > 0 else {
            return FittedMethod(method: self, forecast: MethodForecast(point: [Double](repeating: 0, count: h),
                                                                      standardError: [Double](repeating: 0, count: h)),
                                fixed: .none)
        }
        let z = y.map { $0 / scale }
        let f: MethodForecast, fixed: FittedMethod.Parameters
        switch kind {
        case .naive: f = try RandomWalk(z, drift: false).forecast(steps: h); fixed = .none
        case .drift:
            let m = try RandomWalk(z, drift: true)
            var forecast = m.forecast(steps: h)
            forecast.parameters = parameterText("drift", m.drift * scale)  // in the values' units, not the scaled ones
            f = forecast; fixed = .none
        case .ses, .damped:
            let m = try ExponentialSmoothing(z, trend: kind == .ses ? .none : .damped)
            f = m.forecast(steps: h); fixed = .smoothing(m.parameters)
        case .theta, .otm:
            let m = try Theta(z, optimised: kind == .otm)
            f = m.forecast(steps: h); fixed = .theta(theta: m.theta, alpha: m.alpha)
        case .dotm:
            let m = try DynamicTheta(z)
            f = m.forecast(steps: h); fixed = .dynamicTheta(initialLevel: m.initialLevel * scale, alpha: m.alpha, theta: m.theta)
        case .arima:
            let m = try Arima(z)
            var order = m.order
            order.constant = order.constant.map { $0 * scale }
            // The constant is written in the units of the values, not of the scaled ones the model was fitted to.
            var forecast = m.forecast(steps: h)
            forecast.parameters = Arima.describe(order)
            f = forecast; fixed = .arima(order)
        case .ets:
            let m = try Ets(z)
            f = m.forecast(steps: h); fixed = .ets(m.parameters.scaled(by: scale))
        case .lgt:
            if let i = y.firstIndex(where: { !($0 > 0) }) {
                throw .nonPositive(series: series, model: name, year: i + 1, value: y[i])
            }
            // LGT scales the values itself, and its reruns must read earlier parts in the same unit: it is fitted to
            // the values as given, its forecast divided here by the scale the line below multiplies back.
            let m = try LocalGlobalTrend(y, steps: h)
            guard let forecast = m.forecast(after: y, steps: h) else {
                throw .numerical(series: series, model: name, detail: "the simulated paths overflowed")
            }
            f = MethodForecast(point: forecast.point.map { $0 / scale }, standardError: forecast.standardError.map { $0 / scale },
                               parameters: m.summary)
            fixed = .localGlobalTrend(m)
        }
        return FittedMethod(method: self, forecast: f.scaled(by: scale), fixed: fixed)
    }
}
