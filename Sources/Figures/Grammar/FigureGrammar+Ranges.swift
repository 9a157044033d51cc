import Money

extension FigureGrammar {
    /// The second end of a range: "à 3", "to 5", "-3", "et 3" after "entre", "and 5" after "between".
    func readRangeEnd(after start: Tokenizer, firstStart: Int) -> (amount: Amount, prefix: String?)? {
        var tokens = start
        guard let connector = tokens.next(), !connector.newlineBefore else { return nil }
        var ok = false
        if connector.isWord {
            if connector.hash == toHash || connector.hash == aHash || connector.hash == auHash
                || connector.hash == ouHash || connector.hash == orHash {
                ok = true  // "2 à 3 %", "16 ou 17 milliards" (alternatives read as a range)
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
    func isTransition(before offset: Int) -> Bool {
        let context = FigureContext(text: text, lexicon: lexicon)
        let before = context.tokens(before: offset, limit: 3, from: max(0, offset - 80))
        guard let last = before.last, last.isWord, last.hash == deHash || last.hash == fromHash || last.hash == dHash
        else { return false }
        return before.dropLast().contains { context.isMovement($0) }
    }

    func precededByBetween(_ offset: Int) -> Bool {
        tokens(before: offset, limit: 3, from: max(0, offset - 80), in: text).contains {
            $0.isWord && ($0.hash == entreHash || $0.hash == betweenHash)
        }
    }

    /// Whether the amount is followed by "de/d'/of" and a noun: a count ("un million de drones"), not money.
    func followedByCountNoun(_ start: Tokenizer) -> Bool {
        var tokens = start
        guard let next = tokens.next(), !next.newlineBefore else { return false }
        if next.isWord, lexicon.ofWords.contains(next.hash) || next.hash == deHash || next.hash == ofHash {
            // "400 millions de recettes" is money; "3 millions de salariés", "millions of people" are counts.
            var look = tokens
            if let apostrophe = look.peek(), apostrophe.isApostrophe { _ = look.next() }
            guard let noun = look.next(), noun.isWord else { return true }
            return !moneyNouns.contains(noun.hash) && !notNouns.contains(noun.hash)
        }
        // "200 millions d'habitants" handled above; "3 millions personnes" (rare) and "millions of people" too.
        return next.isWord && lexicon.scaleWords[next.hash] == nil && !lexicon.connectors.contains(next.hash)
            && isCountNoun(next)
    }

    func isCountNoun(_ token: Token) -> Bool {
        countNouns.contains(token.hash)
    }
}

/// Words after "de" that are no noun: "18 milliards d'ici 2026", "166 millions de plus".
private let notNouns: Set<UInt64> = Set(["ici", "plus", "moins", "ailleurs", "surcroît", "la", "le", "l"].map(WordHasher.hash))
