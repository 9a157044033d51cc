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

    init(column: Int, code: String, days: [Int], rates: [Int64], width: Int) {
        self.code = code
        var firstRow = -1
        var lastRow = -1
        var count = 0
        var gaps: [Gap] = []
        var gapStart = -1
        rates.withUnsafeBufferPointer { rates in
            let cells = rates.baseAddress.unsafelyUnwrapped + column
            for row in days.indices {
                if cells[row * width] == 0 {
                    if firstRow >= 0, gapStart < 0 { gapStart = row }
                    continue
                }
                if firstRow < 0 { firstRow = row }
                if gapStart >= 0 {
                    gaps.append(Gap(from: CalendarDate(daysSinceEpoch: days[gapStart]),
                                    to: CalendarDate(daysSinceEpoch: days[row - 1])))
                    gapStart = -1
                }
                lastRow = row
                count += 1
            }
        }
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.first = firstRow >= 0 ? CalendarDate(daysSinceEpoch: days[firstRow]) : nil
        self.last = lastRow >= 0 ? CalendarDate(daysSinceEpoch: days[lastRow]) : nil
        self.days = count
        self.gaps = gaps
    }

    /// The gap holding `date`, if any.
    public func gap(containing date: CalendarDate) -> Gap? {
        gaps.first { $0.from <= date && date <= $0.to }
    }
}
