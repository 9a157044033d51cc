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
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > position, bytes[end - 1] == 0x0D { end -= 1 }
            let line = position..<end
            position = next
            split(line, into: &fields)
            if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
            if currencies.isEmpty {
                currencies = try header(fields, line: lineNumber, lineStart: line.lowerBound)
                trailingComma = fields.count > currencies.count + 1
                rates.reserveCapacity(bytes.count / 6)
                continue
            }
            let expected = currencies.count + 1
            if fields.count > 1, fields[fields.count - 1].isEmpty, trailingComma || fields.count == expected + 1 {
                fields.removeLast()  // the trailing comma
            }
            guard fields.count == expected else {
                throw RatesFileError(line: lineNumber, column: 1,
                                     reason: .wrongFieldCount(expected: expected, found: fields.count))
            }
            guard let day = date(fields[0]) else {
                throw error(lineNumber, line.lowerBound, fields[0], .badDate(text(fields[0])))
            }
            if let previous = days.last {
                let step = day < previous ? -1 : day > previous ? 1 : 0
                if direction == 0 { direction = step }
                guard step != 0, step == direction else {
                    throw error(lineNumber, line.lowerBound, fields[0], .dateOutOfOrder(text(fields[0])))
                }
            }
            days.append(day)
            for (index, field) in fields.dropFirst().enumerated() {
                guard let value = rate(field) else {
                    throw error(lineNumber, line.lowerBound, field,
                                .badRate(currency: currencies[index], text: text(field)))
                }
                rates.append(value)
            }
        }
        guard !currencies.isEmpty, !days.isEmpty else {
            throw RatesFileError(line: max(lineNumber, 1), column: 1, reason: .empty)
        }
        if direction < 0 { reverseRows(&days, &rates, width: currencies.count) }
        return Parsed(currencies: currencies, days: days, rates: rates)
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
    private func rate(_ field: Range<Int>) -> Int64? {
        if field.isEmpty { return 0 }
        if field.count == 3, bytes[field.lowerBound] == 0x4E, bytes[field.lowerBound + 1] == 0x2F,
           bytes[field.lowerBound + 2] == 0x41 { return 0 }  // N/A
        var value: Int64 = 0
        var decimals = -1
        var digits = 0
        for i in field {
            let byte = bytes[i]
            if byte == 0x2E {
                guard decimals < 0 else { return nil }
                decimals = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            digits += 1
            if decimals >= 0 { decimals += 1 }
            guard decimals <= 8, value < RatesCSVParser.maximumRate else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        guard digits > 0 else { return nil }
        var scaled = value
        for _ in 0..<(8 - max(decimals, 0)) { scaled *= 10 }
        guard scaled > 0, scaled < RatesCSVParser.maximumRate * 100_000_000 else { return nil }
        return scaled
    }

    /// Days since 1970-01-01 of `2026-02-12` or `12 February 2026`.
    private func date(_ field: Range<Int>) -> Int? {
        let text = text(field)
        if let iso = CalendarDate(iso: text) { return iso.daysSinceEpoch }
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
              let month = RatesCSVParser.months.firstIndex(of: parts[1].lowercased()),
              let date = CalendarDate(year: year, month: month + 1, day: day) else { return nil }
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

    private func reverseRows(_ days: inout [Int], _ rates: inout [Int64], width: Int) {
        days.reverse()
        var reversed = [Int64]()
        reversed.reserveCapacity(rates.count)
        var row = rates.count / width - 1
        while row >= 0 {
            reversed.append(contentsOf: rates[(row * width)..<((row + 1) * width)])
            row -= 1
        }
        rates = reversed
    }
}
