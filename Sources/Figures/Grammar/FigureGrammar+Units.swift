import Money

extension FigureGrammar {
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
        // "la somme de deux mille milliards (2.000.000.000.000) de francs CFA": digits restating an amount in words,
        // in parentheses, with the currency after them.
        if next.isSymbol(0x29), amount.number.start > 0, text[amount.number.start - 1] == 0x28, !amount.number.inWords {
            var look = tokens
            _ = look.next()
            if let of = look.next(), of.isWord, lexicon.ofWords.contains(of.hash), !of.newlineBefore {
                if let apostrophe = look.peek(), apostrophe.isApostrophe { _ = look.next() }
                if let match = lexicon.currencyNames.longestMatch(look) {
                    let (unit, after, _) = qualifyDollar(match.value, match.after, match.end, from: match.end)
                    return (unit, after, amount.end)
                }
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
                    return qualifyDollar(match.value, match.after, match.end, from: unit.start)
                }
                if let match = lexicon.ratioUnits.longestMatch(look) {
                    return (.ratio(match.value), match.after, match.end)  // "60-basis-point", "5-per-cent"
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
            // "7 278,1 Fcfa milliards": a scale word after the currency's name.
            let (unit, after, end) = qualifyDollar(match.value, match.after, match.end, from: next.start)
            return scaledAfterCode(unit, after, end, amount)
        }
        // "78 milliards F": a capital F alone after a scale word is the document's franc.
        if next.isWord, amount.scaled, next.end - next.start == 1, text[next.start] == 0x46,
           next.end >= text.count || !isASCIIDigit(text[next.end]) {
            _ = tokens.next()
            return (.currency(CurrencyFamily.franc.placeholder), tokens, next.end)
        }
        // "millions de dollars", "milliards d'euros", "million of dollars": a connector needs a scale before it.
        if next.isWord, lexicon.ofWords.contains(next.hash), amount.scaled || amount.number.isFraction {
            _ = tokens.next()
            if let apostrophe = tokens.peek(), apostrophe.isApostrophe { _ = tokens.next() }
            if amount.number.isFraction, let a = tokens.peek(), a.isWord, case .article? = lexicon.numberWords[a.hash] {
                _ = tokens.next()  // "a quarter of a point"
            }
            if let match = lexicon.currencyNames.longestMatch(tokens) {
                return qualifyDollar(match.value, match.after, match.end, from: tokens.peek()?.start ?? match.end)
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
    func speaksOfPercentages(around offset: Int) -> Bool {
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
        // "le chômage recule de 0,8 point", "inflation eased 0.4 points": quantities that are rates.
        var tokens = Tokenizer(text, at: from)
        while let t = tokens.next(), t.end <= to {
            if t.isWord, rateNouns.contains(t.hash) { return true }
        }
        return false
    }

    /// "75 USD million": a scale word after the currency code still scales the number.
    func scaledAfterCode(_ unit: FigureUnit, _ after: Tokenizer, _ end: Int, _ amount: Amount)
        -> (FigureUnit, Tokenizer, Int) {
        guard !amount.scaled else { return (unit, after, end) }
        var look = after
        if let next = look.next(), next.isWord, !next.newlineBefore, let scale = lexicon.scaleWords[next.hash],
           !scale.moneyOnly {
            if case .currency(let code) = unit { return (.currencyScaled(code, power: scale.power), look, next.end) }
        }
        return (unit, after, end)
    }

    func qualifyDollar(_ code: String, _ after: Tokenizer, _ end: Int, from start: Int) -> (FigureUnit, Tokenizer, Int) {
        // "dollars" alone is the dollar of the document; "dollars US", "dollars canadiens" are in the names.
        var code = code
        var tokens = after
        var end = end
        if code == "USD" || code == dollar {
            if let q = tokens.peek(), q.isWord, let qualified = dollarQualifier(q) {
                _ = tokens.next()
                code = qualified
                end = q.end
            } else if !isExplicitUSDollar(end, from: start) {
                code = dollar
            }
        }
        return (.currency(code), tokens, end)
    }

    /// Whether the currency name at `start..<end` names the US dollar explicitly ("dollars américains",
    /// "U.S. dollars"), rather than being a bare "dollar(s)".
    func isExplicitUSDollar(_ end: Int, from start: Int) -> Bool {
        let words = tokens(before: end, limit: 4, from: max(0, start), in: text).filter(\.isWord)
        guard let last = words.last else { return false }
        return words.count > 1 || !dollarNameHashes.contains(last.hash)
    }

    func isArticle(_ token: Token) -> Bool {
        if case .article? = lexicon.numberWords[token.hash] { return true }
        return false
    }

    func isNumberWordToken(_ token: Token) -> Bool {
        token.isWord && lexicon.numberWords[token.hash] != nil
    }
}

/// Quantities measured in percent: bare "points" near them are percentage points.
private let rateNouns: Set<UInt64> = Set([
    "chômage", "inflation", "croissance", "déficit", "dette", "pib", "marge", "rendement", "rendements",
    "unemployment", "jobless", "growth", "deficit", "gdp", "margin", "margins", "yield", "yields",
].map(WordHasher.hash))
