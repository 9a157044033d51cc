/// What a rate table holds for one currency: its first and last fixing, and the stretches in
/// between where the ECB published nothing (ISK from December 2008 to January 2018).
public struct CurrencyCoverage: Sendable, Hashable {
    /// A stretch of fixing days without a rate for the currency.
    public struct Gap: Sendable, Hashable {
        /// The first fixing day without a rate.
        public let from: CalendarDate
        /// The last fixing day without a rate.
        public let to: CalendarDate
    }

    /// The ISO 4217 code.
    public let code: String
    /// The first fixing day with a rate, or `nil` when the column is empty.
    public let first: CalendarDate?
    /// The last fixing day with a rate, or `nil` when the column is empty.
    public let last: CalendarDate?
    /// The number of fixing days with a rate.
    public let days: Int
    /// Stretches without a rate between ``first`` and ``last``.
    public let gaps: [Gap]

    let firstRow: Int
    let lastRow: Int

    init(code: String, firstRow: Int, lastRow: Int, count: Int, gaps: [Gap], days: [Int]) {
        self.code = code
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.first = firstRow >= 0 ? CalendarDate(daysSinceEpoch: days[firstRow]) : nil
        self.last = lastRow >= 0 ? CalendarDate(daysSinceEpoch: days[lastRow]) : nil
        self.days = count
        self.gaps = gaps
    }

    /// The coverage of every column of a table, in one pass over its rows in the order they lie in memory
    /// (a pass per column would stride across the whole table once per currency).
    static func all(codes: [String], days: [Int], rates: [Int64]) -> [CurrencyCoverage] {
        let width = codes.count
        struct Column {
            var firstRow = -1
            var lastRow = -1
            var count = 0
            var gapStart = -1
            var gaps: [Gap] = []
        }
        var columns = [Column](repeating: Column(), count: width)
        columns.withUnsafeMutableBufferPointer { columns in
            rates.withUnsafeBufferPointer { rates in
                guard let base = rates.baseAddress else { return }
                for row in days.indices {
                    let cells = base + row * width
                    for column in 0..<width {
                        if cells[column] == 0 {
                            if columns[column].firstRow >= 0, columns[column].gapStart < 0 { columns[column].gapStart = row }
                            continue
                        }
                        if columns[column].firstRow < 0 { columns[column].firstRow = row }
                        if columns[column].gapStart >= 0 {
                            columns[column].gaps.append(Gap(from: CalendarDate(daysSinceEpoch: days[columns[column].gapStart]),
                                                            to: CalendarDate(daysSinceEpoch: days[row - 1])))
                            columns[column].gapStart = -1
                        }
                        columns[column].lastRow = row
                        columns[column].count += 1
                    }
                }
            }
        }
        return codes.indices.map { c in
            CurrencyCoverage(code: codes[c], firstRow: columns[c].firstRow, lastRow: columns[c].lastRow,
                             count: columns[c].count, gaps: columns[c].gaps, days: days)
        }
    }

    /// The gap holding `date`, if any.
    public func gap(containing date: CalendarDate) -> Gap? {
        gaps.first { $0.from <= date && date <= $0.to }
    }
}
