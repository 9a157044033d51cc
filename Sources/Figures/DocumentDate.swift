import Money

/// Finds the date an article was published from its text.
///
/// Reads, in French and English:
/// - day, month name and year: "jeudi 13 février 2025", "1er mars 2024", "12 February 2026",
///   "12th Feb. 2026";
/// - month name, day and year: "February 12, 2026", "Feb 12 2026";
/// - numeric dates: "12/02/2026" and "12.02.2026" (day first in French, month first in English
///   when that is a valid date), "2026/02/12", ISO "2026-02-12" (also "2026-02-12T10:00");
/// - numeric dates glued to debris before them, as web pages leave them: in "16:1212/02/2026"
///   the time 16:12 runs into 12/02/2026, which gives 2026-02-12.
///
/// The first date in the text whose year is between 1900 and 2100 is taken as the publication
/// date; dates without a year ("13 février") are not dates of publication.
public enum DocumentDate {
    /// The first plausible publication date in a text.
    ///
    /// - Parameters:
    ///   - text: The article.
    ///   - language: How to read `02/03/2026`: English reads month first when that is a valid date;
    ///     French (and `nil`) read day first.
    ///   - limit: How many UTF-8 bytes from the start to search (the date of an article is near its top).
    /// - Returns: The date, or `nil` when the text states none.
    /// A date given as metadata (a JSON `date`, `--date`): `2025-02-12`, an ISO date-time with or without a
    /// zone (`2025-02-12T10:00:00+01:00`, the day as written), a month `2025-02`, a year `2025`, or a written
    /// date (`Tue, 12 Feb 2025 10:00:00 +0100`, `12 févr. 2025`, `12 février 2025`, `February 12, 2025`).
    ///
    /// - Returns: The date (the first day of a month or a year) and how much of it is known, or `nil`.
    public static func read(_ value: String) -> (date: CalendarDate, precision: DatePrecision)? {
        var trimmed = Substring(value)
        while let c = trimmed.first, c == " " || c == "\t" { trimmed.removeFirst() }
        while let c = trimmed.last, c == " " || c == "\t" { trimmed.removeLast() }
        let text = String(trimmed)
        let utf8 = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= utf8.count else { return nil }
            var v = 0
            for i in range {
                guard utf8[i] &- 0x30 < 10 else { return nil }
                v = v * 10 + Int(utf8[i] - 0x30)
            }
            return v
        }
        if utf8.count >= 10, let y = digits(0..<4), utf8[4] == 0x2D, let m = digits(5..<7), utf8[7] == 0x2D,
           let d = digits(8..<10), utf8.count == 10 || utf8[10] == UInt8(ascii: "T") || utf8[10] == 0x20 {
            return CalendarDate(year: y, month: m, day: d).map { ($0, .day) }
        }
        if utf8.count == 7, let y = digits(0..<4), utf8[4] == 0x2D, let m = digits(5..<7), (1...12).contains(m),
           (1000...9999).contains(y) {
            return CalendarDate(year: y, month: m, day: 1).map { ($0, .month) }
        }
        if utf8.count == 4, let y = digits(0..<4), (1000...9999).contains(y) {
            return CalendarDate(year: y, month: 1, day: 1).map { ($0, .year) }
        }
        // Written dates: the whole value must be one date, so that "2024-13-45" is not read as something else.
        guard utf8.count <= 64, utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 || $0 == 0x2F }) else { return nil }
        return find(in: text, language: nil).map { ($0, .day) }
    }

    public static func find(in text: String, language: Language? = nil, limit: Int = 1 << 16) -> CalendarDate? {
        var text = text
        return text.withUTF8 { utf8 in
            DateScanner(utf8: UnsafeBufferPointer(rebasing: utf8.prefix(limit)), monthFirst: language == .english)
                .first()
        }
    }
}

/// The byte-level scanner behind ``DocumentDate``.
struct DateScanner {
    let utf8: UnsafeBufferPointer<UInt8>
    let monthFirst: Bool

