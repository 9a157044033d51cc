import Figures
import Money
import Tabular

/// The columns `chiffres extract --to CODE` and `--constant-prices YEAR` add at the end of the figures CSV.
///
/// With `--to EUR`: `value_eur`, `rate`, `rate_date`, `rate_source`; with `--constant-prices 2024`:
/// `value_real`, `price_base`; with `--to`: `pair`, `implied_rate`, `reference_rate`, `deviation_pct` for
/// amounts stated twice ("£8.7 billion ($11.8 billion)"). Percentages get empty cells.
///
/// Values are computed exactly from the figure's digits and rounded once, half away from zero, to the target
/// currency's minor unit (or `places`), written with that many decimals; `rate`, `implied_rate` and
/// `reference_rate` have 8 significant digits, `deviation_pct` 2 decimals. A figure without a rate gets empty
/// cells and a warning.
struct ConversionColumns: Sendable {
    /// What the options asked for.
    struct Settings: Sendable {
        /// The currency to convert to (`--to`), upper case.
        var target: String?
        /// Date or year basis.
        var basis: ConversionOptions.Basis = .date
        /// The base year of constant prices.
        var constantPrices: Int?
        /// Digits after the decimal point; `nil` for the target's minor unit.
        var places: Int?
    }

    let settings: Settings
    /// Needed with a target.
    let converter: CurrencyConverter?
    /// Needed with constant prices.
    let deflator: Deflator?
    /// `--rates` and `--deflator` as given (`nil`: the shipped files), for a workbook's About sheet.
    var ratesFile: String?
    var deflatorFile: String?
    /// Digits after the decimal point of values in the target currency: `--places`, else its minor unit.
    private let targetPlaces: Int
    /// The rates this run has looked up.
    private var cache = RateCache()

    init(settings: Settings, converter: CurrencyConverter?, deflator: Deflator?) {
        self.settings = settings
        self.converter = converter
        self.deflator = deflator
        targetPlaces = settings.places ?? settings.target.flatMap { Currency.named($0)?.minorUnit } ?? 2
    }

    /// The column names, in order, to append to the figures CSV header.
    var header: [String] {
        var names: [String] = []
        if let target = settings.target {
            names += ["value_" + target.lowercased(), "rate", "rate_date", "rate_source"]
        }
        if settings.constantPrices != nil { names += ["value_real", "price_base"] }
        if settings.target != nil { names += ["pair", "implied_rate", "reference_rate", "deviation_pct"] }
        return names
    }

