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
}
