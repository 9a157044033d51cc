/// A byte-level reader for the ECB's `eurofxref-hist.csv`: a header `Date,USD,JPY,…,` then one row
/// per fixing day, newest first, `N/A` where no rate was published, a trailing comma on every line.
///
/// It also takes the file oldest first, without the trailing comma, with CRLF line ends, a UTF-8
/// byte order mark, spaces after the commas and dates written `30 October 2026` (the ECB's daily
/// `eurofxref.csv`), so that a file re-saved by a spreadsheet still reads.
struct RatesCSVParser {
    /// What a file holds, oldest first.
    struct Parsed {
        var currencies: [String]
        var days: [Int]
        var rates: [Int64]
    }

    let bytes: UnsafeBufferPointer<UInt8>

    /// Rates may not exceed this many units per euro, so that scaled values and yearly sums fit.
    static let maximumRate: Int64 = 10_000_000_000
    /// The most currency columns a rates file may have (ISO 4217 lists about 180; the ECB publishes about 40).
    static let maximumCurrencies = 300
    /// The fixing days a rates file may hold: 1950-01-01 to 2100-12-31 (the ECB's start in 1999 with room
    /// for older series); this bounds the yearly and monthly averages kept per currency.
    static let plausibleDays: ClosedRange<Int> = {
        let first = CalendarDate(year: 1950, month: 1, day: 1)?.daysSinceEpoch ?? -7305
        let last = CalendarDate(year: 2100, month: 12, day: 31)?.daysSinceEpoch ?? 47846
        return first...last
    }()

    func parse() throws(RatesFileError) -> Parsed {
        var position = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var lineNumber = 0
        var fields: [Range<Int>] = []
        var currencies: [String] = []
        var days: [Int] = []
        var rates: [Int64] = []
        var direction = 0
        var trailingComma = false
        // One row of rates, read by `plainRow` before it is appended whole.
        var scratch = UnsafeMutablePointer<Int64>.allocate(capacity: 1)
        defer { scratch.deallocate() }
        while position < bytes.count {
            lineNumber += 1
            if !currencies.isEmpty, let (day, next) = plainRow(at: position, width: currencies.count, into: scratch) {
                try checkOrder(day, after: days.last, direction: &direction, lineNumber: lineNumber, lineStart: position)
                rates.append(contentsOf: UnsafeBufferPointer(start: scratch, count: currencies.count))
                days.append(day)
                position = next
                continue
            }
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > position, bytes[end - 1] == 0x0D { end -= 1 }
            let line = position..<end
            position = next
            if trimmed(line).isEmpty { continue }  // a blank line
            if currencies.isEmpty {
                split(line, into: &fields)
                currencies = try header(fields, line: lineNumber, lineStart: line.lowerBound)
                trailingComma = fields.count > currencies.count + 1
                scratch.deallocate()
                scratch = .allocate(capacity: currencies.count)
                rates.reserveCapacity(bytes.count / 6)
                continue
            }
            let day = try row(line, lineNumber: lineNumber, currencies: currencies, trailingComma: trailingComma,
                              into: &rates)
            try checkOrder(day, after: days.last, direction: &direction, lineNumber: lineNumber, lineStart: line.lowerBound)
            days.append(day)
        }
        guard !currencies.isEmpty, !days.isEmpty else {
            throw RatesFileError(line: max(lineNumber, 1), column: 1, reason: .empty)
        }
        if direction < 0 { reverseRows(&days, &rates, width: currencies.count) }
        return Parsed(currencies: currencies, days: days, rates: rates)
    }

    /// Refuses a day that breaks the file's order (newest first, or oldest first, never the same day twice).
    private func checkOrder(
        _ day: Int, after previous: Int?, direction: inout Int, lineNumber: Int, lineStart: Int
    ) throws(RatesFileError) {
        if !Self.plausibleDays.contains(day) {
            let field = dateField(at: lineStart)
            throw error(lineNumber, lineStart, field, .dateOutOfRange(text(field)))
        }
        guard let previous else { return }
        let step = day < previous ? -1 : day > previous ? 1 : 0
        if direction == 0 { direction = step }
        guard step != 0, step == direction else {
            let field = dateField(at: lineStart)
            throw error(lineNumber, lineStart, field, .dateOutOfOrder(text(field)))
        }
    }

    /// The first field of the line starting at `lineStart`, trimmed.
    private func dateField(at lineStart: Int) -> Range<Int> {
        var end = lineStart
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x2C { end += 1 }
        return trimmed(lineStart..<end)
    }