    func first() -> CalendarDate? {
        let n = utf8.count
        var i = 0
        while i < n {
            let b = utf8[i]
            if isDigit(b) {
                let run = digitRun(from: i)
                if let date = numericDate(run) ?? dayMonthYear(run) { return date }
                i = run.upperBound
            } else if isLetter(b) || (b >= 0xC3 && b <= 0xDF) {
                let word = wordRun(from: i)
                if let date = monthDayYear(word) { return date }
                i = word.upperBound
            } else {
                // Skip a whole UTF-8 sequence, so that a continuation byte never starts a word.
                i += b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            }
        }
        return nil
    }

    // MARK: Patterns

    /// `12/02/2026`, `12.02.2026`, `2026/02/12`, `2026-02-12`, and the glued `16:1212/02/2026`.
    private func numericDate(_ first: Range<Int>) -> CalendarDate? {
        let n = utf8.count
        guard first.upperBound < n else { return nil }
        let sep = utf8[first.upperBound]
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") else { return nil }
        guard first.upperBound + 1 < n, isDigit(utf8[first.upperBound + 1]) else { return nil }
        let second = digitRun(from: first.upperBound + 1)
        guard second.count <= 2, second.upperBound + 1 < n, utf8[second.upperBound] == sep,
              isDigit(utf8[second.upperBound + 1]) else { return nil }
        let third = digitRun(from: second.upperBound + 1)
        // A fourth group ("1.2.2026.5") is a version or an identifier, not a date.
        if third.upperBound + 1 < n, utf8[third.upperBound] == sep, isDigit(utf8[third.upperBound + 1]) { return nil }
        let middle = value(second)
        if first.count == 4 && third.count <= 2 {
            // Year first: 2026-02-12, 2026/02/12.
            return plausible(year: value(first), month: middle, day: value(third))
        }
        guard third.count == 4, sep != UInt8(ascii: "-") || first.count <= 2 else { return nil }
        let year = value(third)
        // Day (or month) first; a longer run is debris glued in front: keep its last digits.
        let lead = first.count <= 2 ? first : (first.upperBound - 2)..<first.upperBound
        let a = value(lead)
        if monthFirst, let date = plausible(year: year, month: a, day: middle) { return date }
        if let date = plausible(year: year, month: middle, day: a) { return date }
        if lead.count == 2, first.count > 2 {
            return plausible(year: year, month: middle, day: value((lead.upperBound - 1)..<lead.upperBound))
        }
        return nil
    }

    /// `13 février 2025`, `1er mars 2024`, `12th February 2026`.
    private func dayMonthYear(_ dayRun: Range<Int>) -> CalendarDate? {
        guard dayRun.count <= 2, !precededByDigitAndSeparator(dayRun.lowerBound) else { return nil }
        var i = dayRun.upperBound
        // Ordinal suffix: 1er, 1st, 2nd, 3rd, 4th.
        if i < utf8.count, isLetter(utf8[i]) {
            let suffix = wordRun(from: i)
            guard ["er", "st", "nd", "rd", "th"].contains(lowercased(suffix)) else { return nil }
            i = suffix.upperBound
        }
        guard let monthStart = skipSpaces(from: i, allowComma: false), monthStart > i,
              monthStart < utf8.count, isWordByte(utf8[monthStart]) else { return nil }
        let monthWord = wordRun(from: monthStart)
        guard let month = Self.month(lowercased(monthWord)) else { return nil }
        var j = monthWord.upperBound
        if j < utf8.count, utf8[j] == UInt8(ascii: ".") { j += 1 }
        guard let yearStart = skipSpaces(from: j, allowComma: true), yearStart > j,
              yearStart < utf8.count, isDigit(utf8[yearStart]) else { return nil }
        let yearRun = digitRun(from: yearStart)
        guard yearRun.count == 4 else { return nil }
        return plausible(year: value(yearRun), month: month, day: value(dayRun))
    }

