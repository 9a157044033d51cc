import Money

/// A number read from the text, before its unit.
struct ReadNumber {
    var value: ExactDecimal
    /// Byte offset of the first character (a sign included).
    var start: Int
    /// Byte offset just past the last character read.
    var end: Int
    /// The tokenizer positioned after the number.
    var after: Tokenizer
    /// Whether it was written in words ("vingt", "two").
    var inWords: Bool
    /// Whether it is a bare fraction word ("half", "quart") with no number before it.
    var isFraction: Bool
    /// The sign written before it, if any.
    var sign: Int8
    /// Whether it is only an article ("un", "a"), which counts as one before a scale word.
    var isArticleOnly: Bool = false
}

/// Digits gathered into an integer, at most 18 significant ones.
struct DigitAccumulator {
    var significand: Int64 = 0
    var count = 0

    /// Appends ASCII digits; `false` when there are more than 18 significant digits.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range {
            let d = text[i] &- 48
            if significand == 0 && d == 0 { continue }
            count += 1
            guard count <= 18 else { return false }
            significand = significand * 10 + Int64(d)
        }
        return true
    }
}

/// Numbers that looked like figures but could not be read exactly (past 18 significant digits, or a
/// word number whose value overflows): the scanner reports them instead of dropping them silently.
final class UnreadableNumbers {
    /// Byte ranges of the numbers, in the order met (at most ``limit`` are kept; ``count`` counts all).
    private(set) var ranges: [Range<Int>] = []
    /// How many were met.
    private(set) var count = 0
    /// The most ranges kept.
    static let limit = 100

    /// The furthest byte a number too large, or a list of numbers, reached: the scanner goes on after it, so that
    /// no figure is read from the tail of a number it could not read whole.
    private(set) var end = 0

    /// Marks `range` as read past (a list of numbers), without reporting it.
    func pass(over range: Range<Int>) {
        end = max(end, range.upperBound)
    }

    func add(_ range: Range<Int>) {
        end = max(end, range.upperBound)
        if let last = ranges.last, last.overlaps(range) || last.upperBound == range.lowerBound { return }
        count += 1
        if ranges.count < Self.limit { ranges.append(range) }
    }
}

/// Reads numbers written in digits (with the separators of the language) or in words.
struct NumberGrammar {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    /// Where numbers past the exact range are recorded.
    var unreadable: UnreadableNumbers? = nil

    /// Reads a number written in digits starting at `token`, with its group separators and decimal part.
    func readDigits(_ token: Token, after tokens: Tokenizer) -> ReadNumber? {
        var accumulator = DigitAccumulator()
        guard accumulator.append(text, token.start..<token.end) else {
            unreadable?.add(token.start..<token.end)
            return nil
        }
        var end = token.end
        var fractionDigits = 0
        let french = lexicon.language == .french

        // Thousands groups: a space-like separator, or `.`/`,` where the language and the groups make it clear.
        var groupSeparator: UInt32?
        while token.end - token.start <= 3, let (sep, sepLength) = separator(at: end) {
            let groupStart = end + sepLength
            guard groupStart + 3 <= text.count, isDigitRun(groupStart, exactly: 3) else { break }
            if classify(sep) != .space {
                // `.` groups in French ("1.500.000"), `,` groups in English ("1,500,000"); either when repeated.
                let repeated = groupStart + 3 < text.count && text[groupStart + 3] == UInt8(truncatingIfNeeded: sep)
                    && isDigitRun(groupStart + 4, exactly: 3)
                let languageGroup = (french && sep == 0x2E) || (!french && sep == 0x2C)
                guard repeated || languageGroup || groupSeparator == sep else { break }
            }
            if let g = groupSeparator, g != sep { break }
            groupSeparator = sep
            guard accumulator.append(text, groupStart..<groupStart + 3) else { return tooLong(token.start, groupedBy: sep) }
            end = groupStart + 3
        }

        // Indian grouping in English: "12,34,567.89" (lakhs and crores), two-digit groups then three.
        if !french, groupSeparator == nil, token.end - token.start <= 2, let indian = indianGroups(from: token.end) {
            for group in indian.groups {
                guard accumulator.append(text, group) else { return tooLong(token.start, groupedBy: 0x2C) }
            }
            end = indian.end
            groupSeparator = 0x2C
        }

        // Decimal part: `,` or `.` followed by digits, unless that mark was the group separator.
        if end + 1 < text.count, text[end] == 0x2C || text[end] == 0x2E,
           UInt32(text[end]) != groupSeparator, isASCIIDigit(text[end + 1]) {
            // In English a comma is never a decimal mark.
            if french || text[end] == 0x2E {
                var j = end + 1
                while j < text.count, isASCIIDigit(text[j]) { j += 1 }
                guard accumulator.append(text, (end + 1)..<j) else { return tooLong(token.start) }
                fractionDigits = j - end - 1
                end = j
            }
        } else if groupSeparator == nil, token.end - token.start <= 3, let broken = brokenDecimal(at: end) {
            // "42. 13 billion", "493, 5 milliards": a decimal split by a space, when a scale or % follows.
            guard accumulator.append(text, broken.digits) else { return tooLong(token.start) }
            fractionDigits = broken.digits.count
            end = broken.digits.upperBound
        }
        let value = ExactDecimal(significand: accumulator.significand, exponent: -fractionDigits)
        return ReadNumber(value: value, start: token.start, end: end, after: Tokenizer(text, at: end),
                          inWords: false, isFraction: false, sign: 0)
    }