    /// Reads a row written exactly as the ECB writes it: `2026-10-30,1.1172,N/A,…` with every rate a plain
    /// number of at most 10 integer digits and 1 to 8 decimals (or none), no spaces, an optional trailing
    /// comma, then LF, CRLF or the end of the file. Writes the `width` rates to `rates` and returns the day and
    /// the start of the next line; returns `nil` for anything else, which
    /// ``row(_:lineNumber:currencies:trailingComma:into:)`` then reads, or refuses with its line and column.
    @inline(__always)
    private func plainRow(at start: Int, width: Int, into rates: UnsafeMutablePointer<Int64>) -> (day: Int, next: Int)? {
        let p = bytes.baseAddress.unsafelyUnwrapped
        let n = bytes.count
        guard start + 11 <= n, p[start + 4] == 0x2D, p[start + 7] == 0x2D, p[start + 10] == 0x2C,
              let day = isoDate(start) else { return nil }
        var i = start + 11
        var column = 0
        while true {
            guard i < n else { break }
            var value: Int64 = 0
            if p[i] == 0x4E {  // N/A
                guard i + 3 <= n, p[i + 1] == 0x2F, p[i + 2] == 0x41 else { break }
                i += 3
            } else {
                let integerStart = i
                while i < n, p[i] &- 0x30 < 10 {
                    value = value &* 10 &+ Int64(p[i] &- 0x30)
                    i += 1
                }
                let integerDigits = i - integerStart
                guard integerDigits > 0, integerDigits <= 10 else { break }
                var decimals = 0
                if i < n, p[i] == 0x2E {
                    i += 1
                    let fractionStart = i
                    while i < n, p[i] &- 0x30 < 10 {
                        value = value &* 10 &+ Int64(p[i] &- 0x30)
                        i += 1
                    }
                    decimals = i - fractionStart
                    guard decimals > 0, decimals <= 8 else { break }
                }
                value &*= Int64(RatesCSVParser.scales[decimals])
                guard value > 0 else { break }  // a zero rate: `row` says why it is refused
            }
            rates[column] = value
            column += 1
            let last = column == width
            // After a rate: a comma, or the end of the line after the last one.
            if i < n, p[i] == 0x2C {
                i += 1
                if !last { continue }
            } else if !last {
                break
            }
            // The line must end here: LF, CRLF or the end of the file.
            if i == n { return (day, n) }
            if p[i] == 0x0A { return (day, i + 1) }
            if p[i] == 0x0D, i + 1 == n || p[i + 1] == 0x0A { return (day, min(i + 2, n)) }
            break
        }
        return nil
    }

    /// `10^(8 - decimals)`: the factor that scales a rate with that many decimals to 10^8.
    private static let scales: [UInt64] = [100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]

    /// Reads one row in a single pass, appending its rates; returns its day.
    private func row(
        _ line: Range<Int>, lineNumber: Int, currencies: [String], trailingComma: Bool, into rates: inout [Int64]
    ) throws(RatesFileError) -> Int {
        let width = currencies.count
        let expected = width + 1
        let firstRate = rates.count
        var fields = 0
        var lastEmpty = false
        var day: Int?
        var dateField = line.lowerBound..<line.lowerBound
        var start = line.lowerBound
        var i = start
        while true {
            if i == line.upperBound || bytes[i] == 0x2C {
                let field = trimmed(start..<i)
                lastEmpty = field.isEmpty
                if fields == 0 {
                    dateField = field
                    day = date(field)
                } else if fields <= width {
                    guard let value = rate(field) else {
                        // A wrong number of fields, if so, is the more useful message.
                        let found = effectiveCount(of: line, trailingComma: trailingComma, expected: expected)
                        guard found == expected else {
                            throw RatesFileError(line: lineNumber, column: 1,
                                                 reason: .wrongFieldCount(expected: expected, found: found))
                        }
                        throw error(lineNumber, line.lowerBound, field,
                                    .badRate(currency: currencies[fields - 1], text: text(field)))
                    }
                    rates.append(value)
                }
                fields += 1
                if i == line.upperBound { break }
                start = i + 1
            }
            i += 1
        }
        if Self.endsWithTrailingComma(fields: fields, lastEmpty: lastEmpty, trailingComma: trailingComma, expected: expected) {
            fields -= 1
            if rates.count - firstRate > fields - 1 { rates.removeLast() }
        }
        guard fields == expected else {
            throw RatesFileError(line: lineNumber, column: 1, reason: .wrongFieldCount(expected: expected, found: fields))
        }
        guard let day else { throw error(lineNumber, line.lowerBound, dateField, .badDate(text(dateField))) }
        return day
    }

    /// Whether a row's last, empty field is the trailing comma: always when the header has one, else
    /// only when the row has one field too many.
    private static func endsWithTrailingComma(fields: Int, lastEmpty: Bool, trailingComma: Bool, expected: Int) -> Bool {
        fields > 1 && lastEmpty && (trailingComma || fields == expected + 1)
    }

    /// The number of fields of a line, not counting a trailing comma.
    private func effectiveCount(of line: Range<Int>, trailingComma: Bool, expected: Int) -> Int {
        var count = 1
        for i in line where bytes[i] == 0x2C { count += 1 }
        var lastStart = line.upperBound
        while lastStart > line.lowerBound, bytes[lastStart - 1] != 0x2C { lastStart -= 1 }
        let lastEmpty = trimmed(lastStart..<line.upperBound).isEmpty
        let trailing = Self.endsWithTrailingComma(fields: count, lastEmpty: lastEmpty, trailingComma: trailingComma, expected: expected)
        return trailing ? count - 1 : count
    }

