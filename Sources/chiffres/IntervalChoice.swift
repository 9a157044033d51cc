import ArgumentParser

/// `--intervals`: how the prediction intervals of the forecasting methods (auto, drift, damped, theta...) are made.
enum IntervalChoice: String, ExpressibleByArgument, CaseIterable {
    /// From the series' own rolling-origin errors (the default).
    case calibrated
    /// From the model's own standard errors, normal quantile (combinations: each bound combined like the points).
    case model

    /// The option's help, shared by project and backtest.
    static let help = ArgumentHelp(
        "calibrated or model: how the forecasting methods' prediction intervals are made.",
        discussion: """
            calibrated: from the series' own errors. The models, with the parameters fitted to the \
            whole series, are rerun from each of the last 10 years (keeping at least 6 years before each, fewer \
            where a short series would otherwise have fewer than 4 origins) and their 1...h-year-ahead errors \
            collected; the interval is fit +/- t * (root mean square of the h-year errors), t the Student quantile \
            with the degrees of freedom of those errors (fewer than their number, since h-year errors from \
            consecutive years overlap), never narrower than the drift method's own interval, and for a median \
            combination (auto, fast) never narrower than the median of its members' own intervals. model: each \
            model's own standard errors from its state-space form and the normal quantile (exp() of the ln-scale \
            interval for log- methods); a combination combines each bound like the forecasts (its median or mean). Model intervals are known to be too narrow on yearly series: compare \
            both with chiffres backtest. linear, loglinear, poly and holt always use their own model intervals.
            """)
}