    /// `February 12, 2026`, `Feb. 12 2026` (English month names only).
    private func monthDayYear(_ word: Range<Int>) -> CalendarDate? {
        guard word.count >= 3, word.count <= 9 else { return nil }
        var i = word.upperBound
        if i < utf8.count, utf8[i] == UInt8(ascii: ".") { i += 1 }
        // A day must follow: test that before building the word (most words are not followed by a number).
        guard let dayStart = skipSpaces(from: i, allowComma: false), dayStart > i,
              dayStart < utf8.count, isDigit(utf8[dayStart]),
              let month = Self.englishMonth(lowercased(word)) else { return nil }
        let dayRun = digitRun(from: dayStart)
        guard dayRun.count <= 2 else { return nil }
        var j = dayRun.upperBound
        if j < utf8.count, isLetter(utf8[j]) {
            let suffix = wordRun(from: j)
            guard ["st", "nd", "rd", "th"].contains(lowercased(suffix)) else { return nil }
            j = suffix.upperBound
        }
        guard let yearStart = skipSpaces(from: j, allowComma: true), yearStart > j,
              yearStart < utf8.count, isDigit(utf8[yearStart]) else { return nil }
        let yearRun = digitRun(from: yearStart)
        guard yearRun.count == 4 else { return nil }
        return plausible(year: value(yearRun), month: month, day: value(dayRun))
    }

    // MARK: Months

    static func month(_ word: String) -> Int? {
        frenchMonths[word] ?? englishMonth(word)
    }

    static func englishMonth(_ word: String) -> Int? {
        englishMonths[word]
    }

    private static let frenchMonths: [String: Int] = [
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    ]

    private static let englishMonths: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    // MARK: Bytes

    private func plausible(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1900...2100).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Whether a day number is the tail of a numeric expression such as "16:12" or "3,12" (not a day).
    private func precededByDigitAndSeparator(_ start: Int) -> Bool {
        guard start >= 2 else { return false }
        let sep = utf8[start - 1]
        return isDigit(utf8[start - 2])
            && (sep == UInt8(ascii: ":") || sep == UInt8(ascii: ",") || sep == UInt8(ascii: ".")
                || sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-"))
    }

    /// The index after spaces (ASCII, no-break, narrow no-break, thin) and at most one comma,
    /// or `nil` when more than four separators stand there.
    private func skipSpaces(from start: Int, allowComma: Bool) -> Int? {
        var i = start
        var count = 0
        var commas = 0
        while i < utf8.count, count <= 4 {
            let b = utf8[i]
            if b == 0x20 || b == 0x09 {
                i += 1
            } else if b == 0xC2, i + 1 < utf8.count, utf8[i + 1] == 0xA0 {
                i += 2
            } else if b == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xAF || utf8[i + 2] == 0x89 {
                i += 3
            } else if allowComma, b == UInt8(ascii: ","), commas == 0 {
                commas += 1
                i += 1
            } else {
                break
            }
            count += 1
        }
        return count <= 4 ? i : nil
    }

    private func digitRun(from start: Int) -> Range<Int> {
        var i = start
        while i < utf8.count, isDigit(utf8[i]) { i += 1 }
        return start..<i
    }

    private func wordRun(from start: Int) -> Range<Int> {
        var i = start
        while i < utf8.count, isWordByte(utf8[i]) { i += 1 }
        return start..<i
    }

    private func value(_ run: Range<Int>) -> Int {
        var v = 0
        for i in run.prefix(9) { v = v * 10 + Int(utf8[i] - 0x30) }
        return v
    }

    private func lowercased(_ run: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[run]), as: UTF8.self).lowercased()
    }

    private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// ASCII letters and the bytes of non-ASCII letters (lead bytes C3–DF and continuations);
    /// C2 (no-break space, guillemets) and E2 (typographic punctuation) sequences separate words.
    private func isWordByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x80 && b < 0xC0) || (b >= 0xC3 && b <= 0xDF)
    }
}
