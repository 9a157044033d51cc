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
    /// Whether the first number of a range was written with its own unit or scale ("de 2 % à 3 %", "de 2,38
    /// millions à 2,5 millions").
    var rangeWithUnitsOnBoth: Bool
    var after: Tokenizer
}

/// The figure grammar: `[currency] [sign] number [scale] [range] [unit]`, in French or English.
struct FigureGrammar {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    let dollar: String
    /// Where numbers too large to read exactly are recorded.
    let unreadable: UnreadableNumbers?
    var numbers: NumberGrammar { NumberGrammar(text: text, lexicon: lexicon, unreadable: unreadable) }
    var symbols: CurrencySymbols { .shared }

    init(text: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, dollar: String, unreadable: UnreadableNumbers? = nil) {
        self.text = text
        self.unreadable = unreadable
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
        var letterPrefix = false

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
        } else if first.isWord, first.end - first.start == 1, let letter = symbols.letterPrefix(text, at: first.start),
                  let next = tokens.next(), next.isDigits {
            // "N21.8 trillion", "R5 billion": only with a scale word (checked below).
            prefix = letter.code
            letterPrefix = true
            token = next
        }

        // A sign: "+20 %", "-3 %", "−3 %".
        var sign: Int8 = 0
        if case .symbol(let s) = token.kind, s == 0x2B || s == 0x2D || s == 0x2212 {
            guard let next = tokens.next(), next.isDigits, !next.spaceBefore || signStandsApart(token.start)
            else { return nil }
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
        // A one-letter symbol needs a scale word or a grouped number of millions ("N8,612,236,953").
        if letterPrefix, !amount.scaled, amount.value < ExactDecimal(significand: 1, exponent: 6) { return nil }
        // "règlement CRC 2000-05", "ISO 4217-1": a number glued to "-digits" after a code is an identifier.
        if prefix != nil, !amount.scaled, amount.end + 1 < text.count, text[amount.end] == 0x2D,
           isASCIIDigit(text[amount.end + 1]), !rangeEndHasScale(after: amount.end + 1) {
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
                let ownScale = low.scaled
                if !low.scaled && range.amount.scaled, let power = scalePower(range.amount) {
                    low.value = low.number.value.scaled(byPowerOfTen: power)
                    low.scaled = true
                }
                // A range runs from low to high: "1990 à 1015 francs" is a year and an amount.
                let ordered = !(range.amount.value < low.value)
                if compatible, ordered, !(firstUnit != nil && isTransition(before: start)) {
                    unitBothEnds = firstUnit != nil || ownScale
                    amount = low
                    high = range.amount
                    firstUnit = second
                }
            } else if firstUnit == nil, prefix == nil, range.prefix == nil, range.amount.scaled,
                      !range.amount.moneyOnlyScale, let power = scalePower(range.amount), !amount.scaled,
                      !(range.amount.value < amount.number.value.scaled(byPowerOfTen: power)) {
                // "un trou de 1 à 1,5 milliard": a range of amounts whose currency the text leaves out.
                amount.value = amount.number.value.scaled(byPowerOfTen: power)
                amount.scaled = true
                high = range.amount
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

    /// Whether a sign at `offset` may be followed by a space: "(- 4,2 %)", "(+ 3 %)" after an opening bracket;
    /// a plus also after a word ("un excédent de + 9,1 M€"). Not a bullet "- 5 €" at a line's start, nor the
    /// arithmetic of "15,30 € + 1,50 €".
    func signStandsApart(_ offset: Int) -> Bool {
        var k = offset - 1
        if k >= 0, text[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return false }
        if text[k] == 0x28 || text[k] == 0x5B { return true }
        guard text[offset] == 0x2B else { return false }
        if isASCIILetter(text[k]) { return true }
        var lead = k
        while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
        return text[k] >= 0x80 && classify(decodeScalar(text, lead).scalar) == .letter
    }

    /// Whether the number at `offset` has a scale word ("$NZ9-14.5 billion" is a range, "CRC 2000-05" is not).
    func rangeEndHasScale(after offset: Int) -> Bool {
        var tokens = Tokenizer(text, at: offset)
        guard let first = tokens.next(), first.isDigits, let amount = readAmount(first, after: tokens) else { return false }
        return amount.scaled
    }

    func isUpperCase(_ token: Token) -> Bool {
        for i in token.start..<token.end where text[i] &- 65 >= 26 { return false }
        return true
    }

    func scalePower(_ amount: Amount) -> Int? {
        guard amount.scaled else { return nil }
        let raw = amount.number.value
        // The power the scale applied: compare exponents (exact, both normalized).
        let ratio = amount.value.exponent - raw.exponent
        return amount.value.significand == raw.significand ? ratio : nil
    }
}
