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
        let first = days.first.map { CalendarDate(daysSinceEpoch: $0).year } ?? 0
        let span = (days.last.map { CalendarDate(daysSinceEpoch: $0).year } ?? first) - first + 1
        var rows = [Int](repeating: 0, count: span)
        var sums = [Int64](repeating: 0, count: span * width)
        var counts = [Int](repeating: 0, count: span * width)
        var rowRanges = [ClosedRange<Int>?](repeating: nil, count: span)
        // Rows come a year at a time: find each year's rows, then add them up column by column in one sweep.
        var row = 0
        while row < days.count {
            let year = CalendarDate(daysSinceEpoch: days[row]).year
            let next = CalendarDate(year: year + 1, month: 1, day: 1)?.daysSinceEpoch ?? Int.max
            var end = row + 1
            while end < days.count, days[end] < next { end += 1 }
            let y = year - first
            rows[y] = end - row
            rowRanges[y] = row...(end - 1)
            rates.withUnsafeBufferPointer { rates in
                sums.withUnsafeMutableBufferPointer { sums in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for r in row..<end {
                            let values = rates.baseAddress.unsafelyUnwrapped + r * width
                            for column in 0..<width where values[column] != 0 {
                                let cell = y * width + column
                                guard counts[cell] >= 0 else { continue }
                                let (sum, overflow) = sums[cell].addingReportingOverflow(values[column])
                                sums[cell] = sum
                                counts[cell] = overflow ? -1 : counts[cell] + 1
                            }
                        }
                    }
                }
            }
            row = end
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
