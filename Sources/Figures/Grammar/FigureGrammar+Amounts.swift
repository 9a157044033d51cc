import Money

extension FigureGrammar {
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
        // "10.5-billion-euro", "$11.6-billion": a scale word joined by a hyphen.
        if let hyphen = look.peek(), hyphen.isHyphen, !hyphen.spaceBefore {
            var joined = look
            _ = joined.next()
            if let word = joined.peek(), word.isWord, !word.spaceBefore, let scale = lexicon.scaleWords[word.hash],
               !scale.moneyOnly {
                look = joined
            }
        }
        guard let next = look.next(), next.isWord,
              !next.newlineBefore || isSingleLineBreak(number.end, next) else { return amount }
        var power: Int?
        // "$461\nmillion": a line break inside an amount only before a scale word in full.
        if next.newlineBefore, lexicon.scaleWords[next.hash].map({ $0.moneyOnly }) != false { return amount }
        if let scale = lexicon.scaleWords[next.hash] {
            // Abbreviations must be glued to the number or be followed by a currency.
            if next.hash == grandHash {
                amount.gluedCurrency = dollar  // "10 grand": thousands of the document's dollar
            } else if scale.moneyOnly, !currencyBefore, isShortAbbreviation(next), next.spaceBefore {
                guard let following = look.peek(), following.isSymbol(0x20AC) || following.isSymbol(0x24)
                        || following.isSymbol(0xA3) || symbols.isoCode(text, at: following.start) != nil else {
                    return amount
                }
            }
            power = scale.power
            amount.moneyOnlyScale = scale.moneyOnly
            amount.end = next.end
            amount.after = look
        } else if let euroScale = gluedEuroScale(next) {
            // "12 ME", "3,5 MdsE": M€ and Md€ whose euro sign was lost to a plain capital E.
            power = euroScale
            amount.gluedCurrency = "EUR"
            amount.end = next.end
            amount.after = look
        } else if let glued = symbols.gluedCode(text, word: next) {
            let scaleToken = Token(kind: .word, start: next.start, end: glued.scaleEnd,
                                   hash: wordHash(text, next.start, glued.scaleEnd), spaceBefore: next.spaceBefore,
                                   newlineBefore: false)
            guard let scale = lexicon.scaleWords[scaleToken.hash] ?? Lexicon.french.scaleWords[scaleToken.hash] else {
                return amount
            }
            power = scale.power
            amount.gluedCurrency = glued.code
            amount.end = next.end
            amount.after = look
        }
        guard var p = power else { return amount }
        // "3.37 lakh crore", "mille milliards": a second scale word multiplies the first.
        var more = amount.after
        if let second = more.next(), second.isWord, !second.newlineBefore, let scale = lexicon.scaleWords[second.hash],
           !scale.moneyOnly, scale.power > p {
            p += scale.power
            amount.end = second.end
            amount.after = more
        }
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
        // Compound amounts: "6 milliards 664 millions", "two trillion four hundred and twenty eight billion".
        tail = amount.after
        if let n = tail.next(), n.isDigits || (number.inWords && isNumberWordToken(n) && !isArticle(n)), !n.newlineBefore,
           let part = readAmount(n, after: tail), part.scaled, !part.moneyOnlyScale,
           let partPower = scalePower(part), partPower < p, part.gluedCurrency == nil,
           let sum = amount.value.adding(part.value) {
            amount.value = sum
            amount.end = part.end
            amount.after = part.after
        }
        return amount
    }


    /// The power of a money scale abbreviation followed by a capital E standing for the euro sign ("ME", "MdE",
    /// "MdsE", "MrdE"): the abbreviation must start with a capital and the word end right after the E.
    func gluedEuroScale(_ token: Token) -> Int? {
        let length = token.end - token.start
        guard length >= 2, length <= 5, text[token.end - 1] == 0x45, text[token.start] &- 65 < 26 else { return nil }
        let hash = wordHash(text, token.start, token.end - 1)
        guard let scale = lexicon.scaleWords[hash] ?? Lexicon.french.scaleWords[hash], scale.moneyOnly,
              scale.power >= 6 else { return nil }
        return scale.power
    }

    /// Whether a scale word is a short abbreviation ("m", "bn", "Mds") rather than a word ("million").
    func isShortAbbreviation(_ token: Token) -> Bool {
        token.end - token.start <= 3
    }
}

extension FigureGrammar {
    /// Whether one line break (not a blank line) and nothing else but spaces separates `end` from `next`.
    func isSingleLineBreak(_ end: Int, _ next: Token) -> Bool {
        var breaks = 0
        for k in end..<next.start {
            switch text[k] {
            case 0x0A: breaks += 1
            case 0x20, 0x0D, 0x09: continue
            default: return false
            }
        }
        return breaks == 1
    }
}
