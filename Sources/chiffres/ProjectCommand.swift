import ArgumentParser
import Foundation
import SeriesTable
import Tabular
import Trends
import Workbook

/// `chiffres project`: one row per series and future year, with intervals and the threshold crossing.
struct Project: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project annual series ahead with prediction intervals (default: a robust combination).",
        discussion: """
            Reads the same inputs as chiffres trend. Writes one row per series and year after the last observed \
            year, up to --to YEAR or --horizon N years past each series' own last year.

            Columns: series, model, year, fit, mean_low, mean_high, pred_low, pred_high, then with --threshold \
            crossing_year (the first whole year at or beyond the crossing) and crossing_year_exact, then method \
            (the methods combined and their parameters), interval (how the prediction interval was made) and note \
            (what was done that the data did not say, such as years filled by interpolation).
            auto (the default): the median of four methods that do well on yearly series in the forecasting \
            competitions: the drift method (last value plus the mean yearly change), damped-trend exponential \
            smoothing ETS(A,Ad,N), the Theta method on the logarithm (on the values when one is not positive), and \
            the local and global trend model LGT (Smyl and Zhang; Bayesian, sampled by MCMC; positive series of 8 \
            years or more, the others get the median of the first three). fast: the median of the first three \
            only, about 30 times faster on many series and a little less accurate. \
            Its interval (and that of every single forecasting method) is calibrated on the series' own errors, at \
            --level (--intervals says how; --intervals model gives the models' own intervals instead). Series too \
            short for two origins use the model's own standard errors (the interval column says which). \
            Single methods: drift, naive, ses, damped, theta, otm (optimised Theta), dotm (dynamic optimised \
            Theta), arima (ARIMA(p,d,q), p, q <= 2, d by a KPSS test, the order by AICc; 6 years at least), ets \
            (exponential smoothing chosen by AICc among ETS(A,N,N), (A,A,N), (A,Ad,N) and, for positive data, their \
            multiplicative-error forms; 5 years at least, 7 for a trend), each also as log-NAME on the logarithm; \
            lgt (LGT alone: the median of simulated paths over its posterior; the same series always gets the same \
            draws). \
            chiffres backtest measures how each would have done on your series.
            linear and poly: Student-t intervals (df = n - 2, n - 3). loglinear: fit is the median exp(ln-fit) \
            (GROWTH), intervals are exp() of the ln-scale ones. holt: ETS(A,A,N) prediction intervals (normal \
            quantile), no mean interval. A crossing may lie before the last observed year (already crossed) for \
            linear, loglinear and holt; poly and the forecasting methods report the first crossing after the last \
            year.

            Exit status: 0 when every series was projected, 1 when some could not be (reasons on standard error), \
            2 for usage errors. Warnings (years filled in, a fit with no degrees of freedom left) go to standard \
            error and the note column without changing the exit status.

            Examples:
              chiffres project series.csv --horizon 6
              chiffres project datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \\
                --series country --where measure=defence_expenditure_share_of_gdp \\
                --to 2035 --threshold 3.5 --model loglinear
            """
    )

    @OptionGroup var input: SeriesInputOptions
    @OptionGroup var out: TrendOutputOptions

    @Option(help: "The last year to project to, e.g. 2030.")
    var to: Int?

    @Option(help: "Project N years past each series' own last year (instead of --to).")
    var horizon: Int?

    @Option(help: "auto, fast, linear, loglinear, poly2 (poly1...poly6), holt, drift, naive, ses, damped, theta, otm, dotm, arima, ets, lgt, log-theta...")
    var model = "auto"

    @Option(help: "Confidence level of the intervals.")
    var level = 0.95

    @Option(help: "Report when the trend reaches this value (crossing_year columns).")
    var threshold: Double?

    @Option(help: IntervalChoice.help)
    var intervals = IntervalChoice.calibrated

    @OptionGroup(title: "Holt")
    var holt: HoltOptions

    func validate() throws {
        try validateLevel(level)
        try out.validateTargets(input: input.file)
        guard TrendModel(model) != nil else {
            throw unknownModel(model, forecasting: true)
        }
        switch (to, horizon) {
        case (nil, nil): throw ValidationError("say how far: --to YEAR (e.g. --to 2030) or --horizon N (years past each series' last year)")
        case (.some, .some): throw ValidationError("give --to or --horizon, not both")
        default: break
        }
        if let to { guard SeriesInput.years.contains(to) else { throw ValidationError("--to must be a year from 1 to 9999, such as 2030") } }
        if let horizon { guard (1...200).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 200 years") } }
        if let threshold, !threshold.isFinite { throw ValidationError("--threshold must be a finite number") }
    }

    func run() throws {
        let model = TrendModel(self.model) ?? TrendModel.auto
        let input = try TrendIO.series(self.input)
        var problems = input.problems
        var (writer, workbook) = try out.makeWriter(header: ProjectionRow.columns(threshold: threshold != nil), sheet: "projection")
        var panels: [ChartPanel] = []
        var workbookCharts: [LineChart] = []
        // In batches, so that only one batch's projections are held at a time, whatever the number of series.
        for first in stride(from: 0, to: input.series.count, by: Project.batch) {
            let batch = Array(input.series[first..<min(first + Project.batch, input.series.count)])
            let projections = projections(of: batch, model: model, workers: Project.workers, csv: writer.csv.map { $0.dialect })
            for (s, made) in zip(batch, projections) {
                guard let made else {
                    problems.append(SeriesProblem(series: s.name, message: "series '\(s.name)': its last year is \(s.lastYear); give --to after it"))
                    continue
                }
                do {
                    let projection = try made.projection.get()
                    for note in projection.notes { standardError("chiffres: warning: series '\(s.name)': \(note)") }
                    if let rows = made.rows, writer.csv != nil {
                        writer.csv?.append(recordsOf: rows)
                    } else {
                        for p in projection.rows {
                            ProjectionRow(series: s.name, projection: projection, row: p, threshold: threshold != nil).write(to: &writer)
                        }
                    }
                    if panels.count < 12 { panels.append(projection.panel(levelText: "\(Int((level * 100).rounded())) %")) }
                    if workbook != nil, workbookCharts.count < 12 {
                        workbookCharts.append(projection.workbookChart(levelText: "\(Int((level * 100).rounded())) %", unit: input.unit))
                    }
                } catch {
                    problems.append(SeriesProblem(series: s.name, message: "\(error)"))
                }
            }
        }
        let title = to.map { "Projection to \($0)" } ?? "Projection \(horizon ?? 1) years ahead"
        try TrendIO.finish(writer, workbook: workbook, out: out, chart: Chart(title: "\(title) (\(model.name))", yLabel: input.unit,
                                                         panels: panels),
                           workbookCharts: workbookCharts, inputFile: self.input.file, seriesCount: input.series.count, problems: problems)
    }

    /// How many series are projected at once: one per processor.
    static let workers = ProcessInfo.processInfo.activeProcessorCount
    /// How many series' projections are made before their rows are written.
    static let batch = 1024

    /// One series' projection and, for a CSV output, its rows already written in the output's dialect.
    struct Made {
        var projection: Result<Projection, TrendError>
        var rows: CSVWriter?
    }

    /// The projection of each series (in input order) on up to `workers` threads, the same whatever their number,
    /// with its rows written as CSV in `csv` (a dialect) on the same thread; `nil` for a series whose last year is
    /// at or after `--to`.
    func projections(of series: [Series], model: TrendModel, workers: Int, csv: CSVDialect?) -> [Made?] {
        var dialect = csv
        dialect?.byteOrderMark = false  // the rows go after the header
        return OrderedParallelMap.map(series, workers: workers) { s in
            let last = to ?? (s.lastYear + (horizon ?? 1))
            guard last > s.lastYear else { return nil }
            let projection = Result { () throws(TrendError) in
                try Projection(series: s, model: model, to: last, level: level, threshold: threshold, alpha: holt.alpha,
                               beta: holt.beta, intervals: intervals)
            }
            guard let dialect, case .success(let made) = projection else { return Made(projection: projection, rows: nil) }
            var rows = CSVWriter(dialect: dialect, capacity: 160 * made.rows.count)
            for p in made.rows {
                ProjectionRow(series: s.name, projection: made, row: p, threshold: threshold != nil).write(to: &rows)
            }
            return Made(projection: projection, rows: rows)
        }
    }
}

