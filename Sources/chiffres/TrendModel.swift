import Tabular
import Trends

/// A model name on the command line: linear, loglinear, polyK, holt, or a forecasting method (auto, ses, damped,
/// theta, otm, drift, naive, log-...), which only `project` and `backtest` use.
enum TrendModel: Equatable {
    case linear, loglinear, holt
    case poly(Int)
    /// A forecasting method or combination, with the name the user gave.
    case forecaster(Forecaster, name: String)

    /// The default of `project`: the median of the drift method, damped-trend smoothing, the Theta method on the
    /// logarithm (on the values when one is not positive) and LGT (on positive series).
    static let auto = TrendModel.forecaster(.combination(.yearly), name: "auto")
    /// `auto` without LGT: much faster, a little less accurate.
    static let fast = TrendModel.forecaster(.combination(.yearlyFast), name: "fast")

    init?(_ text: String) {
        switch text {
        case "linear": self = .linear
        case "loglinear", "exponential", "log": self = .loglinear
        case "holt": self = .holt
        case "auto": self = TrendModel.auto
        case "fast": self = TrendModel.fast
        default:
            if let method = ForecastMethod(name: text) {
                self = .forecaster(.method(method), name: text)
                return
            }
            guard text.hasPrefix("poly"), let k = Int(text.dropFirst(4)), (1...6).contains(k) else { return nil }
            self = .poly(k)
        }
    }

    /// Whether this is a forecasting method (project and backtest only).
    var isForecaster: Bool { if case .forecaster = self { return true } else { return false } }

    /// The name written in the `model` column.
    var name: String {
        switch self {
        case .linear: return "linear"
        case .loglinear: return "loglinear"
        case .holt: return "holt"
        case .poly(let k): return "poly\(k)"
        case .forecaster(let f, let name):
            if case .combination(let c) = f, name == "auto" || name == "fast" { return name + ":" + c.rule.rawValue }
            return name
        }
    }

    /// Fits the model to `s`: the row of statistics and the fitted curve over the observed years (for charts).
    func fit(_ s: Series, level: Double, alpha: Double?, beta: Double?) throws(TrendError) -> (row: FitRow, curve: [(x: Double, y: Double)]) {
        var row = FitRow(series: s.name, model: name, n: s.count, firstYear: s.firstYear, lastYear: s.lastYear)
        let xs = stride(from: Double(s.firstYear), through: Double(s.lastYear), by: max(1, Double(s.lastYear - s.firstYear) / 60)).map { $0 }
        switch self {
        case .linear:
            let f = try LinearFit(s)
            row.fill(f)
            return (row, xs.map { ($0, f.value(at: $0)) })
        case .loglinear:
            let g = try LogLinearFit(s)
            row.fill(g.log)
            row.growthRate = g.growthRate
            let interval = g.growthInterval(level: level)
            row.growthLow = interval?.low
            row.growthHigh = interval?.high
            return (row, xs.map { ($0, g.projection(at: $0).median) })
        case .poly(let k):
            let p = try PolynomialFit(s, degree: k)
            let c = p.rawCoefficients, se = p.rawStandardErrors
            row.df = p.df
            row.intercept = c[0]
            row.slope = c[1]
            row.seIntercept = se?[0]
            row.seSlope = se?[1]
            row.r2 = p.r2
            row.adjR2 = p.adjustedR2
            row.residSE = p.residualStandardError
            row.f = p.f
            row.c2 = k >= 2 ? c[2] : nil
            if p.df == 0 {
                row.note = "poly\(k) on \(s.count) points has no degrees of freedom left: the curve passes through every point, R² = 1 says nothing, and there are no standard errors"
            }
            return (row, xs.map { ($0, p.value(at: $0)) })
        case .holt:
            let h = try HoltFit(s, alpha: alpha, beta: beta)
            row.alpha = h.alpha
            row.beta = h.beta
            row.level = h.level
            row.trend = h.trend
            row.residSE = h.sigma2.map { $0.squareRoot() }
            if !h.filledYears.isEmpty { row.note = Projection.filledNote(h.filledYears) }
            // The smoothed level on the annual grid (it ends where the forecasts start).
            return (row, h.smoothedLevels.map { (Double($0.year), $0.level) })
        case .forecaster:
            throw .invalidParameter(name: "model", detail: "\(name) forecasts; use chiffres project or backtest")
        }
    }
}

/// One row of `chiffres trend`.
struct FitRow {
    /// The contract: these names, in this order (add new columns at the end only).
    static let columns = ["series", "model", "n", "df", "first_year", "last_year", "intercept", "slope", "se_intercept",
                          "se_slope", "r2", "adj_r2", "resid_se", "f", "growth_rate", "growth_low", "growth_high",
                          "alpha", "beta", "level", "trend", "cagr", "c2", "error", "note"]

    var series: String
    var model: String
    var n: Int?
    var df: Int?
    var firstYear: Int?, lastYear: Int?
    var intercept: Double?, slope: Double?, seIntercept: Double?, seSlope: Double?
    var r2: Double?, adjR2: Double?, residSE: Double?, f: Double?
    var growthRate: Double?, growthLow: Double?, growthHigh: Double?
    var alpha: Double?, beta: Double?, level: Double?, trend: Double?
    var cagr: Double?, c2: Double?
    var error = ""
    /// What was done that the data did not say (filled years, no degrees of freedom left).
    var note = ""

    init(series: String, model: String, n: Int? = nil, firstYear: Int? = nil, lastYear: Int? = nil) {
        self.series = series
        self.model = model
        self.n = n
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    static func failed(series: String, model: String, error: String) -> FitRow {
        var row = FitRow(series: series, model: model)
        row.error = error
        return row
    }

    /// The statistics of a straight-line fit.
    mutating func fill(_ f: LinearFit) {
        df = f.df
        intercept = f.intercept
        slope = f.slope
        seIntercept = f.interceptStandardError
        seSlope = f.slopeStandardError
        r2 = f.r2
        adjR2 = f.adjustedR2
        residSE = f.residualStandardError
        self.f = f.f
    }

    func write(to writer: inout some RecordWriter) {
        writer.writeRecord([
            .text(series), .text(model), .whole(n), .whole(df), .whole(firstYear), .whole(lastYear),
            .number(intercept), .number(slope), .number(seIntercept), .number(seSlope), .number(r2), .number(adjR2),
            .number(residSE), .number(f), .number(growthRate), .number(growthLow), .number(growthHigh),
            .number(alpha), .number(beta), .number(level), .number(trend), .number(cagr), .number(c2), .text(error), .text(note),
        ])
    }
}
