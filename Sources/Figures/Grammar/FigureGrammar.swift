import Money

/// What follows a number and gives it its meaning.
enum FigureUnit {
    case ratio(RatioUnit)
    case currency(String)
    /// A hundredth of a currency: "50 cents", "470 pence", "12 centimes".
    case minorCurrency(String)
    /// A currency code followed by a scale word: "75 USD million".
    case currencyScaled(String, power: Int)
}

/// A figure as the grammar reads it, by byte range, before its context (qualifier, change, year) is known.
struct RawFigure {
    var start: Int
    var end: Int
    var kind: Figure.Kind
    var value: ExactDecimal
    var high: ExactDecimal?
    var currency: String?
    /// +1 or -1 when a sign was written before the number.
    var sign: Int8
    /// Money whose currency was not written next to it ("dont 200 millions"): the paragraph's currency applies.
    var elidedCurrency: Bool
    /// Whether the first number of a range was written with its own unit ("de 2 % à 3 %").
    var rangeWithUnitsOnBoth: Bool
    var after: Tokenizer
}

/// The figure grammar: `[currency] [sign] number [scale] [range] [unit]`, in French or English.
struct FigureGrammar {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    let dollar: String
    var numbers: NumberGrammar { NumberGrammar(text: text, lexicon: lexicon) }
    private var symbols: CurrencySymbols { .shared }

    init(text: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, dollar: String) {
        self.text = text
        self.lexicon = lexicon
        self.dollar = dollar
    }

    /// An amount: a number with its scale ("1,5 milliard", "6 milliards 664 millions", "un milliard et demi").
    struct Amount {
        var number: ReadNumber
        var value: ExactDecimal
        var scaled: Bool
        var moneyOnlyScale: Bool
        var gluedCurrency: String?
        var end: Int
        var after: Tokenizer
    }

