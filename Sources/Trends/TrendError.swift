import LinearAlgebra

/// Why a series could not be built or fitted. Each case names the series and says what would work.
public enum TrendError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series has no points.
    case empty(series: String)
    /// A value is NaN or infinite.
    case nonFinite(series: String, year: Int)
    /// Two points share a year and no duplicate policy was chosen.
    case duplicateYear(series: String, year: Int)
    /// The model needs more points than the series has.
    case tooFewPoints(series: String, model: String, needed: Int, got: Int)
    /// A log-linear fit or a growth rate met a value that is zero or negative.
    case nonPositive(series: String, model: String, year: Int, value: Double)
    /// A numerical step failed (for example a rank-deficient design).
    case numerical(series: String, model: String, detail: String)
    /// A parameter is outside its range (for example a confidence level of 1.2).
    case invalidParameter(name: String, detail: String)

    /// A sentence that says which series, why, and what would work.
    public var description: String {
        switch self {
        case let .empty(series):
            return "series '\(series)': no data points; check the file and the --where filter"
        case let .nonFinite(series, year):
            return "series '\(series)': the value for \(year) is NaN or infinite; fix or remove that cell"
        case let .duplicateYear(series, year):
            return "series '\(series)': year \(year) appears more than once; "
                + "choose --duplicates mean|first|last|max, or filter the data (--where)"
        case let .tooFewPoints(series, model, needed, got):
            return "series '\(series)': \(model) needs at least \(needed) points with distinct years, it has \(got)"
                + (needed > 2 ? "; a linear fit needs only 2" : "")
        case let .nonPositive(series, model, year, value):
            return "series '\(series)': \(model) needs every value > 0 but \(year) has \(value); "
                + "use the linear model, or a series of levels rather than changes"
        case let .numerical(series, model, detail):
            return "series '\(series)': \(model) could not be computed (\(detail))"
        case let .invalidParameter(name, detail):
            return "invalid \(name): \(detail)"
        }
    }
}
