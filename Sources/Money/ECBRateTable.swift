/// The euro foreign exchange reference rates of the European Central Bank: one row per fixing day,
/// one column per currency, in units of the currency per euro.
///
/// Build one from the bytes of the ECB's `eurofxref-hist.zip` (or the `eurofxref-hist.csv` inside
/// it) with ``init(contentsOf:)``; a newer download from the ECB reads the same way. Rates are kept
/// exactly as published (up to 8 decimals); `N/A` means the ECB published no rate that day.
///
/// Cross rates, weekends and discontinued currencies are handled by ``CurrencyConverter``; this type
/// answers what the file says.
public struct ECBRateTable: Sendable {
    /// The table's contents, shared by copies (one reference to count, not eight).
    final class Storage: Sendable {
        let currencies: [String]
        let dates: [CalendarDate]
        let coverage: [CurrencyCoverage]
        /// `dates` as days since 1970-01-01, for binary search.
        let days: [Int]
        /// Row-major rates scaled by 10^8 (`rates[row * currencies.count + column]`); 0 = not published.
        let rates: [Int64]
        /// Column by ``CurrencyCodeIndex`` key, -1 for none.
        let columns: [Int16]
        /// Per-year sums and counts of the rates, for yearly averages.
        let yearly: YearlyTotals

        init(currencies: [String], days: [Int], rates: [Int64]) {
            self.currencies = currencies
            self.days = days
            self.rates = rates
            self.dates = days.map { CalendarDate(daysSinceEpoch: $0) }
            self.columns = CurrencyCodeIndex.table(currencies) { $0 }
            self.coverage = CurrencyCoverage.all(codes: currencies, days: days, rates: rates)
            self.yearly = YearlyTotals(days: days, rates: rates, width: currencies.count)
        }
    }

    let storage: Storage

    /// The currency codes of the file's columns, in the file's order.
    public var currencies: [String] { storage.currencies }
    /// The fixing days, oldest first.
    public var dates: [CalendarDate] { storage.dates }
    /// What the table holds for each currency, in the order of ``currencies``.
    public var coverage: [CurrencyCoverage] { storage.coverage }
    var yearly: YearlyTotals { storage.yearly }

    /// The scale of stored rates: a stored 118740000 is 1.1874.
    static let scaleExponent = -8

    /// The first fixing day.
    public var firstDate: CalendarDate { storage.dates[0] }
    /// The last fixing day.
    public var lastDate: CalendarDate { storage.dates[storage.dates.count - 1] }

    init(currencies: [String], days: [Int], rates: [Int64]) {
        storage = Storage(currencies: currencies, days: days, rates: rates)
    }

    /// The column of `code`, or `nil` when the file has none.
    func column(of code: String) -> Int? {
        guard let key = CurrencyCodeIndex.key(of: code)?.key else { return nil }
        return column(key: key)
    }

    /// The column of a ``CurrencyCodeIndex`` key, or `nil` when the file has none.
    func column(key: Int) -> Int? {
        let column = storage.columns[key]
        return column < 0 ? nil : Int(column)
    }

    /// What the table holds for `code`, or `nil` when the file has no such column.
    public func coverage(of code: String) -> CurrencyCoverage? {
        column(of: code).map { storage.coverage[$0] }
    }

    /// The units of `code` per euro published on the fixing day `dates[row]`, or `nil` for `N/A`.
    public func rate(of code: String, row: Int) -> ExactDecimal? {
        guard let column = column(of: code), storage.dates.indices.contains(row) else { return nil }
        return storedRate(row: row, column: column)
    }

    /// The index of the last fixing day on or before `date`, or `nil` when `date` is before the first.
    public func row(onOrBefore date: CalendarDate) -> Int? {
        let target = date.daysSinceEpoch
        return storage.days.withUnsafeBufferPointer { days in
            var low = 0
            var high = days.count
            while low < high {
                let mid = (low + high) / 2
                if days[mid] <= target { low = mid + 1 } else { high = mid }
            }
            return low == 0 ? nil : low - 1
        }
    }

    /// Whether `date` is within the table: from the first fixing day to the last, and the weekend
    /// right after the last one when it is a Friday (its rates hold until Monday).
    public func covers(_ date: CalendarDate) -> Bool {
        guard date >= firstDate else { return false }
        if date <= lastDate { return true }
        return lastDate.weekday == 5 && date.daysSinceEpoch - lastDate.daysSinceEpoch <= 2
    }

    /// The stored rate scaled by 10^8, or `nil` for `N/A`.
    func storedScaledRate(row: Int, column: Int) -> Int64? {
        let scaled = storage.rates[row * storage.currencies.count + column]
        return scaled == 0 ? nil : scaled
    }

    func storedRate(row: Int, column: Int) -> ExactDecimal? {
        let scaled = storage.rates[row * storage.currencies.count + column]
        return scaled == 0 ? nil : ExactDecimal(significand: scaled, exponent: ECBRateTable.scaleExponent)
    }
}