    /// Reads a figure starting at `first` (the token the scanner stopped at).
    func read(_ first: Token, after rest: Tokenizer) -> RawFigure? {
        var start = first.start
        var tokens = rest
        var token = first
        var prefix: String?

        // A currency written before the number: "$", "US$", "€", "EUR", "Rs.".
        if !first.isDigits, let match = symbols.match(text, at: first.start, dollar: dollar),
           !first.isWord || match.end > first.end || lexicon.numberWords[first.hash] == nil {
            var code = match.code
            tokens = Tokenizer(text, at: match.end)
            guard var next = tokens.next() else { return nil }
            if text[first.start] == 0x24 {
                if let (q, qualifierStart) = dollarQualifierBefore(first.start) {
                    code = q  // "us $ 150", "c $ 16.4", "hk$ 10"
                    start = qualifierStart
                } else if next.isWord, let q = dollarQualifier(next) {
                    code = q  // "$US 5", "$ CA 10"
                    guard let n = tokens.next() else { return nil }
                    next = n
                }
            }
            if next.newlineBefore { return nil }
            prefix = code
            token = next
        }

        // A sign: "+20 %", "-3 %", "−3 %".
        var sign: Int8 = 0
        if case .symbol(let s) = token.kind, s == 0x2B || s == 0x2D || s == 0x2212 {
            guard let next = tokens.next(), next.isDigits, !next.spaceBefore || s == 0x2B else { return nil }
            sign = s == 0x2B ? 1 : -1
            if prefix == nil { start = token.start }
            token = next
        }
        // "minus five percent", "moins 3 %": a sign written as a word.
        if token.isWord, token.hash == minusHash || (token.hash == moinsHash && lexicon.language == .french),
           let next = tokens.peek(), next.isDigits || isNumberWordToken(next), !next.newlineBefore {
            sign = -1
            if prefix == nil { start = token.start }
            token = next
            _ = tokens.next()
        }
        guard token.isDigits || token.isWord else { return nil }
        // "un", "a": an article starts a figure only before a number, scale or fraction word.
        if token.isWord, case .article? = lexicon.numberWords[token.hash] {
            var look = tokens
            guard let next = look.next(), next.isWord,
                  lexicon.numberWords[next.hash] != nil || lexicon.scaleWords[next.hash] != nil
                    || articleCurrencies.contains(next.hash) else { return nil }
        }

        guard var amount = readAmount(token, after: tokens, currencyBefore: prefix != nil) else { return nil }
        // "règlement CRC 2000-05", "ISO 4217-1": a number glued to "-digits" after a code is an identifier.
        if prefix != nil, !amount.scaled, amount.end + 1 < text.count, text[amount.end] == 0x2D,
           isASCIIDigit(text[amount.end + 1]) {
            return nil
        }
        if prefix == nil && sign == 0 && amount.number.inWords { start = token.start }
        amount.number.sign = sign

        // A range: "entre 2 et 3 %", "2 à 3 %", "2-3 %", "between 5 and 10 million dollars".
        var high: Amount?
        var firstUnit: (FigureUnit, Tokenizer, Int)?
        var unitBothEnds = false
        if prefix == nil { firstUnit = readUnit(after: amount.after, amount: amount) }
        if !(amount.number.isFraction && !amount.scaled),
           let range = readRangeEnd(after: firstUnit?.1 ?? amount.after, firstStart: start) {
            var secondUnit: (FigureUnit, Tokenizer, Int)?
            if prefix == nil || range.prefix == nil || range.prefix == prefix {
                secondUnit = range.prefix.map { (.currency($0), range.amount.after, range.amount.end) }
                    ?? readUnit(after: range.amount.after, amount: range.amount)
            }
            if let second = secondUnit ?? (prefix.map { (.currency($0), range.amount.after, range.amount.end) }) {
                let compatible: Bool
                switch (firstUnit?.0, second.0) {
                case (nil, _): compatible = true
                case (.ratio(let a)?, .ratio(let b)): compatible = a == b
                case (.currency(let a)?, .currency(let b)): compatible = a == b
                case (.minorCurrency(let a)?, .minorCurrency(let b)): compatible = a == b
                default: compatible = false
                }
                // The scale of the second end carries over to the first ("2 à 3 milliards").
                var low = amount
                if !low.scaled && range.amount.scaled, let power = scalePower(range.amount) {
                    low.value = low.number.value.scaled(byPowerOfTen: power)
                    low.scaled = true
                }
                // A range runs from low to high: "1990 à 1015 francs" is a year and an amount.
                let ordered = !(range.amount.value < low.value)
                if compatible, ordered, !(firstUnit != nil && isTransition(before: start)) {
                    unitBothEnds = firstUnit != nil
                    amount = low
                    high = range.amount
                    firstUnit = second
                }
            }
        }

        var kind: Figure.Kind
        var currency: String? = prefix ?? amount.gluedCurrency
        var end = amount.end
        var after = amount.after
        var elided = false
        if let (unit, next, unitEnd) = firstUnit {
            end = unitEnd
            after = next
            switch unit {
            case .ratio(let r):
                guard prefix == nil, amount.gluedCurrency == nil else { return nil }
                kind = r == .percent ? .percent : .points
                if r == .basisPoints {
                    amount.value = amount.value.scaled(byPowerOfTen: -2)
                    if var h = high {
                        h.value = h.value.scaled(byPowerOfTen: -2)
                        high = h
                    }
                }
            case .currency(let code):
                kind = .money
                if currency == nil || currency == dollar { currency = code }
            case .currencyScaled(let code, let power):
                kind = .money
                if currency == nil || currency == dollar { currency = code }
                amount.value = amount.value.scaled(byPowerOfTen: power)
                amount.scaled = true
            case .minorCurrency(let code):
                guard prefix == nil, amount.gluedCurrency == nil, !amount.scaled else { return nil }
                kind = .money
                currency = code
                amount.value = amount.value.scaled(byPowerOfTen: -2)
                if var h = high {
                    h.value = h.value.scaled(byPowerOfTen: -2)
                    high = h
                }
            }
        } else if currency != nil {
            kind = .money
            if let h = high { end = h.end; after = h.after }
        } else {
            // No unit: money only when a large scale word stands alone ("dont 200 millions").
            guard amount.scaled, !amount.moneyOnlyScale, !amount.number.isArticleOnly || amount.scaled else { return nil }
            if let h = high { end = h.end; after = h.after }
            if followedByCountNoun(after) { return nil }
            kind = .money
            elided = true
        }
        if amount.number.isFraction && !amount.scaled && firstUnit == nil { return nil }
        if amount.moneyOnlyScale && kind != .money { return nil }
        if amount.number.isArticleOnly && !amount.scaled && !amount.number.isFraction && kind != .money { return nil }
        if kind == .money, amount.number.isFraction, !amount.scaled { return nil }

        if kind == .money, high == nil, !amount.scaled, let code = currency, !elided,
           let minor = readMinorPart(after: after, currency: code) {
            if let sum = amount.value.adding(minor.value) {
                amount.value = sum
                end = minor.end
                after = minor.after
            }
        }
        var value = amount.value
        if sign < 0 { value = value.negated }
        return RawFigure(start: start, end: end, kind: kind, value: value, high: high?.value, currency: currency,
                         sign: sign, elidedCurrency: elided, rangeWithUnitsOnBoth: unitBothEnds, after: after)
    }