    /// The field without spaces and tabs around it.
    private func trimmed(_ field: Range<Int>) -> Range<Int> {
        var a = field.lowerBound
        var b = field.upperBound
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        return a..<b
    }

    private func header(_ fields: [Range<Int>], line: Int, lineStart: Int) throws(RatesFileError) -> [String] {
        guard let first = fields.first, text(first).lowercased() == "date" else {
            throw RatesFileError(line: line, column: 1, reason: .missingDateColumn)
        }
        var codes: [String] = []
        var seen: Set<String> = []
        for (index, field) in fields.enumerated().dropFirst() {
            if field.isEmpty, index == fields.count - 1, index > 1 { break }  // the trailing comma
            let code = text(field)
            guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                throw error(line, lineStart, field, .badCurrencyCode(code))
            }
            guard seen.insert(code).inserted else { throw error(line, lineStart, field, .duplicateCurrency(code)) }
            guard codes.count < Self.maximumCurrencies else {
                throw error(line, lineStart, field, .tooManyCurrencies(limit: Self.maximumCurrencies))
            }
            codes.append(code)
        }
        guard !codes.isEmpty else { throw RatesFileError(line: line, column: 1, reason: .empty) }
        return codes
    }

    /// Splits a line at commas, trimming spaces and tabs around each field.
    private func split(_ line: Range<Int>, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        var i = start
        while true {
            if i == line.upperBound || bytes[i] == 0x2C {
                var a = start
                var b = i
                while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
                while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
                fields.append(a..<b)
                if i == line.upperBound { return }
                start = i + 1
            }
            i += 1
        }
    }

    /// A rate scaled by 10^8, 0 for `N/A` or an empty field, `nil` when malformed.
    @inline(__always)
    private func rate(_ field: Range<Int>) -> Int64? {
        let count = field.count
        if count == 0 { return 0 }
        let p = bytes.baseAddress.unsafelyUnwrapped + field.lowerBound
        if count == 3, p[0] == 0x4E, p[1] == 0x2F, p[2] == 0x41 { return 0 }  // N/A
        var value: Int64 = 0
        var digits = 0
        var point = -1
        for i in 0..<count {
            let digit = p[i] &- 0x30
            if digit < 10 {
                value = value &* 10 &+ Int64(digit)
                digits += 1
            } else if p[i] == 0x2E, point < 0 {
                point = i
            } else {
                return nil
            }
        }
        let decimals = point < 0 ? 0 : count - point - 1
        // At most 8 decimals and 18 digits in all, so that the scaled value fits.
        guard digits > 0, decimals <= 8, digits - decimals <= 10, digits <= 18 else { return nil }
        var scaled = value
        for _ in decimals..<8 { scaled &*= 10 }
        guard scaled > 0, scaled < RatesCSVParser.maximumRate * 100_000_000 else { return nil }
        return scaled
    }

    /// Days since 1970-01-01 of `2026-02-12` or `12 February 2026`.
    private func date(_ field: Range<Int>) -> Int? {
        if field.count == 10, bytes[field.lowerBound + 4] == 0x2D, bytes[field.lowerBound + 7] == 0x2D {
            return isoDate(field.lowerBound)
        }
        let text = text(field)
        if let iso = CalendarDate(iso: text) { return iso.daysSinceEpoch }
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
              let month = RatesCSVParser.months.firstIndex(of: parts[1].lowercased()),
              let date = CalendarDate(year: year, month: month + 1, day: day) else { return nil }
        return date.daysSinceEpoch
    }

    /// `YYYY-MM-DD` at `start`, read from the bytes.
    private func isoDate(_ start: Int) -> Int? {
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let digit = bytes[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(start, 4), let month = number(start + 5, 2), let day = number(start + 8, 2),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return date.daysSinceEpoch
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private func text(_ field: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }

    private func error(_ line: Int, _ lineStart: Int, _ field: Range<Int>, _ reason: RatesFileError.Reason) -> RatesFileError {
        RatesFileError(line: line, column: field.lowerBound - lineStart + 1, reason: reason)
    }

    /// Puts the rows in the opposite order, in place (a second table of rates would double the memory touched).
    private func reverseRows(_ days: inout [Int], _ rates: inout [Int64], width: Int) {
        days.reverse()
        rates.withUnsafeMutableBufferPointer { cells in
            guard let base = cells.baseAddress else { return }
            var low = 0
            var high = cells.count / width - 1
            while low < high {
                let a = base + low * width
                let b = base + high * width
                for column in 0..<width {
                    let cell = a[column]
                    a[column] = b[column]
                    b[column] = cell
                }
                low += 1
                high -= 1
            }
        }
    }
}
