import Money

extension FigureScanner {
    /// The bare numbers of a list whose scale and unit are written once, on its last item: "63 et 48 milliards
    /// d'euros", "12,4 et de 7,9 Md€", "12, 15 et 20 millions", "2,1 and 2.3 per cent". Each is a figure of its own,
    /// with the last item's scale, kind and currency (the span is the number as written, as for a range's first end).
    ///
    /// The last connector must be a word ("et", "and", "ou", "or", "et de"); commas may join earlier items. Not read:
    /// years ("en 2024 et 54 milliards"), numbers inside a larger number or joined to a word, references
    /// ("articles 12 et 15"), and items already read as figures. The walk back is bounded by the list's length.
    func bareListItems(before last: RawFigure, after previousEnd: Int) -> [RawFigure] {
        guard last.high == nil, last.kind == .money || last.kind == .percent, last.start < text.count,
              isASCIIDigit(text[last.start]) else { return [] }
        let numbers = NumberGrammar(text: text, lexicon: lexicon)
        guard let written = readBareNumber(at: last.start, numbers: numbers),
              let power = powerOfTen(from: written.value, to: last.value) else { return [] }
        var items: [RawFigure] = []
        var k = last.start
        var wordConnector = true
        while items.count < 8 {
            guard let itemEnd = listConnector(endingAt: k, word: wordConnector), itemEnd > previousEnd,
                  let itemStart = bareNumberStart(endingAt: itemEnd), itemStart >= previousEnd,
                  !isReference(before: itemStart),
                  let item = readBareNumber(at: itemStart, numbers: numbers), item.end == itemEnd,
                  !isYear(itemStart, itemEnd) else { break }
            items.append(RawFigure(start: itemStart, end: itemEnd, kind: last.kind,
                                   value: item.value.scaled(byPowerOfTen: power), high: nil, currency: last.currency,
                                   sign: 0, elidedCurrency: last.elidedCurrency, rangeWithUnitsOnBoth: false,
                                   after: Tokenizer(text, at: itemEnd)))
            k = itemStart
            wordConnector = false
        }
        return items.reversed()
    }

    /// The figure just before `last` that is the same currency symbol and a bare number, joined by a word
    /// ("$3.5 and $4.2 billion", "£2 or £3 million"): its index and its value with `last`'s scale.
    func scaledSymbolItem(before last: RawFigure) -> (index: Int, value: ExactDecimal)? {
        guard last.kind == .money, last.high == nil, let k = raws.indices.last, let previous = raws.last,
              previous.kind == .money, previous.high == nil, previous.currency == last.currency,
              previous.end < last.start, last.start - previous.end <= 5 else { return nil }
        // The same symbol opens both ("$", "£", "€", "US$"), then the digits.
        var symbolEnd = last.start
        while symbolEnd < last.end, !isASCIIDigit(text[symbolEnd]) { symbolEnd += 1 }
        let symbolLength = symbolEnd - last.start
        guard symbolLength > 0, symbolLength <= 4, previous.start + symbolLength < previous.end else { return nil }
        for j in 0..<symbolLength where text[previous.start + j] != text[last.start + j] { return nil }
        let (ws, we) = wordBefore(skipSpacesBackward(from: last.start))
        guard ws < we, skipSpacesBackward(from: ws) == previous.end else { return nil }
        let hash = wordHash(text, ws, we)
        guard hash == andHash || hash == etHash || hash == orHash || hash == ouHash else { return nil }
        let numbers = NumberGrammar(text: text, lexicon: lexicon)
        guard let written = readBareNumber(at: symbolEnd, numbers: numbers),
              let power = powerOfTen(from: written.value, to: last.value), power > 0,
              let first = readBareNumber(at: previous.start + symbolLength, numbers: numbers), first.end == previous.end,
              powerOfTen(from: first.value, to: previous.value) == 0 else { return nil }
        return (k, first.value.scaled(byPowerOfTen: power))
    }

    /// The number written in digits at `start`, read whole.
    func readBareNumber(at start: Int, numbers: NumberGrammar) -> ReadNumber? {
        var tokens = Tokenizer(text, at: start)
        guard let first = tokens.next(), first.isDigits, first.start == start else { return nil }
        return numbers.readDigits(first, after: tokens)
    }

    /// The power of ten that takes the written number to the figure's value (0, 3, 6, 9 or 12), if any.
    func powerOfTen(from written: ExactDecimal, to value: ExactDecimal) -> Int? {
        [0, 3, 6, 9, 12].first { p in
            let scaled = written.scaled(byPowerOfTen: p)
            return !(scaled < value) && !(value < scaled)
        }
    }