    private func isUpperCase(_ token: Token) -> Bool {
        for i in token.start..<token.end where text[i] &- 65 >= 26 { return false }
        return true
    }

    private func scalePower(_ amount: Amount) -> Int? {
        guard amount.scaled else { return nil }
        let raw = amount.number.value
        // The power the scale applied: compare exponents (exact, both normalized).
        let ratio = amount.value.exponent - raw.exponent
        return amount.value.significand == raw.significand ? ratio : nil
    }

    /// A number and its scale words.
    func readAmount(_ token: Token, after tokens: Tokenizer, currencyBefore: Bool = false) -> Amount? {
        let read: ReadNumber?
        if token.isDigits {
            read = numbers.readDigits(token, after: tokens)
        } else if token.isWord, lexicon.numberWords[token.hash] != nil {
            read = numbers.readWords(token, after: tokens).map { var r = $0; r.start = token.start; return r }
        } else {
            read = nil
        }
        guard let number = read else { return nil }
        var amount = Amount(number: number, value: number.value, scaled: false, moneyOnlyScale: false,
                            gluedCurrency: nil, end: number.end, after: number.after)
        var look = number.after
        guard let next = look.next(), next.isWord, !next.newlineBefore else { return amount }
        var power: Int?
        if let scale = lexicon.scaleWords[next.hash] {
            // Abbreviations must be glued to the number or be followed by a currency.
            if next.hash == grandHash {
                amount.gluedCurrency = dollar  // "10 grand": thousands of the document's dollar
            } else if scale.moneyOnly, !currencyBefore, isLowerSingleLetterOrAmbiguous(next), next.spaceBefore {
                guard let following = look.peek(), following.isSymbol(0x20AC) || following.isSymbol(0x24)
                        || following.isSymbol(0xA3) || symbols.isoCode(text, at: following.start) != nil else {
                    return amount
                }
            }
            power = scale.power
            amount.moneyOnlyScale = scale.moneyOnly
            amount.end = next.end
            amount.after = look
        } else if let glued = symbols.gluedCode(text, word: next) {
            let scaleToken = Token(kind: .word, start: next.start, end: glued.scaleEnd,
                                   hash: hashOf(next.start, glued.scaleEnd), spaceBefore: next.spaceBefore,
                                   newlineBefore: false)
            guard let scale = lexicon.scaleWords[scaleToken.hash] ?? Lexicon.french.scaleWords[scaleToken.hash] else {
                return amount
            }
            power = scale.power
            amount.gluedCurrency = glued.code
            amount.end = next.end
            amount.after = look
        }
        guard let p = power else { return amount }
        amount.scaled = true
        amount.value = number.value.scaled(byPowerOfTen: p)

        // "et demi", "and a half" after the scale.
        var tail = amount.after
        if let c = tail.next(), c.isWord, lexicon.connectors.contains(c.hash) {
            var t2 = tail
            var h = t2.next()
            if let a = h, a.isWord, case .article? = lexicon.numberWords[a.hash] { h = t2.next() }
            if let f = h, f.isWord, case .fraction(let fraction)? = lexicon.numberWords[f.hash],
               let half = fraction.scaled(byPowerOfTen: p).adding(amount.value) {
                amount.value = half
                amount.end = f.end
                amount.after = t2
                return amount
            }
        }
        // Compound amounts: "6 milliards 664 millions".
        tail = amount.after
        if let n = tail.next(), n.isDigits, !n.newlineBefore,
           let part = readAmount(n, after: tail), part.scaled, !part.moneyOnlyScale,
           let partPower = scalePower(part), partPower < p, part.gluedCurrency == nil,
           let sum = amount.value.adding(part.value) {
            amount.value = sum
            amount.end = part.end
            amount.after = part.after
        }
        return amount
    }

    private func hashOf(_ start: Int, _ end: Int) -> UInt64 {
        var hasher = WordHasher()
        var i = start
        while i < end {
            let (s, l) = decodeScalar(text, i)
            hasher.add(s)
            i += l
        }
        return hasher.value
    }

    /// Single-letter or ambiguous abbreviations ("m", "b", "k", "M", "G") that need a currency beside them.
    private func isLowerSingleLetterOrAmbiguous(_ token: Token) -> Bool {
        token.end - token.start <= 3
    }