    /// The fraction digits of a decimal split by one space after its mark ("42. 13 billion", "493, 5 milliards",
    /// "1, 6 %"): the language's decimal mark (`,` in French, `.` in English), a space or no-break space, one to
    /// three digits, then a scale word or `%`. Anything else ("en 1993, 5 élus") is two numbers.
    func brokenDecimal(at mark: Int) -> (digits: Range<Int>, end: Int)? {
        guard mark < text.count, text[mark] == (lexicon.language == .french ? 0x2C : 0x2E) else { return nil }
        var k = mark + 1
        if k < text.count, text[k] == 0x20 {
            k += 1
        } else if k + 1 < text.count, text[k] == 0xC2, text[k + 1] == 0xA0 {
            k += 2
        } else {
            return nil
        }
        let first = k
        while k < text.count, isASCIIDigit(text[k]), k - first < 4 { k += 1 }
        guard (1...3).contains(k - first), k >= text.count || !isASCIIDigit(text[k]) else { return nil }
        var after = Tokenizer(text, at: k)
        guard let next = after.next(), !next.newlineBefore else { return nil }
        if next.isSymbol(0x25) { return (first..<k, k) }
        guard next.isWord, next.spaceBefore, let scale = lexicon.scaleWords[next.hash], !scale.moneyOnly else { return nil }
        return (first..<k, k)
    }

    /// Records the digits from `start` as unreadable (more than 18 significant digits).
    ///
    /// Groups joined by `,` or `.` past 18 digits are a list of numbers ("articles 114,121,272,279,344,393,407"),
    /// not one number: no amount in the news reaches 10¹⁸ written that way, so nothing is read and nothing reported.
    private func tooLong(_ start: Int, groupedBy separator: UInt32? = nil) -> ReadNumber? {
        var end = start
        while end < text.count, isASCIIDigit(text[end]) || text[end] == 0x2C || text[end] == 0x2E || text[end] == 0x20 {
            end += 1
        }
        if separator == 0x2C || separator == 0x2E {
            unreadable?.pass(over: start..<end)
        } else {
            unreadable?.add(start..<end)
        }
        return nil
    }

    /// `,dd,dd,ddd` after the first group: the digit ranges, or `nil` unless it ends with a three-digit group.
    private func indianGroups(from start: Int) -> (groups: [Range<Int>], end: Int)? {
        var groups: [Range<Int>] = []
        var i = start
        while i + 3 <= text.count, text[i] == 0x2C, isDigitRun(i + 1, exactly: 2), i + 3 < text.count, text[i + 3] == 0x2C {
            groups.append((i + 1)..<(i + 3))
            i += 3
        }
        guard !groups.isEmpty, i < text.count, text[i] == 0x2C, isDigitRun(i + 1, exactly: 3) else { return nil }
        groups.append((i + 1)..<(i + 4))
        return (groups, i + 4)
    }

    private func separator(at i: Int) -> (UInt32, Int)? {
        guard i < text.count else { return nil }
        let (s, l) = decodeScalar(text, i)
        switch s {
        case 0x20, 0xA0, 0x202F, 0x2009, 0x2007, 0x2E, 0x2C: return (s, l)
        default: return nil
        }
    }

    private func isDigitRun(_ i: Int, exactly n: Int) -> Bool {
        guard i + n <= text.count else { return false }
        for k in 0..<n where !isASCIIDigit(text[i + k]) { return false }
        return i + n == text.count || !isASCIIDigit(text[i + n])
    }

    private func joinsAfterConnector(last: Int64, next: Int64) -> Bool {
        if lexicon.language == .english { return last == 100 || last == 1000 }
        return (20...60).contains(last) && last % 10 == 0 && (next == 1 || next == 11)
    }

