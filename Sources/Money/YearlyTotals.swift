/// Sums and counts of a rate table's daily rates per calendar year and currency, from which yearly
/// averages are exact ratios (sum / days).
struct YearlyTotals: Sendable {
    /// The first year of the table.
    let firstYear: Int
    /// Fixing days per year (`rows[year - firstYear]`).
    let rows: [Int]
    /// Sums of the scaled rates (`sums[(year - firstYear) * width + column]`).
    let sums: [Int64]
    /// Days with a rate; -1 when the sum overflowed (no average is given then).
    let counts: [Int]
    /// Currencies per row.
    let width: Int
    /// For each year, the first and last row of the table in it.
    let rowRanges: [ClosedRange<Int>?]

    init(days: [Int], rates: [Int64], width: Int) {
        let years = days.map { CalendarDate(daysSinceEpoch: $0).year }
        let first = years.first ?? 0
        let span = (years.last ?? first) - first + 1
        var rows = [Int](repeating: 0, count: span)
        var sums = [Int64](repeating: 0, count: span * width)
        var counts = [Int](repeating: 0, count: span * width)
        var rowRanges = [ClosedRange<Int>?](repeating: nil, count: span)
        for (row, year) in years.enumerated() {
            let y = year - first
            rows[y] += 1
            rowRanges[y] = (rowRanges[y]?.lowerBound ?? row)...row
            for column in 0..<width {
                let value = rates[row * width + column]
                let cell = y * width + column
                guard value != 0, counts[cell] >= 0 else { continue }
                let (sum, overflow) = sums[cell].addingReportingOverflow(value)
                sums[cell] = sum
                counts[cell] = overflow ? -1 : counts[cell] + 1
            }
        }
        self.firstYear = first
        self.rows = rows
        self.sums = sums
        self.counts = counts
        self.width = width
        self.rowRanges = rowRanges
    }

    /// The sum (scaled by 10^8) and the number of days with a rate, or `nil` outside the table or
    /// when the sum does not fit.
    func total(year: Int, column: Int) -> (sum: Int64, days: Int, fixingDays: Int)? {
        let y = year - firstYear
        guard rows.indices.contains(y), rows[y] > 0, counts[y * width + column] >= 0 else { return nil }
        return (sums[y * width + column], counts[y * width + column], rows[y])
    }
}
