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
    ///
    /// A year is not the figure's when a comparison stands between them ("5 % contre 3 % en 2023", "up from the same
    /// period of 2016"), when another figure stands between the figure and a year after it ("2,4 % (contre 1,9 %) et
    /// 1,7 % pour 2024"), or when a year before the figure is bound to the figure before it (`previousEnd`: "0,2 %
    /// pour 2025, 0,5 % pour 2026").
    func statedPeriodAndDistance(in sentence: Range<Int>, near figure: Range<Int>, previousEnd: Int? = nil)
        -> (period: Period, distance: Int)? {
        var best: (distance: Int, period: Period)?
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard isASCIIDigit(text[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < sentence.upperBound, isASCIIDigit(text[i]) { i += 1 }
            guard start > 0 ? !isASCIIDigit(text[start - 1]) : true, !figure.contains(start) else { continue }
            let found: (period: Period, end: Int)?
            if i - start == 4 {
                found = period(at: start, end: i, within: sentence)
            } else if i - start == 2 {
                found = twoDigitPeriod(at: start, end: i, within: sentence)
            } else {
                found = nil
            }
            guard let (period, end) = found else { continue }
            i = max(i, end)
            let before = start < figure.lowerBound
            // A year after the figure ("X en 2024") binds more closely than one before it ("en 2030 et X").
            var distance = before ? 2 * (figure.lowerBound - end) : start - figure.upperBound
            guard distance < (best?.distance ?? Int.max) else { continue }
            let gap = before ? end..<figure.lowerBound : figure.upperBound..<start
            if !before, comparesAcross(gap) { continue }
            // Another figure nearer to the year, or a year right after the figure before: likely theirs.
            if !before, holdsFigure(gap) { distance *= 6 }
            if before, let p = previousEnd, p <= start, start - p <= 32, p > sentence.lowerBound { distance *= 4 }
            guard distance < (best?.distance ?? Int.max) else { continue }
            best = (distance, period)
        }
        return best.map { (period: $0.period, distance: $0.distance) }
    }

    /// The year or span written at `start..<end` when the words around make it a time ("en 2024", "2024-2030",
    /// "2024-25", "2026/27", "FY2025", "fiscal 2025"), and where it ends.
    private func period(at start: Int, end: Int, within sentence: Range<Int>) -> (period: Period, end: Int)? {
        var year = 0
        for k in start..<end { year = year * 10 + Int(text[k] - 48) }
        guard (1900...2100).contains(year) else { return nil }
        let recentTokens = Array(tokens(before: start, limit: 4, from: sentence.lowerBound, in: text))
        let recent = recentTokens.map { (word: $0.isWord ? lower($0) : "", token: $0) }
        // A digit run glued to a letter ("FY2025" is fine, "A2024" is not) or part of a longer number.
        let glued = start > 0 && isASCIILetter(text[start - 1])
        let fy = recent.last.map { $0.word == "fy" } == true
        if glued && !fy { return nil }
        if start > 0, text[start - 1] == 0x2E || text[start - 1] == 0x2C || text[start - 1] == 0x2F { return nil }
        if end < text.count, text[end] == 0x3A { return nil }
        var period = Period(year)
        var periodEnd = end
        var look = Tokenizer(text, at: end)
        if let sep = look.next(), !sep.newlineBefore,
           sep.isHyphen || sep.isSymbol(0x2013) || sep.isSymbol(0x2014) || sep.isSymbol(0x2F)
            || (sep.isWord && ["à", "to", "et", "and"].contains(lower(sep))),
           let second = look.next(), second.isDigits, second.end - second.start == 4,
           let y2 = Int(ascii(second)), y2 > year, y2 - year < 100 {
            // "2024-2030", "2017/2018"; a slash only joins consecutive years ("2024/2025", not a date).
            guard !sep.isSymbol(0x2F) || y2 == year + 1 else { return nil }
            period = Period(from: year, to: y2, label: sep.isSymbol(0x2F) ? "\(year)/\(y2)" : nil)
            periodEnd = second.end
        } else {
            var dash = Tokenizer(text, at: end)
            if let sep = dash.next(), sep.isHyphen || sep.isSymbol(0x2013) || sep.isSymbol(0x2F), let second = dash.peek(),
               second.isDigits, second.end - second.start == 2, !second.spaceBefore, !sep.spaceBefore {
                // "2024-25", "2026/27": a fiscal year across two calendar years, labelled as written.
                let y2 = (year / 100) * 100 + (Int(ascii(second)) ?? 0)
                // A slash joins consecutive years only ("2026/27"; "2001/77/CE" is a reference).
                let slashed = sep.isSymbol(0x2F)
                if slashed, y2 != year + 1 || (second.end < text.count && text[second.end] == 0x2F) { return nil }
                guard y2 > year || sep.isHyphen || sep.isSymbol(0x2013) else { return nil }
                if y2 > year {
                    let mark = sep.isSymbol(0x2F) ? "/" : "-"
                    period = Period(from: year, to: y2, label: "\(year)\(mark)\(ascii(second))")
                    periodEnd = second.end
                }
            } else if end < text.count, text[end] == 0x2F {
                return nil  // a date "12/2024/…" or a path
            }
        }
        let fiscal = fy || isFiscal(recent)
        if fiscal, period.first == period.last { period.label = "FY\(year)" }
        guard fiscal || introducesYear(recent) || period.first != period.last || namesYear(recent, after: periodEnd)
        else { return nil }
        return (period, periodEnd)
    }

    /// "FY25", "FY ’24", "in 24/25": a fiscal year written with two digits.
    private func twoDigitPeriod(at start: Int, end: Int, within sentence: Range<Int>) -> (period: Period, end: Int)? {
        guard let yy = Int(ascii(Token(kind: .digits, start: start, end: end, hash: 0, spaceBefore: false,
                                       newlineBefore: false))) else { return nil }
        if end < text.count, isASCIILetter(text[end]) { return nil }
        let recent = Array(tokens(before: start, limit: 3, from: sentence.lowerBound, in: text))
        let words = recent.filter { !$0.isApostrophe && !$0.isSymbol(0x2018) && !$0.isSymbol(0x2019) }
        if let last = words.last, last.isWord, lower(last) == "fy", start - last.end <= 4 {
            if end < text.count, text[end] == 0x2F || text[end] == 0x2D { return nil }
            return (Period(from: 2000 + yy, to: 2000 + yy, label: "FY\(2000 + yy)"), end)
        }
        // "in 24/25": consecutive two-digit years after "in"/"en"/"for"/"pour".
        guard end + 3 <= text.count, text[end] == 0x2F, isASCIIDigit(text[end + 1]), isASCIIDigit(text[end + 2]),
              end + 3 == text.count || !isASCIIDigit(text[end + 3]) && text[end + 3] != 0x2F,
              let last = words.last, last.isWord, ["in", "en", "for", "pour", "by", "d"].contains(lower(last)),
              start == 0 || text[start - 1] == 0x20 else { return nil }
        let y2 = Int(text[end + 1] - 48) * 10 + Int(text[end + 2] - 48)
        guard y2 == yy + 1 else { return nil }
        return (Period(from: 2000 + yy, to: 2000 + y2, label: String(decoding: text[start..<end + 3], as: UTF8.self)), end + 3)
    }

    /// "fiscal 2025", "fiscal year 2025": a fiscal year, labelled `FY2025`.
    private func isFiscal(_ recent: [(word: String, token: Token)]) -> Bool {
        guard let previous = recent.last?.word else { return false }
        if previous == "fiscal" { return true }
        return previous == "year" && recent.count >= 2 && recent[recent.count - 2].word == "fiscal"
    }

    /// "the 2018 defence budget", "the 2023 N21.8 trillion Appropriation Bill": a year used as an adjective after
    /// an article or a possessive, before a word or a figure.
    private func namesYear(_ recent: [(word: String, token: Token)], after end: Int) -> Bool {
        var look = Tokenizer(text, at: end)
        guard let next = look.next(), !next.newlineBefore else { return false }
        // "a 2025 budget package", "the state's 2024 finances".
        if next.isWord, yearNounsAfter.contains(next.hash) { return true }
        guard let previous = recent.last?.word, adjectiveYearIntroducers.contains(previous) else { return false }
        return next.isWord || next.isSymbol(0x24) || next.isSymbol(0x20AC) || next.isSymbol(0xA3)
    }

    /// Whether a comparison stands in `gap`: "contre", "par rapport à", "compared with", "from", "than", "versus".
    private func comparesAcross(_ gap: Range<Int>) -> Bool {
        guard gap.count > 0, gap.count <= 300 else { return false }
        var tokens = Tokenizer(text, at: gap.lowerBound)
        while let t = tokens.next(), t.end <= gap.upperBound {
            guard t.isWord else { continue }
            if comparisonWords.contains(t.hash) { return true }
            // "from the same period in 2016", "from last year's".
            if t.hash == fromHash {
                var look = tokens
                let a = look.next(), b = look.next()
                if let a, a.isWord, a.hash == lastHash || (a.hash == theHash && b.map { $0.isWord && $0.hash == sameHash } == true) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a figure (a number with `%` or a scale word) stands in `gap`.
    private func holdsFigure(_ gap: Range<Int>) -> Bool {
        guard gap.count > 0, gap.count <= 300 else { return false }
        var tokens = Tokenizer(text, at: gap.lowerBound)
        var afterNumber = false
        var depth = 0
        while let t = tokens.next(), t.end <= gap.upperBound {
            // A conversion in parentheses ("10,9 milliards de francs (11,4 milliards d'euros) pour 2024") is the same figure.
            if t.isSymbol(0x28) { depth += 1; continue }
            if t.isSymbol(0x29) { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if t.isDigits { afterNumber = true; continue }
            if afterNumber, t.isSymbol(0x25) || (t.isWord && figureUnitWords.contains(t.hash)) { return true }
            if !(t.isSymbol(0x2C) || t.isSymbol(0x2E)) { afterNumber = false }
        }
        return false
    }

    /// Whether the words before a year make it the time of something ("en", "pour", "d'ici", "fin de").
    private func introducesYear(_ recent: [(word: String, token: Token)]) -> Bool {
        guard var previous = recent.last?.word else { return false }
        // "December, 2023".
        if previous.isEmpty, recent.last?.token.isSymbol(0x2C) == true, recent.count >= 2,
           months.contains(recent[recent.count - 2].word) {
            return true
        }
        if directMarkers.contains(previous) { return true }
        // "Q4 2024", "S1 2025", "H2 2023".
        if let last = recent.last?.token, last.isDigits, last.end - last.start == 1, recent.count >= 2,
           ["q", "h", "s", "t"].contains(recent[recent.count - 2].word), recent[recent.count - 2].token.end == last.start {
            return true
        }
        // "au premier semestre 2018", "budget initial 2024": a period noun or a budget's adjective right before.
        if periodNouns.contains(previous) && previous != "partir" && previous != "de" { return true }
        if budgetAdjectives.contains(previous) { return true }
        if previous == "l", recent.count >= 2 { previous = recent[recent.count - 2].word }
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
    "months", "quarters", "years", "weeks", "q1", "q2", "q3", "q4", "h1", "h2", "s1", "s2", "t1", "t2", "t3", "t4",
    "early", "late", "mid", "trimestres", "semestres",
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

/// Before a year used as an adjective ("the 2018 budget", "its 2024 finances").
private let adjectiveYearIntroducers: Set<String> = ["the", "a", "its", "their", "his", "her", "our", "s", "this"]
/// Adjectives of a budget before its year ("budget initial 2024", "LFI 2024").
private let budgetAdjectives: Set<String> = [
    "initial", "initiale", "rectificatif", "rectificative", "lfi", "lfr", "plf", "plfss", "primitif", "supplementary",
]
private let comparisonWords: Set<UInt64> = Set([
    "contre", "rapport", "comparé", "comparée", "comparativement", "compared", "comparison", "than",
    "versus", "vs", "qu",
].map(WordHasher.hash))
private let figureUnitWords: Set<UInt64> = Set([
    "milliard", "milliards", "million", "millions", "billion", "billions", "trillion", "bn", "m", "md", "mds",
    "pour", "per", "percent", "points", "point", "crore", "lakh",
].map(WordHasher.hash))
private let lastHash = WordHasher.hash("last")
private let theHash = WordHasher.hash("the")
private let sameHash = WordHasher.hash("same")
/// Nouns a year qualifies when written before them: "2025 budget", "2024 finances".
private let yearNounsAfter: Set<UInt64> = Set([
    "budget", "budgets", "fiscal", "finances", "appropriation", "spending", "estimates",
].map(WordHasher.hash))