/// One row of `chiffres project`.
struct ProjectionRow {
    /// The contract: these names, in this order (add new columns at the end only).
    static func columns(threshold: Bool) -> [String] {
        ["series", "model", "year", "fit", "mean_low", "mean_high", "pred_low", "pred_high"]
            + (threshold ? ["crossing_year", "crossing_year_exact"] : []) + ["method", "interval", "note"]
    }

    let series: String
    let projection: Projection
    let row: Projection.Row
    let threshold: Bool

    /// Writes the fields one by one (no array of fields: this runs for every row of every series).
    func write<W: RecordWriter>(to writer: inout W) {
        writer.writeText(series)
        writer.writeText(projection.modelName)
        writer.writeInteger(row.year)
        writer.write(.number(row.fit))
        writer.write(.number(row.mean?.low))
        writer.write(.number(row.mean?.high))
        writer.write(.number(row.pred?.low))
        writer.write(.number(row.pred?.high))
        if threshold {
            writer.write(.whole(projection.crossing?.firstWholeYear))
            writer.write(.number(projection.crossing?.year))
        }
        writer.writeText(projection.method)
        writer.writeText(projection.intervalMethod)
        writer.writeText(projection.notes.isEmpty ? "" : projection.notes.joined(separator: "; "))
        writer.endRecord()
    }
}