    /// The unit after an amount: `%`, "pour cent", "points de base", "€", "EUR", "de dollars", "euros".
    func readUnit(after start: Tokenizer, amount: Amount) -> (FigureUnit, Tokenizer, Int)? {
        var tokens = start
        guard var next = tokens.peek(), !next.newlineBefore else { return nil }
        // "half a percentage point", "un demi-point": an article or a hyphen may stand between a fraction and its unit.
        if amount.number.isFraction {
            var look = tokens
            if let t = look.next(), t.isHyphen || (t.isWord && isArticle(t)), let after = look.peek() {
                tokens = look
                next = after
            }
        }
        if next.isSymbol(0x25) || next.isSymbol(0xFF05) {
            // "%28", "30%25": percent-encoding in a URL, not a percentage.
            if next.end < text.count, isASCIIDigit(text[next.end]) || isASCIILetter(text[next.end]) { return nil }
            _ = tokens.next()
            return (.ratio(.percent), tokens, next.end)
        }
        if next.isWord, let match = lexicon.ratioUnits.longestMatch(tokens) {
            return (.ratio(match.value), match.after, match.end)
        }
        if next.isWord, next.hash == pointHash || next.hash == pointsHash || next.hash == ptsHash,
           amount.number.isFraction || speaksOfPercentages(around: next.start) {
            _ = tokens.next()
            // "un quart de point", "rates rose 2 points" next to percentages: bare points are percentage points.
            return (.ratio(.points), tokens, next.end)
        }
        // "12-cent", "one-yen": a unit glued to its number by a hyphen.
        if next.isHyphen, !next.spaceBefore {
            var look = tokens
            _ = look.next()
            if let unit = look.peek(), unit.isWord, !unit.spaceBefore {
                if let minor = minorUnit(unit, glued: true) {
                    _ = look.next()
                    return (.minorCurrency(minor ?? dollar), look, unit.end)
                }
                if let match = lexicon.currencyNames.longestMatch(look) {
                    return qualifyDollar(match.value, match.after, match.end)
                }
            }
        }
        if let minor = minorUnit(next, glued: !next.spaceBefore), !amount.scaled {
            _ = tokens.next()
            return (.minorCurrency(minor ?? dollar), tokens, next.end)
        }
        if let match = symbols.match(text, at: next.start, dollar: dollar), !isNumberWordToken(next),
           match.end >= text.count || !isASCIIDigit(text[match.end]) {
            // A symbol glued to the next number ("1 $10") is that number's, not this one's.
            var after = Tokenizer(text, at: match.end)
            var code = match.code
            var end = match.end
            if text[next.start] == 0x24, let q = after.peek(), q.isWord, let qualified = dollarQualifier(q) {
                _ = after.next()
                code = qualified
                end = q.end
            }
            return scaledAfterCode(.currency(code), after, end, amount)
        }
        if let code = lowercaseCode(next) {
            _ = tokens.next()
            return scaledAfterCode(.currency(code), tokens, next.end, amount)
        }
        if next.isWord, let match = lexicon.currencyNames.longestMatch(tokens) {
            return qualifyDollar(match.value, match.after, match.end)
        }
        // "millions de dollars", "milliards d'euros", "million of dollars": a connector needs a scale before it.
        if next.isWord, lexicon.ofWords.contains(next.hash), amount.scaled || amount.number.isFraction {
            _ = tokens.next()
            if let apostrophe = tokens.peek(), apostrophe.isApostrophe { _ = tokens.next() }
            if amount.number.isFraction, let a = tokens.peek(), a.isWord, case .article? = lexicon.numberWords[a.hash] {
                _ = tokens.next()  // "a quarter of a point"
            }
            if let match = lexicon.currencyNames.longestMatch(tokens) {
                return qualifyDollar(match.value, match.after, match.end)
            }
            if let unit = tokens.peek(), unit.isWord, let ratio = lexicon.ratioUnits.longestMatch(tokens) {
                return (.ratio(ratio.value), ratio.after, ratio.end)
            }
            if let unit = tokens.peek(), unit.isWord, unit.hash == pointHash || unit.hash == pointsHash {
                _ = tokens.next()
                return (.ratio(.points), tokens, unit.end)
            }
            if let symbol = tokens.peek(), let match = symbols.match(text, at: symbol.start, dollar: dollar) {
                var after = Tokenizer(text, at: match.end)
                if text[symbol.start] == 0x24, let q = after.peek(), q.isWord, let code = dollarQualifier(q) {
                    _ = after.next()
                    return (.currency(code), after, q.end)  // "millions de $ CAD", "milliards de $ hk"
                }
                return (.currency(match.code), after, match.end)
            }
        }
        return nil
    }

