import Money

extension FigureScanner {
    /// Whether the bare number at `i` follows a word of comparison ("contre 5,8", "against 5.8", "up from 5.8"): it may be the figure before it written again without its scale and unit.
    func followsComparisonWord(_ i: Int) -> Bool {
        let (ws, we) = wordBefore(skipSpacesBackward(from: i))
        guard ws < we, we - ws <= 7 else { return false }
        return comparisonWords.contains(wordHash(text, ws, we))
    }

    /// A bare number compared with the amount or percentage just before it in the same sentence, whose scale and
    /// unit it leaves out: "6,2 milliards d'euros en juin, contre 5,8 en mai", "3 %, contre 2,5 l'an dernier",
    /// "$6.2 billion, up from 5.8 a year earlier". `nil` when anything but a time or a punctuation mark follows
    /// the number ("contre 5 salariés"), for a year, or when the figure before is not near.
    func comparedAmount(at i: Int, digitsEnd: Int) -> RawFigure? {
        guard let previous = raws.last, previous.high == nil, previous.end <= i, i - previous.end <= 60,
              previous.kind == .money || previous.kind == .percent, !isYear(i, digitsEnd),
              !isSeparated(between: previous.end, and: i) else { return nil }
        let numbers = NumberGrammar(text: text, lexicon: lexicon)
        var numberStart = previous.start
        while numberStart < previous.end, !isASCIIDigit(text[numberStart]) { numberStart += 1 }
        guard let written = readBareNumber(at: numberStart, numbers: numbers),
              let power = powerOfTen(from: written.value, to: previous.value.isNegative ? previous.value.negated : previous.value),
              let number = readBareNumber(at: i, numbers: numbers), !number.isFraction else { return nil }
        var after = Tokenizer(text, at: number.end)
        if let next = after.next() {
            if next.isWord {
                guard timeWords.contains(next.hash) else { return nil }
            } else if case .symbol(let s) = next.kind {
                // A punctuation mark; "%", a currency sign or a letter-like symbol would be read as a figure.
                guard s == 0x2C || s == 0x2E || s == 0x3B || s == 0x29 || s == 0x3A else { return nil }
            } else {
                return nil
            }
        }
        return RawFigure(start: i, end: number.end, kind: previous.kind, value: number.value.scaled(byPowerOfTen: power),
                         high: nil, currency: previous.currency, sign: 0, elidedCurrency: previous.kind == .money,
                         rangeWithUnitsOnBoth: false, after: Tokenizer(text, at: number.end))
    }

    /// Whether a sentence ends between two offsets (a full stop, "!", "?" or a line break; not a decimal point),
    /// or another number stands there ("£1.9 billion as it sold 4,120 flats, up from 3,870").
    private func isSeparated(between start: Int, and end: Int) -> Bool {
        var k = start
        while k < end {
            let b = text[k]
            if isASCIIDigit(b) { return true }
            if b == 0x0A || b == 0x21 || b == 0x3F { return true }
            if b == 0x2E, !(k > 0 && isASCIIDigit(text[k - 1]) && k + 1 < end && isASCIIDigit(text[k + 1])) { return true }
            k += 1
        }
        return false
    }
}

/// Words after which a bare number may repeat the figure before it without its unit.
private let comparisonWords: Set<UInt64> = Set(["contre", "against", "versus", "vs", "from"].map(WordHasher.hash))
/// Words that may follow such a number: when it was ("en mai", "l'an dernier", "a year earlier", "last year").
private let timeWords: Set<UInt64> = Set([
    "en", "in", "au", "a", "l", "un", "une", "last", "the", "fin", "lors", "auparavant", "previously", "earlier",
    "précédemment", "il", "during", "at", "on", "as", "hier", "yesterday", "end",
].map(WordHasher.hash))