/// The projection of one series with one model.
struct Projection {
    struct Row {
        var year: Int
        var fit: Double
        var mean: Interval?
        var pred: Interval?
    }

    let series: Series
    let modelName: String
    var rows: [Row] = []
    var crossing: ThresholdCrossing?
    var threshold: Double?
    /// The fitted curve over the observed years.
    var fitted: [(x: Double, y: Double)] = []
    /// The intervals at the last observed year, where the chart's bands start.
    var anchor: Row?
    /// Where the dashed projection starts; the last fitted point unless the model says otherwise (Holt's level).
    var projectionStart: (x: Double, y: Double)?
    /// The methods used and their parameters (the `method` column).
    var method = ""
    /// How the prediction intervals were made (the `interval` column).
    var intervalMethod = ""
    /// What was done that the data did not say (warnings, and the `note` column).
    var notes: [String] = []
    /// The label of the fitted line.
    var fittedLabel: String

    init(series s: Series, model: TrendModel, to: Int, level: Double, threshold: Double?, alpha: Double?, beta: Double?,
         intervals: IntervalChoice = .calibrated) throws(TrendError) {
        series = s
        modelName = model.name
        fittedLabel = "\(model.name) fit"
        self.threshold = threshold
        let future = Array((s.lastYear + 1)...to)
        let observed = Array(s.firstYear...s.lastYear).map(Double.init)
        switch model {
        case .linear:
            let f = try LinearFit(s)
            rows = future.map { y in let p = f.prediction(at: Double(y), level: level)
                return Row(year: y, fit: p.fit, mean: p.meanInterval, pred: p.predictionInterval) }
            intervalMethod = "student-t"
            crossing = threshold.flatMap { f.crossing(threshold: $0) }
            fitted = observed.map { ($0, f.value(at: $0)) }
            let a = f.prediction(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.fit, mean: a.meanInterval, pred: a.predictionInterval)
        case .loglinear:
            let g = try LogLinearFit(s)
            rows = future.map { y in let p = g.projection(at: Double(y), level: level)
                return Row(year: y, fit: p.median, mean: p.meanInterval, pred: p.predictionInterval) }
            intervalMethod = "student-t, log scale"
            crossing = threshold.flatMap { g.crossing(threshold: $0) }
            fitted = observed.map { ($0, g.projection(at: $0).median) }
            let a = g.projection(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.median, mean: a.meanInterval, pred: a.predictionInterval)
        case .poly(let k):
            let p = try PolynomialFit(s, degree: k)
            rows = future.map { y in let q = p.prediction(at: Double(y), level: level)
                return Row(year: y, fit: q.fit, mean: q.meanInterval, pred: q.predictionInterval) }
            crossing = threshold.flatMap { p.crossing(threshold: $0, horizon: to) }
            if p.df == 0 {
                notes.append("poly\(k) on \(s.count) points has no degrees of freedom left: the curve passes through every point, R² = 1 says nothing, and there are no intervals")
                intervalMethod = "none (df = 0)"
            } else {
                intervalMethod = "student-t"
            }
            fitted = observed.map { ($0, p.value(at: $0)) }
            let a = p.prediction(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.fit, mean: a.meanInterval, pred: a.predictionInterval)
        case .holt:
            let h = try HoltFit(s, alpha: alpha, beta: beta)
            rows = future.map { y in let k = y - h.lastYear
                return Row(year: y, fit: h.forecast(steps: k), mean: nil, pred: h.predictionInterval(steps: k, level: level)) }
            crossing = threshold.flatMap { h.crossing(threshold: $0) }
            // The smoothed level, which ends where the forecasts start.
            fitted = h.smoothedLevels.map { (Double($0.year), $0.level) }
            fittedLabel = "holt smoothed level"
            projectionStart = (Double(h.lastYear), h.level)
            method = parameterText("alpha", h.alpha) + " " + parameterText("beta", h.beta)
            intervalMethod = "ets(A,A,N) normal"
            if !h.filledYears.isEmpty { notes.append(Projection.filledNote(h.filledYears)) }
        case .forecaster(let f, _):
            let grid = s.annualGrid
            let fitted = try f.fitted(grid.values, steps: future.count, series: s.name)
            let forecast = fitted.forecast
            method = forecast.parameters
            if intervals == .model {
                let bands = fitted.modelIntervals(level: level)
                rows = future.indices.map { Row(year: future[$0], fit: forecast.point[$0], mean: nil, pred: bands?[$0]) }
                intervalMethod = bands == nil ? "none (the model has no standard errors)"
                    : fitted.members.count > 1 ? "model (members' normal intervals, \(fitted.rule?.rawValue ?? "median") of each bound)" : "model (normal)"
            } else {
                let calibrated = CalibratedIntervals(grid.values, fitted: fitted, level: level)
                rows = future.indices.map { Row(year: future[$0], fit: forecast.point[$0], mean: nil, pred: calibrated.intervals[$0]) }
                switch calibrated.source {
                case .rollingOrigin: intervalMethod = "rolling-origin (\(calibrated.errors.first?.count ?? 0) origins)"
                case .model: intervalMethod = "model (series too short for rolling origins)"
                case .none: intervalMethod = "none"
                }
            }
            if !grid.filled.isEmpty { notes.append(Projection.filledNote(grid.filled)) }
            let start = (x: Double(s.lastYear), y: grid.values[grid.values.count - 1])
            projectionStart = start
            anchor = Row(year: s.lastYear, fit: start.y, mean: nil, pred: Interval(low: start.y, high: start.y))
            crossing = threshold.flatMap { Projection.crossing(of: $0, from: start, rows: rows, lastYear: s.lastYear) }
        }
    }

