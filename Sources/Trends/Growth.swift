import Foundation

/// The compound annual growth rate between the first and last points (Excel's RRI).
public struct CompoundGrowth: Sendable, Equatable {
    /// The first and last years.
    public let firstYear: Int, lastYear: Int
    /// The number of periods P = last year − first year (the calendar span, not the number of points).
    public let periods: Int
    /// The rate (y_last/y_first)^(1/P) − 1.
    public let rate: Double
    /// The last observed value.
    public let lastValue: Double

    /// The CAGR of `series`: `=RRI(P, y_first, y_last)`.
    ///
    /// - Throws: `TrendError.tooFewPoints` with fewer than 2 points, `.nonPositive` when an end value is ≤ 0.
    public init(_ series: Series) throws(TrendError) {
        guard series.count >= 2 else { throw .tooFewPoints(series: series.name, model: "cagr", needed: 2, got: series.count) }
        let first = series.values[0], last = series.values[series.count - 1]
        if !(first > 0) { throw .nonPositive(series: series.name, model: "cagr", year: series.firstYear, value: first) }
        if !(last > 0) { throw .nonPositive(series: series.name, model: "cagr", year: series.lastYear, value: last) }
        let (span, overflow) = series.lastYear.subtractingReportingOverflow(series.firstYear)
        if overflow {
            throw .numerical(series: series.name, model: "cagr", detail: "the span of years is too large")
        }
        firstYear = series.firstYear
        lastYear = series.lastYear
        periods = span
        rate = expm1(log(last / first) / Double(periods))
        lastValue = last
    }

    /// y_last·(1 + CAGR)^k, k years after the last.
    public func projection(steps k: Int) -> Double { lastValue * exp(Double(k) * log1p(rate)) }
}

/// A year-over-year change y_t/y_{t−1} − 1.
public struct YearOverYearChange: Sendable, Equatable {
    /// The year t.
    public let year: Int
    /// The change, or `nil` when year t − 1 is missing or its value is 0.
    public let change: Double?
}

extension Series {
    /// Year-over-year changes for every point after the first; undefined (`nil`) across a gap or after a zero.
    public var yearOverYear: [YearOverYearChange] {
        guard count >= 2 else { return [] }
        return (1..<count).map { i in
            let consecutive = years[i] - years[i - 1] == 1 && values[i - 1] != 0
            return YearOverYearChange(year: years[i], change: consecutive ? values[i] / values[i - 1] - 1 : nil)
        }
    }
}

extension CompoundGrowth {
    /// The spreadsheet formula that gives the same rate, `=RRI(P,first,last)`, for `first` the first value.
    public func excelFormula(first: Double) -> String { "=RRI(\(periods),\(first),\(lastValue))" }
}