    /// Reads a number written in words starting at `token` ("vingt-cinq", "un milliard et demi" up to the scale,
    /// "two hundred", "a quarter").
    func readWords(_ token: Token, after start: Tokenizer) -> ReadNumber? {
        let firstStart = token.start
        var tokens = start
        var total: Int64 = 0
        var current: Int64 = 0
        var lastValue: Int64 = -1
        var any = false
        var end = token.end
        var afterLast = tokens
        var token: Token? = token
        var fraction: ExactDecimal?
        var articleOnly = false

        while let t = token, t.isWord, let word = lexicon.numberWords[t.hash] {
            if any && t.newlineBefore { break }
            switch word {
            case .article:
                guard !any else { break }
                articleOnly = true
                current = 1
            case .value(let v):
                if articleOnly { return nil }  // "a two" is not a number
                if v == 20 && lastValue == 4 && current % 100 == 4 {
                    current += 76  // quatre-vingt(s)
                } else if lastValue >= 0 && lastValue < 10 && v < 100 && lastValue != 0 && current % 100 != 0 && v >= 10 {
                    return nil  // "deux vingt": not a number
                } else {
                    guard let sum = checkedSum(current, v) else { return overflow(firstStart, t.end) }
                    current = sum
                }
                lastValue = v
            case .hundred:
                guard let product = checkedProduct(max(current, 1), 100) else { return overflow(firstStart, t.end) }
                current = product
                lastValue = 100
                articleOnly = false
            case .thousand:
                guard let product = checkedProduct(max(current, 1), 1000), let sum = checkedSum(total, product) else {
                    return overflow(firstStart, t.end)
                }
                total = sum
                current = 0
                lastValue = 1000
                articleOnly = false
            case .fraction(let f):
                fraction = f
            }
            any = true
            end = t.end
            afterLast = tokens
            if fraction != nil { break }
            // Hyphens and "et"/"and" join number words ("vingt-cinq", "vingt et un", "hundred and five").
            var look = tokens
            var next = look.next()
            if let h = next, h.isHyphen, !h.spaceBefore {
                next = look.next()
            } else if let c = next, c.isWord, lexicon.connectors.contains(c.hash) {
                var probe = look.next()
                if let p = probe, p.isWord, case .article? = lexicon.numberWords[p.hash] {
                    // "one and a half": only a fraction may follow the article.
                    var fractionLook = look
                    guard let f = fractionLook.next(), f.isWord, case .fraction? = lexicon.numberWords[f.hash] else { break }
                    look = fractionLook
                    probe = f
                }
                if let p = probe, p.isWord, let w = lexicon.numberWords[p.hash] {
                    if case .article = w { break }
                    // "and"/"et" join only where the language does: "one hundred and five", "vingt et un".
                    if case .value(let v) = w, !joinsAfterConnector(last: lastValue, next: v) { break }
                    if case .fraction(let f) = w {
                        // "deux et demi", "one and a half": the fraction adds to the number before it.
                        guard let whole = checkedSum(total, current).map({ ExactDecimal(significand: $0) }) else {
                            return overflow(firstStart, p.end)
                        }
                        guard let sum = whole.adding(f) else { return nil }
                        return ReadNumber(value: sum, start: 0, end: p.end, after: look, inWords: true,
                                          isFraction: false, sign: 0)
                    }
                    next = probe
                } else {
                    break
                }
            }
            guard let n = next, n.isWord, lexicon.numberWords[n.hash] != nil else { break }
            tokens = look
            token = n
        }
        guard any else { return nil }
        guard let base = checkedSum(total, current) else { return overflow(firstStart, end) }
        let value: ExactDecimal
        if let f = fraction {
            let multiplier = base == 0 ? 1 : base
            guard let v = f.multiplied(by: multiplier) else { return overflow(firstStart, end) }
            value = v
        } else {
            value = ExactDecimal(significand: base)
        }
        return ReadNumber(value: value, start: 0, end: end, after: afterLast, inWords: true,
                          isFraction: fraction != nil && base <= 1, sign: 0,
                          isArticleOnly: articleOnly && fraction == nil && lastValue < 0)
    }

    /// `a + b`, or `nil` past `Int64`.
    private func checkedSum(_ a: Int64, _ b: Int64) -> Int64? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }

    /// `a × b`, or `nil` past `Int64`.
    private func checkedProduct(_ a: Int64, _ b: Int64) -> Int64? {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }

    /// Records the words at `start..<end` as a number too large to read exactly ("cent cent cent …").
    private func overflow(_ start: Int, _ end: Int) -> ReadNumber? {
        unreadable?.add(start..<end)
        return nil
    }
}