    /// The note for years filled by interpolation.
    static func filledNote(_ years: [Int]) -> String {
        let listed = years.prefix(5).map(String.init).joined(separator: ", ") + (years.count > 5 ? ", ..." : "")
        return "\(years.count) missing year(s) filled by linear interpolation (\(listed))"
    }

    /// The first crossing of `threshold` by the path from the last observation through the projected values,
    /// with the year interpolated linearly between the two years around it.
    static func crossing(of threshold: Double, from start: (x: Double, y: Double), rows: [Row], lastYear: Int) -> ThresholdCrossing? {
        var previous = start
        for r in rows {
            let current = (x: Double(r.year), y: r.fit)
            if (previous.y < threshold) != (current.y < threshold) {
                let year = previous.x + (threshold - previous.y) / (current.y - previous.y) * (current.x - previous.x)
                return ThresholdCrossing(threshold: threshold, year: year, direction: current.y > previous.y ? .up : .down,
                                         lastObservedYear: lastYear)
            }
            previous = current
        }
        return nil
    }

    /// A chart panel: points, fit, dashed projection from the last fitted value, interval bands.
    func panel(levelText: String) -> ChartPanel {
        let points = zip(series.years, series.values).map { (Double($0), $1) }
        let start = projectionStart ?? fitted.last
        var projectionLine: [(x: Double, y: Double)] = start.map { [$0] } ?? []
        projectionLine += rows.map { (Double($0.year), $0.fit) }
        func band(_ pick: (Row) -> Interval?) -> [(x: Double, low: Double, high: Double)] {
            let future = rows.compactMap { r in pick(r).map { (x: Double(r.year), low: $0.low, high: $0.high) } }
            guard !future.isEmpty else { return [] }
            if let a = anchor, let i = pick(a) { return [(Double(a.year), i.low, i.high)] + future }
            return (start.map { [(x: $0.x, low: $0.y, high: $0.y)] } ?? []) + future
        }
        var bands: [ChartBand] = []
        let pred = band { $0.pred }, mean = band { $0.mean }
        if !pred.isEmpty { bands.append(ChartBand(label: "\(levelText) prediction interval", points: pred, opacity: 0.15)) }
        if !mean.isEmpty { bands.append(ChartBand(label: "\(levelText) interval of the trend", points: mean, opacity: 0.28)) }
        return ChartPanel(title: series.name, points: points,
                          lines: (fitted.isEmpty ? [] : [ChartLine(label: fittedLabel, points: fitted)]) + [
                                  ChartLine(label: "projection", points: projectionLine, dashed: true)],
                          bands: bands, threshold: threshold)
    }
}