    /// Where the item before a connector ends: "63 et 48" (`word`: "et", "and", "ou", "or", "et de"), or
    /// "12, 15" (a comma followed by a space). Returns where the item before it ends.
    private func listConnector(endingAt end: Int, word: Bool) -> Int? {
        var k = skipSpacesBackward(from: end)
        guard k < end else { return nil }
        if word {
            var (ws, we) = wordBefore(k)
            guard ws < we else { return nil }
            var hash = wordHash(text, ws, we)
            if hash == deHash {
                k = skipSpacesBackward(from: ws)
                (ws, we) = wordBefore(k)
                guard ws < we else { return nil }
                hash = wordHash(text, ws, we)
                guard hash == etHash else { return nil }
            }
            guard hash == etHash || hash == andHash || hash == ouHash || hash == orHash else { return nil }
            let itemEnd = skipSpacesBackward(from: ws)
            return itemEnd < ws ? itemEnd : nil
        }
        // ", " between items (a comma between digits is a decimal or a group separator).
        guard k >= 2, text[k - 1] == 0x2C, k < end else { return nil }
        return k - 1
    }

    /// The start of a number written in digits, with a decimal or group mark between digits, that ends at
    /// `end`; `nil` when it is joined to a word or to another number ("1 000", "n°12", "A400").
    private func bareNumberStart(endingAt end: Int) -> Int? {
        var k = end
        guard k > 0, isASCIIDigit(text[k - 1]) else { return nil }
        while k > 0 {
            if isASCIIDigit(text[k - 1]) {
                k -= 1
            } else if k >= 2, text[k - 1] == 0x2C || text[k - 1] == 0x2E, isASCIIDigit(text[k - 2]) {
                k -= 1
            } else {
                break
            }
        }
        guard k == 0 || text[k - 1] == 0x20 || text[k - 1] == 0x28 || text[k - 1] == 0x0A else { return nil }
        if k >= 2, text[k - 1] == 0x20, isASCIIDigit(text[k - 2]) { return nil }  // "1 000": a group, not an item
        return k
    }

    /// Whether what stands before a number makes it a reference, a rank or a label ("articles 12", "n° 3",
    /// "zone B 2", "p. 100", "L. 12").
    private func isReference(before start: Int) -> Bool {
        let k = skipSpacesBackward(from: start)
        let (ws, we) = wordBefore(k)
        guard ws < we else { return k > 0 && (text[k - 1] == 0xB0 || text[k - 1] == 0x2E) }  // "n°", "p."
        return we - ws == 1 || referenceWords.contains(wordHash(text, ws, we))
    }

    /// A four-digit whole number that may be a year (1900 to 2100).
    func isYear(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 4 else { return false }
        var n = 0
        for i in start..<end {
            guard isASCIIDigit(text[i]) else { return false }
            n = n * 10 + Int(text[i] - 48)
        }
        return (1900...2100).contains(n)
    }

    func skipSpacesBackward(from end: Int) -> Int {
        var k = end
        while k > 0 {
            if text[k - 1] == 0x20 || text[k - 1] == 0x09 {
                k -= 1
            } else if k >= 2, text[k - 2] == 0xC2, text[k - 1] == 0xA0 {
                k -= 2  // no-break space
            } else if k >= 3, text[k - 3] == 0xE2, text[k - 2] == 0x80, text[k - 1] == 0xAF {
                k -= 3  // narrow no-break space
            } else {
                break
            }
        }
        return k
    }

    /// The ASCII word that ends at `end` (empty when none does, or when the word has other letters: "après").
    func wordBefore(_ end: Int) -> (start: Int, end: Int) {
        var k = end
        while k > 0, k > end - 12, isASCIILetter(text[k - 1]) { k -= 1 }
        if k > 0, isASCIILetter(text[k - 1]) || text[k - 1] >= 0x80 { return (end, end) }
        return (k, end)
    }
}

/// Words that make the number after them a reference, not an amount.
private let referenceWords: Set<UInt64> = Set([
    "article", "articles", "alinea", "page", "pages", "chapitre", "chapter", "section", "annexe", "annex", "point",
    "points", "paragraphe", "paragraph", "loi", "law", "no", "num", "tableau", "table", "figure", "graphique",
].map(WordHasher.hash))