    /// Converts one document's figures (in the extractor's order, so that `pairedWith` indices hold).
    ///
    /// Rates are looked up once per run for each currency and day (or year), not once per figure.
    /// - Parameters:
    ///   - figures: The document's figures.
    ///   - date: The article's date, when known.
    ///   - periodYear: The article's year when only its month or year is known (`date` is then `nil`): figures
    ///     without a year of their own convert at that year's average rate.
    ///   - periodMonth: The article's month when only its month is known: figures without a year of their own, or
    ///     of that year, convert at that month's average rate.
    mutating func convert(_ figures: [Figure], date: CalendarDate?, periodYear: Int? = nil,
                          periodMonth: (year: Int, month: Int)? = nil) -> DocumentConversions {
        var rows: [FigureConversion] = []
        rows.reserveCapacity(figures.count)
        var warnings: [FigureWarning] = []
        for index in figures.indices {
            var row = FigureConversion()
            guard figures[index].kind == .money else {
                rows.append(row)
                continue
            }
            let figure = figures[index]
            guard let currency = figure.currency else {
                warnings.append(FigureWarning(figure: index, warning: .noRate("(no currency)")))
                rows.append(row)
                continue
            }
            let year = Self.singleYear(figure.resolvedPeriod) ?? (date == nil ? periodYear : nil)
            var ratio: ExactRatio?
            var valueCurrency = currency
            if let target = settings.target, let converter {
                let ownYear = Self.singleYear(figure.resolvedPeriod)
                let rate = cache.rate(currency: currency, target: target, date: date, year: year,
                                      basis: settings.basis, converter: converter,
                                      month: ownYear == nil || ownYear == periodMonth?.year ? periodMonth : nil)
                row.places = targetPlaces
                row.rate = rate
                if let exchange = rate.lookup.rate {
                    row.value = exchange.convert(figure.value, places: targetPlaces)
                    if row.value == nil { warnings.append(FigureWarning(figure: index, warning: .tooLarge)) }
                }
                for warning in rate.lookup.warnings { warnings.append(FigureWarning(figure: index, warning: warning)) }
                ratio = rate.lookup.rate?.ratio
                valueCurrency = target
                if let other = figure.pairedWith {
                    pairCheck(index, other, figures, date: date, converter: converter, into: &row, &warnings)
                }
            } else {
                ratio = .one
            }
            if let base = settings.constantPrices, let deflator, let ratio {
                let places = settings.target != nil ? targetPlaces
                    : settings.places ?? Currency.named(valueCurrency)?.minorUnit ?? 2
                row.places = places
                if let period = figure.resolvedPeriod, period.first != period.last {
                    warnings.append(FigureWarning(figure: index, warning: .spansYears(period.description)))
                } else if let spent = year ?? date?.year {
                    let real = deflator.constantPrices(
                        of: figure.value, times: ratio, currency: valueCurrency, year: spent, base: base, places: places)
                    row.real = real.value
                    for warning in real.warnings { warnings.append(FigureWarning(figure: index, warning: warning)) }
                } else {
                    warnings.append(FigureWarning(figure: index, warning: .noDate))
                }
            }
            rows.append(row)
        }
        return DocumentConversions(settings: settings, rows: rows, figures: figures, warnings: warnings)
    }

    /// The implied and reference rates of a pair: first statement in text order → second.
    private mutating func pairCheck(
        _ index: Int, _ other: Int, _ figures: [Figure], date: CalendarDate?, converter: CurrencyConverter,
        into row: inout FigureConversion, _ warnings: inout [FigureWarning]
    ) {
        guard figures.indices.contains(other), other != index else { return }
        let first = figures[min(index, other)]
        let second = figures[max(index, other)]
        guard let from = first.currency, let to = second.currency else { return }
        row.pair = figures[other].start
        guard let date else {
            row.implied = ExactRatio(second.value, over: first.value)?.rounded(significantDigits: 8)
            warnings.append(FigureWarning(figure: index, warning: .noDate))
            return
        }
        let check = StatedConversion(
            original: MoneyAmount(first.value, from), stated: MoneyAmount(second.value, to),
            reference: cache.reference(from: from, to: to, on: date, converter: converter))
        row.implied = check.impliedRate?.rounded(significantDigits: 8)
        row.reference = check.referenceRate?.ratio.rounded(significantDigits: 8)
        row.deviation = check.deviationPercent.flatMap { ExactDecimal(rounding: $0, places: 2) }
        if index < other {  // once per pair
            for warning in check.warnings { warnings.append(FigureWarning(figure: index, warning: warning)) }
        }
    }

    /// The year of a single-year period.
    static func singleYear(_ period: Period?) -> Int? {
        guard let period, period.first == period.last else { return nil }
        return period.first
    }
}

/// A warning about one figure of a document.
struct FigureWarning: Sendable, Equatable {
    /// The figure's index in the document's list.
    let figure: Int
    /// What happened.
    let warning: MoneyWarning
}

/// What was computed for one figure; `nil` fields are empty cells.
struct FigureConversion: Sendable {
    var value: ExactDecimal?
    /// Digits after the decimal point of `value` and `real`.
    var places = 2
    /// The rate looked up (`rate`, `rate_date`, `rate_source`), or `nil` for a figure not converted.
    var rate: RateCache.Entry?
    var real: ExactDecimal?
    /// The other statement's start offset.
    var pair: Int?
    var implied: ExactDecimal?
    var reference: ExactDecimal?
    var deviation: ExactDecimal?
}
