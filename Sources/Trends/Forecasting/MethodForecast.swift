/// What one forecasting method says about the years after a series: point forecasts and, where the model has one,
/// its own standard error of each step.
public struct MethodForecast: Sendable, Equatable {
    /// The point forecasts for steps 1...h.
    public var point: [Double]
    /// The model's own standard error of each step (from its state-space form), `nil` when it has none.
    public var standardError: [Double]?
    /// The fitted parameters, as a reader would write them ("alpha=0.31 beta=0.05 phi=0.92").
    public var parameters: String

    /// A forecast from its parts.
    public init(point: [Double], standardError: [Double]? = nil, parameters: String = "") {
        self.point = point
        self.standardError = standardError
        self.parameters = parameters
    }

    /// The same forecast with every value mapped by `transform` (standard errors are dropped when the map is not
    /// a scaling).
    func scaled(by factor: Double) -> MethodForecast {
        MethodForecast(point: point.map { $0 * factor }, standardError: standardError?.map { $0 * abs(factor) },
                       parameters: parameters)
    }
}

/// Writes a parameter with four significant digits.
public func parameterText(_ name: String, _ value: Double) -> String {
    let rounded = (value * 10_000).rounded() / 10_000
    return name + "=" + rounded.description  // the text "\(name)=\(rounded)" makes, without the interpolation's buffer
}
