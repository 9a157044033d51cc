/// Why a conversion or a deflation gave no value, or what a reader should know about the one it gave.
///
/// A missing rate is never replaced by an invented one: the converted value is `nil` and one of these
/// says why. Some warnings come with a value (a yearly average over part of a year, a currency the
/// ECB no longer publishes that converts at its fixed euro rate); ``blocksValue`` tells which.
public enum MoneyWarning: Sendable, Hashable, CustomStringConvertible {
    /// The code is not a currency Chiffres knows; the closest known codes are given.
    case unknownCurrency(String, closest: [String])
    /// Neither the ECB nor a fixed rate gives a rate for this currency.
    case noRate(String)
    /// The date is before the first fixing of the rate table.
    case beforeCoverage(CalendarDate, first: CalendarDate)
    /// The date is after the last fixing of the rate table.
    case afterCoverage(CalendarDate, last: CalendarDate)
    /// The year is outside the rate table.
    case yearOutsideCoverage(Int, first: Int, last: Int)
    /// The ECB started publishing the currency after the date.
    case notYetPublished(String, first: CalendarDate, asked: String)
    /// The ECB stopped publishing the currency; `fixed` is the euro rate it converts at since, if any.
    case discontinued(String, last: CalendarDate, fixed: FixedEuroRate?)
    /// The ECB published no rate for the currency over a stretch that holds the date.
    case suspended(String, gap: CurrencyCoverage.Gap)
    /// The year's average is over the days the ECB published the currency, not the whole year.
    case partialCurrencyYear(String, year: Int, days: Int, fixingDays: Int)
    /// The rate table covers only part of the year; its average is over the days it holds.
    case partialYear(Int, from: CalendarDate, to: CalendarDate, days: Int)
    /// There is no date (no article date and no year) to take a rate at.
    case noDate
    /// The exact result needs more than 18 digits at the rounding asked for.
    case tooLarge
    /// The deflator has no index for the year.
    case noDeflatorIndex(year: Int, deflator: String)
    /// The deflator measures prices in another currency than the value's.
    case deflatorCurrency(deflator: String, measures: String, value: String)
    /// The figure spans several years; deflating needs one.
    case spansYears(String)

    /// Whether the warning means no value was given.
    public var blocksValue: Bool {
        switch self {
        case .discontinued(_, _, let fixed): return fixed == nil
        case .partialCurrencyYear, .partialYear: return false
        default: return true
        }
    }

    /// A sentence saying what happened and what to do.
    public var description: String {
        switch self {
        case .unknownCurrency(let code, let closest):
            let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
            return "unknown currency code '\(code)'\(hint); use an ISO 4217 code such as EUR or USD"
        case .noRate(let code):
            return "no rate for \(code): the ECB does not publish it and it has no fixed euro rate"
        case .beforeCoverage(let date, let first):
            return "no rate on \(date): the rate table starts on \(first)"
        case .afterCoverage(let date, let last):
            return "no rate on \(date): the rate table ends on \(last); download a newer eurofxref-hist.zip from the ECB"
        case .yearOutsideCoverage(let year, let first, let last):
            return "no average for \(year): the rate table covers \(first) to \(last)"
        case .notYetPublished(let code, let first, let asked):
            return "no rate for \(code) in \(asked): the ECB publishes it from \(first) on"
        case .discontinued(let code, let last, let fixed?):
            return "the ECB stopped publishing \(code) after \(last); converted at its \(fixed.kind.rawValue) "
                + "(\(fixed.unitsPerEuro) per euro since \(fixed.since))"
        case .discontinued(let code, let last, nil):
            return "no rate for \(code): the ECB stopped publishing it after \(last) (its last rate)"
        case .suspended(let code, let gap):
            return "no rate for \(code): the ECB published none from \(gap.from) to \(gap.to)"
        case .partialCurrencyYear(let code, let year, let days, let fixingDays):
            return "the \(year) average of \(code) is over \(days) of \(fixingDays) fixing days (the ECB did not publish it all year)"
        case .partialYear(let year, let from, let to, let days):
            return "the \(year) average is over \(days) fixing days from \(from) to \(to), not the whole year"
        case .noDate:
            return "no rate: the figure has no date and no year; give the article's date"
        case .tooLarge:
            return "the converted value needs more than 18 digits; it is left empty"
        case .noDeflatorIndex(let year, let deflator):
            return "no constant-price value: \(deflator) has no index for \(year)"
        case .deflatorCurrency(let deflator, let measures, let value):
            return "no constant-price value: \(deflator) measures \(measures) prices, the value is in \(value); give a deflator for \(value) (--deflator FILE)"
        case .spansYears(let period):
            return "no constant-price value: the figure spans \(period); deflating needs a single year"
        }
    }
}
