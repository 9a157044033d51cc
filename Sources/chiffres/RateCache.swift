import Money

/// The rates one run of `chiffres extract --to` has looked up, each once, with their cells ready to write.
///
/// Articles of a day convert at that day's rates, and a corpus has many articles a day: a rate is looked
/// up the first time a (currency, date or year) needs it and reused for every figure after, in every
/// document. The cache holds one entry per currency and fixing date or year met, at most the size of the
/// rate table, whatever the size of the input.
struct RateCache: Sendable {
    /// A looked-up rate with its cells, shared by every figure converted at it.
    final class Entry: Sendable {
        let lookup: RateLookup
        /// `rate`: 8 significant digits.
        let display: ExactDecimal?
        /// `rate_date`.
        let dateText: String
        /// `rate_source`.
        let sourceText: String

        init(_ lookup: RateLookup) {
            self.lookup = lookup
            display = lookup.rate?.displayValue
            dateText = lookup.rate?.basis.description ?? ""
            sourceText = lookup.rate?.source.description ?? ""
        }
    }

    /// Rates to the target currency, by ``key(currency:day:)`` or ``key(currency:year:)``.
    private var targets: [Int: Entry] = [:]
    /// The last rate asked for: the figures of an article mostly share one.
    private var last: (key: Int, entry: Entry)?
    /// Reference rates of in-text conversions, by ``key(from:to:day:)``.
    private var references: [Int: RateLookup] = [:]

    /// The rate of a figure in `currency`: the year's average (year basis with a year, or no date), else
    /// the article's day.
    mutating func rate(
        currency: String, target: String, date: CalendarDate?, year: Int?, basis: ConversionOptions.Basis,
        converter: CurrencyConverter, month: (year: Int, month: Int)? = nil
    ) -> Entry {
        if let month, year == nil || year == month.year, basis != .year || year == nil {
            // An article dated by its month only: that month's average.
            let key = Self.key(currency: currency, year: month.year * 16 + month.month).map { $0 | 1 << 46 }
            if let key, let found = targets[key] { return found }
            let entry = Entry(converter.rate(from: currency, to: target, averageOf: month.year, month: month.month))
            if let key { targets[key] = entry }
            return entry
        }
        let useYear = (basis == .year && year != nil) || date == nil
        let key = useYear ? year.flatMap { Self.key(currency: currency, year: $0) } : Self.key(currency: currency, day: date)
        if let key {
            if let last, last.key == key { return last.entry }
            if let found = targets[key] {
                last = (key, found)
                return found
            }
        }
        let lookup: RateLookup
        if useYear, let year {
            lookup = converter.rate(from: currency, to: target, averageOf: year)
        } else if let date {
            lookup = converter.rate(from: currency, to: target, on: date)
        } else {
            lookup = RateLookup(rate: nil, warnings: [.noDate])
        }
        let entry = Entry(lookup)
        if let key {
            targets[key] = entry
            last = (key, entry)
        }
        return entry
    }

    /// The reference rate of an in-text conversion from `from` to `to` on the article's day.
    mutating func reference(from: String, to: String, on date: CalendarDate, converter: CurrencyConverter) -> RateLookup {
        let key = Self.code(to).flatMap { to in Self.key(currency: from, day: date).map { $0 ^ to << 24 } }
        if let key, let found = references[key] { return found }
        let lookup = converter.rate(from: from, to: to, on: date)
        if let key { references[key] = lookup }
        return lookup
    }

    /// One integer for a currency and a day: 15 bits of code, a bit for the kind, 47 bits of day or year.
    /// `nil` (no caching) for a code that is not three capitals or a value out of range.
    private static func key(currency: String, day: CalendarDate?) -> Int? {
        guard let code = code(currency), let days = day?.daysSinceEpoch, abs(days) < 1 << 22 else { return nil }
        return code << 48 | (days & 0xFF_FFFF)
    }

    private static func key(currency: String, year: Int) -> Int? {
        guard let code = code(currency), abs(year) < 1 << 22 else { return nil }
        return code << 48 | 1 << 47 | (year & 0xFF_FFFF)
    }

    /// `ABC` as 15 bits, or `nil` for anything but three capital letters.
    private static func code(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { utf8 -> Int? in
            guard utf8.count == 3 else { return nil }
            var code = 0
            for byte in utf8 {
                guard byte >= 0x41, byte <= 0x5A else { return nil }
                code = code << 5 | Int(byte - 0x40)
            }
            return code
        }
    }
}
