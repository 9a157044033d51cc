import ArgumentParser
import SeriesTable
import Tabular
import Trends

/// `chiffres project`: one row per series and future year, with intervals and the threshold crossing.
struct Project: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Project annual series to a horizon year with confidence and prediction intervals.",
        discussion: """
            Reads the same inputs as chiffres trend. Writes one row per series and year after the last observed \
            year, up to --to.

            Columns: series, model, year, fit, mean_low, mean_high, pred_low, pred_high, then with --threshold \
            crossing_year (the first whole year at or beyond the crossing) and crossing_year_exact.
            linear and poly: Student-t intervals (df = n - 2, n - 3). loglinear: fit is the median exp(ln-fit) \
            (GROWTH), intervals are exp() of the ln-scale ones. holt: ETS(A,A,N) prediction intervals (normal \
            quantile), no mean interval. A crossing may lie before the last observed year (already crossed) for \
            linear, loglinear and holt; poly reports the first crossing after the last year, up to --to.

            Exit status: 0 when every series was projected, 1 when some could not be (reasons on standard error), \
            2 for usage errors.

            Examples:
              chiffres project series.csv --to 2030
              chiffres project datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \\
                --series country --where measure=defence_expenditure_share_of_gdp \\
                --to 2035 --threshold 3.5 --model loglinear
            """
    )

    @OptionGroup var input: SeriesInputOptions
    @OptionGroup var out: TrendOutputOptions

    @Option(help: "The last year to project to, e.g. 2030.")
    var to: Int

    @Option(help: "linear, loglinear, poly2 (poly1...poly6) or holt.")
    var model = "linear"

    @Option(help: "Confidence level of the intervals.")
    var level = 0.95

    @Option(help: "Report when the trend reaches this value (crossing_year columns).")
    var threshold: Double?

    @OptionGroup(title: "Holt")
    var holt: HoltOptions

    func validate() throws {
        try validateLevel(level)
        guard TrendModel(model) != nil else {
            throw unknownModel(model)
        }
        guard (1...9999).contains(to) else { throw ValidationError("--to must be a year such as 2030") }
        if let threshold, !threshold.isFinite { throw ValidationError("--threshold must be a finite number") }
    }

    func run() throws {
        let model = TrendModel(self.model) ?? .linear
        let input: SeriesInput
        do { input = try SeriesInput(bytes: TrendIO.read(self.input.file), source: self.input.file, options: self.input) } catch {
            TrendIO.report([error])
            throw ExitCode(1)
        }
        var problems = input.problems
        var writer = CSVWriter(dialect: out.dialect)
        var header = ["series", "model", "year", "fit", "mean_low", "mean_high", "pred_low", "pred_high"]
        if threshold != nil { header += ["crossing_year", "crossing_year_exact"] }
        writer.writeRecord(header)
        var panels: [ChartPanel] = []
        for s in input.series {
            guard to > s.lastYear else {
                problems.append(SeriesProblem(series: s.name, message: "series '\(s.name)': its last year is \(s.lastYear); give --to after it"))
                continue
            }
            do {
                let projection = try Projection(series: s, model: model, to: to, level: level, threshold: threshold, alpha: holt.alpha, beta: holt.beta)
                for p in projection.rows {
                    var fields: [CSVField] = [.text(s.name), .text(model.name), .integer(p.year), .number(p.fit),
                                              .number(p.mean?.low), .number(p.mean?.high), .number(p.pred?.low), .number(p.pred?.high)]
                    if threshold != nil {
                        fields += [.whole(projection.crossing?.firstWholeYear), .number(projection.crossing?.year)]
                    }
                    writer.writeRecord(fields)
                }
                if panels.count < 12 { panels.append(projection.panel(levelText: "\(Int((level * 100).rounded())) %")) }
            } catch {
                problems.append(SeriesProblem(series: s.name, message: "\(error)"))
            }
        }
        try TrendIO.finish(writer, out: out, chart: Chart(title: "Projection to \(to) (\(model.name))", yLabel: input.unit,
                                                         panels: panels),
                           seriesCount: input.series.count, problems: problems)
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

    init(series s: Series, model: TrendModel, to: Int, level: Double, threshold: Double?, alpha: Double?, beta: Double?) throws(TrendError) {
        series = s
        modelName = model.name
        self.threshold = threshold
        let future = Array((s.lastYear + 1)...to)
        let observed = Array(s.firstYear...s.lastYear).map(Double.init)
        switch model {
        case .linear:
            let f = try LinearFit(s)
            rows = future.map { y in let p = f.prediction(at: Double(y), level: level)
                return Row(year: y, fit: p.fit, mean: p.meanInterval, pred: p.predictionInterval) }
            crossing = threshold.flatMap { f.crossing(threshold: $0) }
            fitted = observed.map { ($0, f.value(at: $0)) }
            let a = f.prediction(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.fit, mean: a.meanInterval, pred: a.predictionInterval)
        case .loglinear:
            let g = try LogLinearFit(s)
            rows = future.map { y in let p = g.projection(at: Double(y), level: level)
                return Row(year: y, fit: p.median, mean: p.meanInterval, pred: p.predictionInterval) }
            crossing = threshold.flatMap { g.crossing(threshold: $0) }
            fitted = observed.map { ($0, g.projection(at: $0).median) }
            let a = g.projection(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.median, mean: a.meanInterval, pred: a.predictionInterval)
        case .poly(let k):
            let p = try PolynomialFit(s, degree: k)
            rows = future.map { y in let q = p.prediction(at: Double(y), level: level)
                return Row(year: y, fit: q.fit, mean: q.meanInterval, pred: q.predictionInterval) }
            crossing = threshold.flatMap { p.crossing(threshold: $0, horizon: to) }
            fitted = observed.map { ($0, p.value(at: $0)) }
            let a = p.prediction(at: Double(s.lastYear), level: level)
            anchor = Row(year: s.lastYear, fit: a.fit, mean: a.meanInterval, pred: a.predictionInterval)
        case .holt:
            let h = try HoltFit(s, alpha: alpha, beta: beta)
            rows = future.map { y in let k = y - h.lastYear
                return Row(year: y, fit: h.forecast(steps: k), mean: nil, pred: h.predictionInterval(steps: k, level: level)) }
            crossing = threshold.flatMap { h.crossing(threshold: $0) }
            fitted = zip(h.years, zip(h.values, h.oneStepErrors)).map { (Double($0), $1.0 - $1.1) }
            // The forecasts run from the final smoothed level, not from the last one-step forecast.
            projectionStart = (Double(h.lastYear), h.level)
        }
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
                          lines: [ChartLine(label: "\(modelName) fit", points: fitted),
                                  ChartLine(label: "projection", points: projectionLine, dashed: true)],
                          bands: bands, threshold: threshold)
    }
}
