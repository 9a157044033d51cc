import ArgumentParser
import SeriesTable
import Tabular
import Trends

/// `chiffres backtest`: how each model would have forecast the series' own last years.
struct Backtest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Rolling-origin evaluation: how each model would have forecast the series' own recent years.",
        discussion: """
            Reads the same inputs as chiffres trend and project. For each series and model, the series is cut at \
            each of the last --origins years that leave --horizon years to check; the model is fitted on the years \
            before the cut (its intervals calibrated on those years only, as project does, or with --intervals model \
            the models' own) and its forecasts of the next --horizon years compared with what happened.

            Columns: series, model, origins, horizon, smape, mase, mae, rmse, coverage, msis, level, method, note. \
            smape: mean of 200|y - f|/(|y| + |f|); mase: mean absolute error over the mean absolute yearly change \
            before the cut; coverage: the share of actuals inside the prediction interval at --level; msis: the \
            interval score (width plus 2/(1 - level) times any miss) scaled like mase. Each series' figures are \
            means over its origins; a last row per model, with series "(mean)", averages every origin of every series.

            Exit status: 0 when every series and model was evaluated, 1 when some could not be (reasons on \
            standard error), 2 for usage errors.

            Examples:
              chiffres backtest series.csv --horizon 6 --origins 10
              chiffres backtest datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \\
                --series country --where measure=defence_expenditure_share_of_gdp --model auto,linear,holt
            """
    )

    @OptionGroup var input: SeriesInputOptions
    @OptionGroup var out: TrendOutputOptions

    @Option(help: "Years ahead to forecast from each origin.")
    var horizon = 3

    @Option(help: "How many origins (cuts) per series.")
    var origins = 5

    @Option(help: "Models, comma-separated: any model of project.")
    var model = "auto,drift,naive,damped,theta,linear"

    @Option(help: "Level of the prediction intervals scored.")
    var level = 0.95

    @Option(help: IntervalChoice.help)
    var intervals = IntervalChoice.calibrated

    @OptionGroup(title: "Holt")
    var holt: HoltOptions

    func validate() throws {
        try validateLevel(level)
        try out.validateTargets(input: input.file)
        for m in model.split(separator: ",") where TrendModel(String(m)) == nil { throw unknownModel(m, forecasting: true) }
        guard (1...50).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 50 years") }
        guard (1...100).contains(origins) else { throw ValidationError("--origins must be between 1 and 100") }
    }

    func run() throws {
        let models = model.split(separator: ",").compactMap { TrendModel(String($0)) }
        let input = try TrendIO.series(self.input)
        var problems = input.problems
        var (writer, workbook) = try out.makeWriter(header: BacktestRow.columns, sheet: "backtest")
        var totals = models.map { BacktestRow(series: "(mean)", model: $0.name, horizon: horizon, level: level) }
        var panels: [ChartPanel] = []
        for s in input.series {
            var lines: [ChartLine] = []
            for (i, m) in models.enumerated() {
                let result = BacktestRun(series: s, model: m, horizon: horizon, origins: origins, level: level,
                                         alpha: holt.alpha, beta: holt.beta, intervals: intervals)
                if let why = result.failure {
                    problems.append(SeriesProblem(series: s.name, message: why))
                    continue
                }
                result.row.write(to: &writer)
                totals[i].add(result.row)
                lines.append(ChartLine(label: "\(m.name) from each origin", points: result.path, dashed: true, colour: i))
            }
            if panels.count < 12 {
                panels.append(ChartPanel(title: s.name, points: zip(s.years, s.values).map { (Double($0), $1) }, lines: lines))
            }
        }
        for t in totals where t.origins > 0 { t.averaged().write(to: &writer) }
        try TrendIO.finish(writer, workbook: workbook, out: out, chart: Chart(title: "Backtest, \(horizon) years ahead", yLabel: input.unit, panels: panels),
                           inputFile: self.input.file, seriesCount: input.series.count, problems: problems)
    }
}

/// One model's rolling-origin evaluation on one series.
struct BacktestRun {
    var row: BacktestRow
    /// The forecasts from each origin, joined (for the chart).
    var path: [(x: Double, y: Double)] = []
    /// Why it could not be evaluated, if so.
    var failure: String?

