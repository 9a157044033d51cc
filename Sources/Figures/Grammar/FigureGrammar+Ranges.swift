import Money

extension FigureGrammar {
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
    func isTransition(before offset: Int) -> Bool {
        let context = FigureContext(text: text, lexicon: lexicon)
        let words = context.words(before: offset, limit: 3, from: max(0, offset - 80))
        guard let last = words.last, last.word == "de" || last.word == "from" || last.word == "d" else { return false }
        return words.dropLast().contains { isMovementWord($0.word) }
    }

    func precededByBetween(_ offset: Int) -> Bool {
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

    func isCountNoun(_ token: Token) -> Bool {
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
