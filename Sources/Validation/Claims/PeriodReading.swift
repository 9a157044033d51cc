import Figures
import Money

/// The periods a sentence states, and which one is a figure's own: the year, span or month stated
/// next to it in its clause, not the first year of the sentence.
///
/// Read: years (`2024`), spans (`2024-2030`, `2024-30`, `2025 à 2028`, `2025 to 2028`), months
/// (`en mai`, `in May 2024`, `mai 2024`) and relative words (`aujourd'hui`, `this year`). Not
/// periods: the base of a comparison (`par rapport à 2023`, `since 2014`) and as-of dates with a day
/// (`au 30 août 2024`); a span is a period even after "from" ("from 2024-30"). A period belongs to the figure nearest to it within its clause (commas,
/// semicolons, colons and dashes end a clause; brackets do not); a figure with none takes the sentence's
/// period when the sentence states only one.
struct PeriodReading {
    /// One period stated in the sentence.
    struct Stated {
        /// The years.
        var period: Period
        /// The month (1–12) for a month, else `nil`.
        var month: Int?
        /// Where it is (bytes of the folded sentence).
        var bytes: Range<Int>
        /// Whether the year was taken from the article's date (a month written without its year).
        var yearFromDate = false
        /// Where the word that introduces it starts ("en mai", "in 2024"), when one does.
        var introducedAt: Int?
    }

    /// The periods stated (bases of comparison and as-of dates left out).
    let stated: [Stated]
    /// Byte offsets that end a clause.
    let boundaries: [Int]

