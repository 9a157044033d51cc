import Money

/// Finds the year or period a figure refers to in its sentence ("en 2024", "d'ici 2030", "au premier trimestre
/// de 2025", "2024-2030", "FY2025"), and relative years ("cette année", "last year") against the article's date.
struct YearReference {
    let text: UnsafeBufferPointer<UInt8>

    /// A year or period stated in `sentence`, the one nearest to the figure at `figure`.
    ///
    /// Four-digit runs are found by a byte scan; only around those are words read.
    func statedPeriod(in sentence: Range<Int>, near figure: Range<Int>) -> Period? {
        statedPeriodAndDistance(in: sentence, near: figure)?.period
    }

    /// ``statedPeriod(in:near:)`` with its distance to the figure in bytes (a year before the figure counts double).
    func statedPeriodAndDistance(in sentence: Range<Int>, near figure: Range<Int>) -> (period: Period, distance: Int)? {
        var best: (distance: Int, period: Period)?
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard isASCIIDigit(text[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < sentence.upperBound, isASCIIDigit(text[i]) { i += 1 }
            guard i - start == 4, start > 0 ? !isASCIIDigit(text[start - 1]) : true, !figure.contains(start),
                  let period = period(at: start, end: i, within: sentence) else { continue }
            // A year after the figure ("X en 2024") binds more closely than one before it ("en 2030 et X").
            let distance = start < figure.lowerBound ? 2 * (figure.lowerBound - i) : start - figure.upperBound
            if distance < (best?.distance ?? Int.max) { best = (distance, period) }
        }
        return best.map { (period: $0.period, distance: $0.distance) }
    }

    /// The year or span written at `start..<end` when the words around make it a time ("en 2024", "2024-2030").
    private func period(at start: Int, end: Int, within sentence: Range<Int>) -> Period? {
        var year = 0
        for k in start..<end { year = year * 10 + Int(text[k] - 48) }
        guard (1900...2100).contains(year) else { return nil }
        let recentTokens = Array(tokens(before: start, limit: 4, from: sentence.lowerBound, in: text))
        let recent = recentTokens.map { (word: $0.isWord ? lower($0) : "", token: $0) }
        // A digit run glued to a letter ("FY2025" is fine, "A2024" is not) or part of a longer number.
        let glued = start > 0 && isASCIILetter(text[start - 1])
        let fy = glued && recent.last.map { $0.word == "fy" } == true
        if glued && !fy { return nil }
        if start > 0, text[start - 1] == 0x2E || text[start - 1] == 0x2C || text[start - 1] == 0x2F { return nil }
        if end < text.count, text[end] == 0x2F || text[end] == 0x3A { return nil }
        var period = Period(year)
        var look = Tokenizer(text, at: end)
        if let sep = look.next(), !sep.newlineBefore,
           sep.isHyphen || sep.isSymbol(0x2013) || sep.isSymbol(0x2014) || (sep.isWord && ["à", "to", "et", "and"].contains(lower(sep))),
           let second = look.next(), second.isDigits, second.end - second.start == 4,
           let y2 = Int(ascii(second)), y2 > year, y2 - year < 100 {
            period = Period(from: year, to: y2)
        } else {
            var dash = Tokenizer(text, at: end)
            if let sep = dash.next(), sep.isHyphen || sep.isSymbol(0x2013), let second = dash.peek(),
               second.isDigits, second.end - second.start == 2, !second.spaceBefore {
                // "2024-25": a fiscal year across two calendar years.
                let y2 = (year / 100) * 100 + (Int(ascii(second)) ?? 0)
                if y2 > year { period = Period(from: year, to: y2) }
            }
        }
        guard fy || introducesYear(recent) || period.first != period.last else { return nil }
        return period
    }

    /// Whether the words before a year make it the time of something ("en", "pour", "d'ici", "fin de").
    private func introducesYear(_ recent: [(word: String, token: Token)]) -> Bool {
        guard let previous = recent.last?.word else { return false }
        if directMarkers.contains(previous) { return true }
        if previous == "de" || previous == "of" || previous == "d" {
            if recent.count >= 2, periodNouns.contains(recent[recent.count - 2].word) { return true }
            return false
        }
        if months.contains(previous) { return true }
        if previous == "ici", recent.count >= 2, recent[recent.count - 2].word == "d" { return true }
        // "d'ici à 2030" ("à partir de 2027" is a period noun's "de").
        if previous == "à", recent.count >= 2, recent[recent.count - 2].word == "ici" { return true }
        return false
    }

    /// The period a relative expression stands for: "cette année" in a 2025 article is 2025.
    func relativePeriod(in sentence: Range<Int>, near figure: Range<Int>, date: CalendarDate?) -> Period? {
        relativePeriodAndDistance(in: sentence, near: figure, date: date)?.period
    }

    /// ``relativePeriod(in:near:date:)`` with its distance to the figure, counted as for stated years; without a
    /// date the expression is still found ("cette année" is nearer than "en 2026"), with no period.
    func relativePeriodAndDistance(in sentence: Range<Int>, near figure: Range<Int>, date: CalendarDate?)
        -> (period: Period?, distance: Int)? {
        var tokens = Tokenizer(text, at: sentence.lowerBound)
        var words: [Token] = []
        while let t = tokens.next(), t.start < sentence.upperBound {
            if t.isWord { words.append(t) }
        }
        var best: (distance: Int, period: Period?)?
        for i in words.indices {
            let w = words[i].hash
            guard yearNouns.contains(w) else { continue }
            let next = i + 1 < words.count ? words[i + 1].hash : 0
            let previous = i > 0 ? words[i - 1].hash : 0
            var offset: Int?
            if thisWords.contains(previous) {
                offset = 0
            } else if lastWords.contains(next) || lastWords.contains(previous) {
                offset = -1
            } else if nextWords.contains(next) || nextWords.contains(previous) {
                offset = 1
            }
            guard let k = offset else { continue }
            let at = words[i].start
            let distance = at < figure.lowerBound ? 2 * (figure.lowerBound - at) : at - figure.upperBound
            if distance < (best?.distance ?? Int.max) { best = (distance, date.map { Period($0.year + k) }) }
        }
        return best.map { (period: $0.period, distance: $0.distance) }
    }

    private func lower(_ t: Token) -> String {
        String(decoding: text[t.start..<t.end], as: UTF8.self).lowercased()
    }

    private func ascii(_ t: Token) -> Substring {
        Substring(String(decoding: text[t.start..<t.end], as: UTF8.self))
    }
}

private let directMarkers: Set<String> = [
    "en", "pour", "in", "for", "by", "during", "durant", "pendant", "fy", "fiscal", "exercice", "budget", "année",
    "year", "through", "until", "courant", "dès",
]

private let periodNouns: Set<String> = [
    "fin", "début", "trimestre", "semestre", "mi", "courant", "cours", "printemps", "été", "automne", "hiver",
    "end", "beginning", "start", "quarter", "half", "middle", "year", "année", "exercice", "budget", "loi",
    "finances", "mois", "month", "partir",
]

private let months: Set<String> = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
]

private let yearNouns: Set<UInt64> = Set(["année", "an", "exercice", "year"].map(WordHasher.hash))
/// Before the noun: "cette année", "this year".
private let thisWords: Set<UInt64> = Set(["cette", "cet", "this", "current"].map(WordHasher.hash))
/// After the noun in French ("l'an dernier"), before it in English ("last year").
private let lastWords: Set<UInt64> = Set(["dernier", "dernière", "passé", "passée", "précédent", "précédente",
                                          "last", "previous", "past"].map(WordHasher.hash))
private let nextWords: Set<UInt64> = Set(["prochain", "prochaine", "next", "coming"].map(WordHasher.hash))
