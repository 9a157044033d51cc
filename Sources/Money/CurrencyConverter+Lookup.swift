extension CurrencyConverter {
    /// Units of `currency` per euro on `day.date`.
    func perEuro(_ currency: CurrencyCode, on day: FixingDay) -> PerEuro {
        if currency.isEuro { return .euro }
        let code = currency.code
        let date = day.date
        let fixed = currency.fixed
        let column = currency.column
        if let fixed, date >= fixed.since { return .fixed(fixed, warnings: stoppedNote(column, fixed, after: date)) }
        if column == nil, fixed == nil { return .missing(.noRate(code)) }
        guard let row = day.row else {
            if let fixed { return .fixed(fixed) }  // euro-fixed: no market rate this early
            return .missing(date < table.firstDate
                ? .beforeCoverage(date, first: table.firstDate)
                : .afterCoverage(date, last: table.lastDate))
        }
        guard let column else { return fixed.map { .fixed($0) } ?? .missing(.noRate(code)) }
        if let value = table.storedRate(row: row, column: column) {
            return PerEuro(ratio: ExactRatio(value), row: row)
        }
        if let fixed { return .fixed(fixed) }
        return .missing(unpublished(code, column: column, row: row, asked: date.description))
    }

    /// Units of `currency` per euro averaged over `year`.
    func perEuro(_ currency: CurrencyCode, averageOf year: Int) -> PerEuro {
        if currency.isEuro { return .euro }
        let code = currency.code
        let fixed = currency.fixed
        if let fixed, fixed.since.year < year || (fixed.since.year == year && fixed.since.month == 1 && fixed.since.day == 1) {
            let firstDay = CalendarDate(year: year, month: 1, day: 1) ?? fixed.since
            return .fixed(fixed, warnings: stoppedNote(currency.column, fixed, after: firstDay))
        }
        guard let column = currency.column else {
            return fixed.map { .fixed($0) } ?? .missing(.noRate(code))
        }
        guard let total = table.yearly.total(year: year, column: column) else {
            if let fixed { return .fixed(fixed) }
            return .missing(.yearOutsideCoverage(year, first: table.firstDate.year, last: table.lastDate.year))
        }
        guard total.days > 0 else {
            if let fixed { return .fixed(fixed) }
            let row = table.row(onOrBefore: CalendarDate(year: year, month: 12, day: 31) ?? table.lastDate) ?? 0
            return .missing(unpublished(code, column: column, row: row, asked: String(year)))
        }
        var warnings: [MoneyWarning] = []
        if let partial = partialYear(year) { warnings.append(partial) }
        if total.days < total.fixingDays {
            warnings.append(.partialCurrencyYear(code, year: year, days: total.days, fixingDays: total.fixingDays))
        }
        let sum = ExactDecimal(significand: total.sum, exponent: ECBRateTable.scaleExponent)
        return PerEuro(ratio: ExactRatio(sum, over: ExactDecimal(significand: Int64(total.days))),
                       usesTable: true, warnings: warnings)
    }

    /// Units of `currency` per euro averaged over a month: the mean of its fixings that month (at most 23 rows,
    /// summed exactly when asked).
    func perEuro(_ currency: CurrencyCode, averageOf year: Int, month: Int) -> PerEuro {
        if currency.isEuro { return .euro }
        let code = currency.code
        let fixed = currency.fixed
        guard let first = CalendarDate(year: year, month: month, day: 1),
              let next = month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1)
                : CalendarDate(year: year, month: month + 1, day: 1) else { return .missing(.noRate(code)) }
        let last = CalendarDate(daysSinceEpoch: next.daysSinceEpoch - 1)
        if let fixed, fixed.since <= first { return .fixed(fixed, warnings: stoppedNote(currency.column, fixed, after: first)) }
        guard let column = currency.column else { return fixed.map { .fixed($0) } ?? .missing(.noRate(code)) }
        guard let lastRow = table.row(onOrBefore: last), table.dates[lastRow] >= first else {
            if let fixed { return .fixed(fixed) }
            return .missing(first > table.lastDate ? .afterCoverage(first, last: table.lastDate)
                : .beforeCoverage(last, first: table.firstDate))
        }
        var row = lastRow
        var sum: Int64 = 0
        var days: Int64 = 0
        while row >= 0, table.dates[row] >= first {
            if let scaled = table.storedScaledRate(row: row, column: column) {
                let (total, overflow) = sum.addingReportingOverflow(scaled)
                guard !overflow else { return .missing(.tooLarge) }
                sum = total
                days += 1
            }
            row -= 1
        }
        guard days > 0 else {
            if let fixed { return .fixed(fixed) }
            let asked = String(year) + (month < 10 ? "-0" : "-") + String(month)
            return .missing(unpublished(code, column: column, row: lastRow, asked: asked))
        }
        let average = ExactDecimal(significand: sum, exponent: ECBRateTable.scaleExponent)
        return PerEuro(ratio: ExactRatio(average, over: ExactDecimal(significand: days)), usesTable: true, warnings: [])
    }

    /// Why the ECB has no rate for a currency on a row where its column is `N/A`.
    private func unpublished(_ code: String, column: Int, row: Int, asked: String) -> MoneyWarning {
        let coverage = table.coverage[column]
        guard let first = coverage.first, let last = coverage.last else { return .noRate(code) }
        if row < coverage.firstRow { return .notYetPublished(code, first: first, asked: asked) }
        if row > coverage.lastRow { return .discontinued(code, last: last, fixed: nil) }
        if let gap = coverage.gap(containing: table.dates[row]) { return .suspended(code, gap: gap) }
        return .noRate(code)
    }

    /// A note that the ECB stopped publishing a currency now converted at its fixed rate (HRK, BGN).
    private func stoppedNote(_ column: Int?, _ fixed: FixedEuroRate, after date: CalendarDate) -> [MoneyWarning] {
        guard let column, let last = table.coverage[column].last, last < date else { return [] }
        return [.discontinued(fixed.code, last: last, fixed: fixed)]
    }

    /// A warning when the table does not cover the whole of `year`: it starts after the year's first
    /// weekday after New Year's Day, or ends before its last weekday.
    func partialYear(_ year: Int) -> MoneyWarning? {
        let y = year - table.yearly.firstYear
        guard table.yearly.rowRanges.indices.contains(y), let rows = table.yearly.rowRanges[y] else { return nil }
        let first = table.dates[rows.lowerBound]
        let last = table.dates[rows.upperBound]
        let startsLate = rows.lowerBound == 0 && first > Self.firstWeekday(of: year)
        let endsEarly = rows.upperBound == table.dates.count - 1 && last < Self.lastWeekday(of: year)
        guard startsLate || endsEarly else { return nil }
        return .partialYear(year, from: first, to: last, days: rows.count)
    }

    private static func firstWeekday(of year: Int) -> CalendarDate {
        var day = CalendarDate(year: year, month: 1, day: 2) ?? CalendarDate(daysSinceEpoch: 0)
        while day.weekday > 5 { day = day.adding(days: 1) }
        return day
    }

    private static func lastWeekday(of year: Int) -> CalendarDate {
        var day = CalendarDate(year: year, month: 12, day: 31) ?? CalendarDate(daysSinceEpoch: 0)
        while day.weekday > 5 { day = day.adding(days: -1) }
        return day
    }
}
