import ArgumentParser

/// Holt's smoothing parameters, fixed or fitted, shared by `trend` and `project`.
struct HoltOptions: ParsableArguments {
    @Option(help: "Holt: fixed alpha in (0, 1] (default: fitted).")
    var alpha: Double?

    @Option(help: "Holt: fixed beta in [0, 1] (default: fitted).")
    var beta: Double?

    func validate() throws {
        if let alpha, !(alpha > 0 && alpha <= 1) { throw ValidationError("--alpha must be in (0, 1]") }
        if let beta, !(beta >= 0 && beta <= 1) { throw ValidationError("--beta must be in [0, 1]") }
    }
}

/// Checks a confidence level given on the command line.
func validateLevel(_ level: Double) throws {
    guard level > 0 && level < 1 else { throw ValidationError("--level must be between 0 and 1, e.g. 0.95") }
}

/// The message for a model name that is not one of ours.
func unknownModel(_ name: some StringProtocol, forecasting: Bool = false) -> ValidationError {
    ValidationError("unknown model '\(name)'; use linear, loglinear, poly2 (poly1...poly6) or holt"
        + (forecasting ? ", or auto, fast, drift, naive, ses, damped, theta, otm, dotm, arima, ets, lgt (log-theta... on the logarithm)" : ""))
}
