import ArgumentParser
import SeriesTable
import Tabular
import Trends

/// `chiffres trend`: one row of fit statistics per series and model.
struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Fit trends (linear, log-linear, polynomial, Holt) to annual series: one row per series and model.",
        discussion: """
            Input: a long CSV (series,year,value), a wide CSV (year,A,B,...), the figures CSV of chiffres extract \
            (--by chooses the grouping), or a tidy table such as the NATO file \
            (--series country --where measure=defence_expenditure_share_of_gdp).

            Columns: series, model, n, df, first_year, last_year, intercept, slope, se_intercept, se_slope, r2, \
            adj_r2, resid_se, f, growth_rate, growth_low, growth_high, alpha, beta, level, trend, cagr, c2, error, note \
            (what was done that the data did not say: years Holt filled by interpolation, a polynomial with no \
            degrees of freedom left; also warned on standard error).
            intercept is the value at year 0 (as LINEST and statsmodels report it with calendar years); fits run on \
            centred years. loglinear rows give the regression of ln y (LOGEST rows 2-5) and the growth rate \
            exp(b)-1 with its interval; poly rows give calendar-year coefficients c0 (intercept), c1 (slope), c2; \
            holt rows give alpha, beta, the final level and trend (the chart draws the smoothed level), and resid_se = sqrt(SSE/n) of the one-step errors. \
            Undefined statistics are empty cells.

            Exit status: 0 when every series and model was fitted, 1 when some could not be (each reason is on \
            standard error and in the error column; the others are still written), 2 for usage errors.

            Examples:
              chiffres trend series.csv --model linear,holt
              chiffres trend datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \\
                --series country --where measure=defence_expenditure_share_of_gdp --svg trend.svg
              chiffres extract articles/ | chiffres trend - --layout figures --by kind,currency
            """
    )

    @OptionGroup var input: SeriesInputOptions
    @OptionGroup var out: TrendOutputOptions

    @Option(help: "Models, comma-separated: linear, loglinear, poly2 (or poly3...), holt.")
    var model = "linear,loglinear,poly2,holt"

    @Option(help: "Confidence level of the growth interval.")
    var level = 0.95

    @OptionGroup(title: "Holt")
    var holt: HoltOptions

    func validate() throws {
        try validateLevel(level)
        try out.validateTargets(input: input.file)
        for m in model.split(separator: ",") where TrendModel(String(m)).map({ $0.isForecaster }) ?? true {
            if TrendModel(String(m)) != nil {
                throw ValidationError("'\(m)' forecasts the years ahead; use chiffres project --model \(m) or chiffres backtest")
            }
            throw unknownModel(m)
        }
    }

    func run() throws {
        let models = model.split(separator: ",").compactMap { TrendModel(String($0)) }
        let input = try TrendIO.series(self.input)
        var problems = input.problems
        var (writer, workbook) = try out.makeWriter(header: FitRow.columns, sheet: "fits")
        var chartPanels: [ChartPanel] = []
        for name in input.problems.compactMap(\.series) {
            let why = input.problems.first { $0.series == name }?.message ?? ""
            for m in models { FitRow.failed(series: name, model: m.name, error: why).write(to: &writer) }
        }
        for s in input.series {
            let cagr = try? CompoundGrowth(s)
            var lines: [ChartLine] = []
            for (k, m) in models.enumerated() {
                do {
                    let fitted = try m.fit(s, level: level, alpha: holt.alpha, beta: holt.beta)
                    var row = fitted.row
                    row.cagr = cagr?.rate
                    if !row.note.isEmpty { standardError("chiffres: warning: series '\(s.name)', \(m.name): \(row.note)") }
                    row.write(to: &writer)
                    lines.append(ChartLine(label: "\(m.name) fit", points: fitted.curve, colour: k))
                } catch {
                    let message = "\(error)"
                    problems.append(SeriesProblem(series: s.name, message: message))
                    FitRow.failed(series: s.name, model: m.name, error: message).write(to: &writer)
                }
            }
            if chartPanels.count < 12 {
                chartPanels.append(ChartPanel(title: s.name, points: zip(s.years, s.values).map { (Double($0), $1) }, lines: lines))
            }
        }
        try TrendIO.finish(writer, workbook: workbook, out: out,
                           chart: Chart(title: "Trends", yLabel: input.unit, panels: chartPanels),
                           inputFile: self.input.file, seriesCount: input.series.count, problems: problems)
    }
}