    /// Whether the text near `offset` speaks of percentages (a `%`, "pour cent", "taux", "rate"), so that bare
    /// "points" are percentage points rather than points of a score or a driving licence.
    private func speaksOfPercentages(around offset: Int) -> Bool {
        let sentence = Sentences(text: text).bounds(of: offset, offset)
        let from = max(sentence.lowerBound, offset - 200)
        let to = min(sentence.upperBound, offset + 120)
        var i = from
        while i < to {
            let b = text[i]
            if b == 0x25 { return true }
            if (b | 0x20) == 0x74 || (b | 0x20) == 0x72 || (b | 0x20) == 0x70, i + 4 <= to {
                let word = (text[i] | 0x20, text[i + 1], text[i + 2], text[i + 3])
                if word == (0x74, 0x61, 0x75, 0x78) || word == (0x72, 0x61, 0x74, 0x65)  // "taux", "rate"
                    || word == (0x70, 0x65, 0x72, 0x63) || word == (0x70, 0x6F, 0x75, 0x72) {  // "perc…", "pour"
                    if word != (0x70, 0x6F, 0x75, 0x72) || (i + 9 <= to && text[i + 5] == 0x63 && text[i + 6] == 0x65) {
                        return true
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// "75 USD million": a scale word after the currency code still scales the number.
    private func scaledAfterCode(_ unit: FigureUnit, _ after: Tokenizer, _ end: Int, _ amount: Amount)
        -> (FigureUnit, Tokenizer, Int) {
        guard !amount.scaled else { return (unit, after, end) }
        var look = after
        if let next = look.next(), next.isWord, !next.newlineBefore, let scale = lexicon.scaleWords[next.hash],
           !scale.moneyOnly {
            if case .currency(let code) = unit { return (.currencyScaled(code, power: scale.power), look, next.end) }
        }
        return (unit, after, end)
    }

    private func qualifyDollar(_ code: String, _ after: Tokenizer, _ end: Int) -> (FigureUnit, Tokenizer, Int) {
        // "dollars" alone is the dollar of the document; "dollars US", "dollars canadiens" are in the names.
        var code = code
        var tokens = after
        var end = end
        if code == "USD" || code == dollar {
            if let q = tokens.peek(), q.isWord, let qualified = dollarQualifier(q) {
                _ = tokens.next()
                code = qualified
                end = q.end
            } else if !isExplicitUSDollar(end) {
                code = dollar
            }
        }
        return (.currency(code), tokens, end)
    }

    /// Whether the currency name ending at `end` names the US dollar explicitly ("dollars américains").
    private func isExplicitUSDollar(_ end: Int) -> Bool {
        var i = end - 1
        while i > 0, text[i] & 0xC0 == 0x80 { i -= 1 }
        // The last word of "dollar(s)" ends with "r" or "s" after "dolla"; explicit names end otherwise.
        let tail = text[max(0, end - 7)..<end]
        return !(tail.elementsEqual("dollars".utf8) || tail.suffix(6).elementsEqual("dollar".utf8)
            || tail.suffix(6).elementsEqual("Dollar".utf8) || tail.elementsEqual("Dollars".utf8))
    }

    private func isArticle(_ token: Token) -> Bool {
        if case .article? = lexicon.numberWords[token.hash] { return true }
        return false
    }

    private func isNumberWordToken(_ token: Token) -> Bool {
        token.isWord && lexicon.numberWords[token.hash] != nil
    }

    /// The second end of a range: "à 3", "to 5", "-3", "et 3" after "entre", "and 5" after "between".
    func readRangeEnd(after start: Tokenizer, firstStart: Int) -> (amount: Amount, prefix: String?)? {
        var tokens = start
        guard let connector = tokens.next(), !connector.newlineBefore else { return nil }
        var ok = false
        if connector.isWord {
            if connector.hash == toHash || connector.hash == aHash || connector.hash == auHash {
                ok = true
            } else if connector.hash == etHash || connector.hash == andHash {
                ok = precededByBetween(firstStart)
            }
        } else if case .symbol(let s) = connector.kind, s == 0x2D || s == 0x2013 || s == 0x2014 || s == 0x2010 {
            ok = true
        }
        guard ok, var next = tokens.next(), !next.newlineBefore else { return nil }
        var prefix: String?
        if !next.isDigits, !isNumberWordToken(next), let match = symbols.match(text, at: next.start, dollar: dollar) {
            prefix = match.code
            tokens = Tokenizer(text, at: match.end)
            guard let n = tokens.next() else { return nil }
            next = n
        }
        guard next.isDigits || isNumberWordToken(next) else { return nil }
        if next.isWord, case .article? = lexicon.numberWords[next.hash] { return nil }
        guard let amount = readAmount(next, after: tokens), !amount.number.isFraction else { return nil }
        return (amount, prefix)
    }

    /// Whether "de X % à Y %" reads as a move from one level to another ("passer de 2 % à 3 %",
    /// "rose from 2% to 3%"), two figures rather than a range.
    private func isTransition(before offset: Int) -> Bool {
        let context = FigureContext(text: text, lexicon: lexicon)
        let words = context.words(before: offset, limit: 3, from: max(0, offset - 80))
        guard let last = words.last, last.word == "de" || last.word == "from" || last.word == "d" else { return false }
        return words.dropLast().contains { isMovementWord($0.word) }
    }

    private func precededByBetween(_ offset: Int) -> Bool {
        let words = wordsBefore(offset, in: text, limit: 3)
        return words.contains(entreHash) || words.contains(betweenHash)
    }

    /// Whether the amount is followed by "de/d'/of" and a noun: a count ("un million de drones"), not money.
    func followedByCountNoun(_ start: Tokenizer) -> Bool {
        var tokens = start
        guard let next = tokens.next(), !next.newlineBefore else { return false }
        if next.isWord, lexicon.ofWords.contains(next.hash) || next.hash == deHash || next.hash == ofHash {
            return true
        }
        // "200 millions d'habitants" handled above; "3 millions personnes" (rare) and "millions of people" too.
        return next.isWord && lexicon.scaleWords[next.hash] == nil && !lexicon.connectors.contains(next.hash)
            && isCountNoun(next)
    }

    private func isCountNoun(_ token: Token) -> Bool {
        countNouns.contains(token.hash)
    }
}

/// The hashes of the last `limit` words before byte `offset` (closest last).
func wordsBefore(_ offset: Int, in text: UnsafeBufferPointer<UInt8>, limit: Int) -> [UInt64] {
    var start = max(0, offset - 24 * limit)
    while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
    var tokens = Tokenizer(text, at: start)
    var words: [UInt64] = []
    while let t = tokens.next(), t.end <= offset {
        if t.isWord { words.append(t.hash) }
        else if t.isApostrophe || t.isHyphen { continue }
        else { words.append(0) }
    }
    return Array(words.suffix(limit))
}

/// Currency words that make a figure after "a"/"un" ("a dollar", "un euro", "a penny"); "un livre" is a book.
let articleCurrencies: Set<UInt64> = Set(["dollar", "euro", "buck", "penny", "cent", "centime", "yen", "rouble",
                                          "ruble", "hryvnia", "zloty"].map(WordHasher.hash))
let pointHash = WordHasher.hash("point")
let grandHash = WordHasher.hash("grand")
let minusHash = WordHasher.hash("minus")
let moinsHash = WordHasher.hash("moins")
let pointsHash = WordHasher.hash("points")
let ptsHash = WordHasher.hash("pts")
let toHash = WordHasher.hash("to")
let aHash = WordHasher.hash("à")
let auHash = WordHasher.hash("au")
let etHash = WordHasher.hash("et")
let andHash = WordHasher.hash("and")
let deHash = WordHasher.hash("de")
let ofHash = WordHasher.hash("of")
let entreHash = WordHasher.hash("entre")
let betweenHash = WordHasher.hash("between")
let countNouns: Set<UInt64> = Set(["personnes", "habitants", "people", "soldats", "soldiers", "emplois", "jobs",
                                   "tonnes", "tons", "barils", "barrels", "utilisateurs", "users", "ménages",
                                   "households", "électeurs", "voters", "voix", "votes", "km", "kilomètres",
                                   "drones", "obus", "shells", "munitions", "rounds", "doses", "réfugiés",
                                   "refugees", "déplacés", "victimes", "morts", "tués", "blessés", "visiteurs",
                                   "exemplaires", "copies", "abonnés", "subscribers", "hectares", "acres",
                                   "logements", "homes", "véhicules", "vehicles", "barils"].map(WordHasher.hash))