    init(series s: Series, model: TrendModel, horizon: Int, origins: Int, level: Double, alpha: Double?, beta: Double?,
         intervals: IntervalChoice = .calibrated) {
        row = BacktestRow(series: s.name, model: model.name, horizon: horizon, level: level)
        let grid = s.annualGrid
        let n = grid.values.count
        let last = n - horizon
        let first = max(2, last - origins + 1)
        guard last >= 2, first <= last else {
            failure = "series '\(s.name)': \(n) years leave no origin with \(horizon) years to check; use a shorter --horizon"
            return
        }
        var methods: Set<String> = []
        var notes: Set<String> = []
        var scores: [ForecastAccuracy] = []
        var lastError: String?
        for cut in first...last {
            let train = Array(grid.values[0..<cut]), actual = Array(grid.values[cut..<(cut + horizon)])
            guard let part = try? Series(name: s.name, years: Array(grid.years[0..<cut]), values: train) else { continue }
            do {
                let p = try Projection(series: part, model: model, to: grid.years[cut - 1] + horizon, level: level,
                                       threshold: nil, alpha: alpha, beta: beta, intervals: intervals)
                let pred = p.rows.map { $0.pred ?? Interval(low: .nan, high: .nan) }
                let hasIntervals = p.rows.allSatisfy { $0.pred != nil }
                scores.append(ForecastAccuracy(actuals: actual, forecasts: p.rows.map(\.fit), intervals: hasIntervals ? pred : nil,
                                               level: level, history: train))
                methods.insert(p.method)
                notes.formUnion(p.notes)
                path += [(Double(grid.years[cut - 1]), train[cut - 1])] + p.rows.map { (Double($0.year), $0.fit) }
            } catch {
                lastError = "\(error)"
            }
        }
        if !grid.filled.isEmpty { notes.insert(Projection.filledNote(grid.filled)) }
        guard !scores.isEmpty else {
            failure = lastError ?? "series '\(s.name)': no origin could be evaluated"
            return
        }
        for a in scores { row.add(a) }
        row = row.averaged()
        row.method = methods.count == 1 ? (methods.first ?? "") : "varies by origin"
        row.note = notes.sorted().joined(separator: "; ")
    }
}

/// One row of `chiffres backtest`: sums while accumulating, means once `averaged()`.
struct BacktestRow {
    /// The contract: these names, in this order (add new columns at the end only).
    static let columns = ["series", "model", "origins", "horizon", "smape", "mase", "mae", "rmse", "coverage", "msis",
                          "level", "method", "note"]

    var series: String
    var model: String
    var horizon: Int
    var level: Double
    var origins = 0
    var smape = 0.0, mae = 0.0, rmse = 0.0
    var mase: Double? = 0, coverage: Double? = 0, msis: Double? = 0
    var method = "", note = ""

    init(series: String, model: String, horizon: Int, level: Double) {
        self.series = series
        self.model = model
        self.horizon = horizon
        self.level = level
    }

    /// Adds one origin's scores (a missing MASE, coverage or MSIS makes the mean missing).
    mutating func add(_ a: ForecastAccuracy) {
        origins += 1
        smape += a.smape; mae += a.mae; rmse += a.rmse
        mase = mase.flatMap { m in a.mase.map { m + $0 } }
        coverage = coverage.flatMap { c in a.coverage.map { c + $0 } }
        msis = msis.flatMap { m in a.msis.map { m + $0 } }
    }

    /// Adds a series' (averaged) row to a summary.
    mutating func add(_ row: BacktestRow) {
        let k = Double(row.origins)
        origins += row.origins
        smape += row.smape * k; mae += row.mae * k; rmse += row.rmse * k
        mase = mase.flatMap { m in row.mase.map { m + $0 * k } }
        coverage = coverage.flatMap { c in row.coverage.map { c + $0 * k } }
        msis = msis.flatMap { m in row.msis.map { m + $0 * k } }
    }

    /// The means over the origins added.
    func averaged() -> BacktestRow {
        var r = self
        let k = Double(max(origins, 1))
        r.smape /= k; r.mae /= k; r.rmse /= k
        r.mase = mase.map { $0 / k }; r.coverage = coverage.map { $0 / k }; r.msis = msis.map { $0 / k }
        return r
    }

    func write<W: RecordWriter>(to writer: inout W) {
        writer.writeRecord([.text(series), .text(model), .integer(origins), .integer(horizon), .number(smape), .number(mase),
                            .number(mae), .number(rmse), .number(coverage), .number(msis), .number(level), .text(method), .text(note)])
    }
}