    init(_ text: FoldedText, date: CalendarDate?) {
        var found: [Stated] = []
        let words = text.words
        var i = 0
        while i < words.count {
            let w = words[i]
            let before = (1...3).compactMap { k in i - k >= 0 && !words[i - k + 1].breakBefore ? words[i - k].lower : nil }
            if let y = SentenceReading.year(w.lower) {
                var period = Period(y)
                var end = w.end
                var next = i + 1
                if next < words.count, !words[next].breakBefore {
                    let gap = text.lower[w.end..<words[next].start]
                    let joiner = Self.spanWords.contains(words[next].lower)
                    if gap.contains(UInt8(ascii: "-")), let y2 = Self.endYear(words[next].lower, after: y) {
                        period = Period(from: y, to: y2); end = words[next].end; next += 1
                    } else if gap.count == 1, gap.first == UInt8(ascii: "-"), Int(words[next].lower) != nil {
                        // A number such as a law's ("loi n° 2018-607"), not a year.
                        i = next + 1
                        continue
                    } else if joiner, next + 1 < words.count, !words[next + 1].breakBefore,
                              let y2 = SentenceReading.year(words[next + 1].lower), y2 > y, y2 - y <= 30 {
                        period = Period(from: y, to: y2); end = words[next + 1].end; next += 2
                    }
                }
                let isBase = period.first == period.last && before.prefix(3).contains { Self.baseWords.contains($0) }
                // A year written in a numeric date ("12/02/2026", "12.02.2026") is a date, not a period.
                let numericDate = w.start > 0 && (text.lower[w.start - 1] == UInt8(ascii: "/")
                    || (text.lower[w.start - 1] == UInt8(ascii: ".") && w.start > 1 && Self.isDigit(text.lower[w.start - 2])))
                let hasDay = i >= 2 && Self.month(words[i - 1].lower, cased: words[i - 1].cased) != nil && Int(words[i - 2].lower) != nil
                let asOf = hasDay || (i >= 3 && Self.month(words[i - 1].lower, cased: words[i - 1].cased) != nil
                                      && Int(words[i - 2].lower) == nil && before.contains { $0 == "au" || $0 == "of" })
                if !isBase && !asOf && !numericDate {
                    let month = i >= 1 ? Self.month(words[i - 1].lower, cased: words[i - 1].cased) : nil
                    let start = month != nil ? words[i - 1].start : w.start
                    if month != nil { found.removeAll { $0.bytes.lowerBound == start } }
                    found.append(Stated(period: period, month: month, bytes: start..<end))
                }
                i = next
                continue
            }
            if let m = Self.month(w.lower, cased: w.cased) {
                let dayBefore = i >= 1 && Int(words[i - 1].lower) != nil
                let dayAfter = i + 1 < words.count && Int(words[i + 1].lower).map { $0 <= 31 } == true
                let introduced = before.first.map { Self.monthWords.contains($0) } ?? false
                if !dayBefore && !dayAfter && introduced, let date {
                    let year = m <= date.month ? date.year : date.year - 1
                    if !before.prefix(2).contains(where: { Self.baseWords.contains($0) }) {
                        found.append(Stated(period: Period(year), month: m, bytes: w.start..<w.end, yearFromDate: true))
                    }
                }
            } else if let date, let offset = Self.relative[w.lower] {
                found.append(Stated(period: Period(date.year + offset), month: nil, bytes: w.start..<w.end))
            }
            i += 1
        }
        for k in found.indices {
            guard let w = text.words.firstIndex(where: { $0.start == found[k].bytes.lowerBound }), w > 0,
                  !text.words[w].breakBefore, Self.monthWords.contains(text.words[w - 1].lower) else { continue }
            found[k].introducedAt = text.words[w - 1].start
        }
        stated = found
        var marks: [Int] = []
        let lower = text.lower
        for (k, b) in lower.enumerated() {
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A:
                if b == UInt8(ascii: ","), k > 0, k + 1 < lower.count, Self.isDigit(lower[k - 1]), Self.isDigit(lower[k + 1]) { continue }
                if b == UInt8(ascii: "."), k > 0, k + 1 < lower.count, Self.isDigit(lower[k - 1]), Self.isDigit(lower[k + 1]) { continue }
                marks.append(k)
            case UInt8(ascii: "-"):
                if k > 0, k + 1 < lower.count, lower[k - 1] == 0x20, lower[k + 1] == 0x20 { marks.append(k) }
            default: break
            }
        }
        boundaries = marks
    }

    /// The clause around a byte range: from the boundary before it to the boundary after it.
    func clause(of span: Range<Int>) -> Range<Int> {
        var lo = 0
        var hi = Int.max
        for b in boundaries {
            if b < span.lowerBound { lo = b + 1 } else if b >= span.upperBound { hi = b; break }
        }
        return lo..<hi
    }

    /// The figure's own period: stated in its clause, nearer to it than to any other figure of the
    /// clause; else the sentence's only period. `nil` when neither.
    /// A month written without its year counts only for monthly measures (`monthly`).
    func own(_ span: Range<Int>, figures: [Range<Int>], monthly: Bool) -> Stated? {
        let clause = clause(of: span)
        let stated = monthly ? self.stated : self.stated.filter { !$0.yearFromDate }
        var best: (distance: Int, stated: Stated)?
        let few = figures.count <= Self.maxFigures
        for s in stated where clause.contains(s.bytes.lowerBound) {
            let d = distance(s, span)
            guard !few || d <= nearestOther(s, than: span, figures: figures) else { continue }
            if d < (best?.distance ?? Int.max) { best = (d, s) }
        }
        if let best { return best.stated }
        // Sentences with very many figures (a flattened table) get no sentence-wide period: bounded work.
        guard figures.count <= Self.maxFigures, stated.count <= Self.maxFigures else { return nil }
        // The sentence's period, when it states one that no other figure owns ("En 2024, …").
        let free = stated.filter { s in
            !figures.contains { f in f != span && self.clause(of: f).contains(s.bytes.lowerBound)
                && distance(s, f) <= nearestOther(s, than: f, figures: figures) }
        }
        let distinct = Set(free.map { "\($0.period)/\($0.month ?? 0)" })
        return distinct.count == 1 ? free.first : nil
    }

    /// Whether every period the sentence states (months without their year left out) belongs to a figure
    /// other than `span`: in that figure's clause and nearer to it than to any other.
    func allOwned(besides span: Range<Int>, figures: [Range<Int>]) -> Bool {
        guard figures.count <= Self.maxFigures, stated.count <= Self.maxFigures else { return false }
        let years = stated.filter { !$0.yearFromDate }
        return !years.isEmpty && years.allSatisfy { s in
            figures.contains { f in f != span && clause(of: f).contains(s.bytes.lowerBound)
                && distance(s, f) <= nearestOther(s, than: f, figures: figures) }
        }
    }

    /// Above this many figures or periods in a sentence, only periods in a figure's clause count.
    static let maxFigures = 64

    /// How far a stated period is from a figure: none when it follows the figure with only its introducing word
    /// between ("0,9 % en mars à 0,4 % en avril": March is the first figure's, however near the second).
    private func distance(_ s: Stated, _ span: Range<Int>) -> Int {
        if let at = s.introducedAt, at >= span.upperBound, at - span.upperBound <= 1 { return 0 }
        return ClaimReader.distance(s.bytes, span)
    }

    /// The distance from a stated period to the nearest figure of its clause other than `span`.
    private func nearestOther(_ s: Stated, than span: Range<Int>, figures: [Range<Int>]) -> Int {
        let clause = clause(of: s.bytes)
        return figures.filter { $0 != span && clause.contains($0.lowerBound) }
            .map { distance(s, $0) }.min() ?? Int.max
    }

    /// The only period a text states (several mentions of one count once), or `nil`.
    var single: Period? {
        let years = stated.filter { !$0.yearFromDate }
        let distinct = Set(years.map(\.period.description))
        return distinct.count == 1 ? years.first?.period : nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The end of a span written after a dash: a full year, or two digits in the same century.
    private static func endYear(_ word: String, after first: Int) -> Int? {
        if let y = SentenceReading.year(word), y > first, y - first <= 30 { return y }
        if word.utf8.count == 2, let n = Int(word) {
            let y = first / 100 * 100 + n
            if y > first, y - first <= 30 { return y }
        }
        return nil
    }

    /// Words that join the two years of a span ("2025 à 2028", "2025 to 2028", "entre 2025 et 2027").
    static let spanWords: Set<String> = ["a", "au", "to", "et", "and", "until", "through", "jusqu"]
    /// Words before a year that make it the base of a comparison or of a running total.
    static let baseWords: Set<String> = [
        "depuis", "since", "rapport", "compared", "comparison", "versus", "vs", "contre", "apres", "after", "than", "from",
    ]
    /// Words that introduce a month as a period ("en mai", "in May", "au mois de mai").
    static let monthWords: Set<String> = ["en", "in", "de", "of", "for", "pour", "fin", "end", "debut", "mi", "un", "during"]
    /// Relative years: offset from the article's year.
    static let relative: [String: Int] = [
        "aujourd": 0, "actuellement": 0, "currently": 0, "today": 0,
    ]

    /// The month a word names (English "May" only with its capital).
    static func month(_ lower: String, cased: String) -> Int? {
        if lower == "may" { return cased == "May" ? 5 : nil }
        return months[lower]
    }

    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
        "april": 4, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
}
