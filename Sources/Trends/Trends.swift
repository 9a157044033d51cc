/// Trends: annual series, fits and projections.
///
/// Every fit runs on centred years (x − x̄) internally and reports coefficients for calendar years, the way
/// LINEST, TREND and statsmodels do when they are given year numbers. Undefined statistics are `nil`.
public enum Trends {}
