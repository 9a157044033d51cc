import Money

/// The unit a table states once in a header ("(en millions d'euros)", "(G$)", "in $ millions") for the bare
/// numbers of its cells.
struct TableUnit {
    /// The currency code, or a shared family's placeholder ("$" stays to be resolved with the document).
    var currency: String
    /// The power of ten of the header's scale (0 without one).
    var power: Int
    /// Where the header ends.
    var end: Int
}

/// How far before a cell a table's header may stand, in bytes.
let tableHeaderReach = 1500

extension FigureScanner {
    /// A bare number standing alone in a table cell ("/ 402,4 /", a line "6,6", "(12,6)") under a header that
    /// states the unit: money in that unit. `nil` for anything else; years and numbers in prose are never cells.
    ///
    /// Only numbers that the usual check rejected come here, and only after a line break or a cell separator;
    /// headers are looked for once per stretch of text (``TableHeaders``), so the scan stays linear.
    mutating func tableCell(at i: Int, digitsEnd: Int) -> RawFigure? {
        guard let parenthesized = opensCell(before: i) else { return nil }
        var end = digitsEnd
        // Digit groups ("1 250,5"), one decimal part.
        while end + 3 < text.count, text[end] == 0x20, isDigits(end + 1, 3) { end += 4 }
        if end + 1 < text.count, text[end] == 0x2C || text[end] == 0x2E, isASCIIDigit(text[end + 1]) {
            end += 1
            while end < text.count, isASCIIDigit(text[end]) { end += 1 }
        }
        // A single digit alone is a footnote or list mark ("(7)", "1"); a bare four-digit year is no amount.
        if end == digitsEnd, digitsEnd - i == 1 { return nil }
        let integer = end == digitsEnd && digitsEnd - i == 4
        if integer, let year = Int(string(i..<digitsEnd)), (1900...2100).contains(year) { return nil }
        guard closesCell(after: end, parenthesized: parenthesized) else { return nil }
        headers.search(text: text, lexicon: lexicon, upTo: i)
        guard let unit = headers.current, i - unit.end <= tableHeaderReach else { return nil }
        let numbers = NumberGrammar(text: text, lexicon: lexicon)
        var tokens = Tokenizer(text, at: i)
        guard let first = tokens.next(), let number = numbers.readDigits(first, after: tokens), number.end == end else {
            return nil
        }
        return RawFigure(start: i, end: end, kind: .money, value: number.value.scaled(byPowerOfTen: unit.power),
                         high: nil, currency: unit.currency, sign: 0, elidedCurrency: true, rangeWithUnitsOnBoth: false,
                         after: Tokenizer(text, at: end))
    }

    /// A line break, `/`, `|` or a tab before the number, or an opening parenthesis after one (accounting
    /// "(12,6)"): whether the cell is parenthesized, or `nil` when the number does not open a cell.
    func opensCell(before i: Int) -> Bool? {
        var k = i - 1
        while k >= 0, text[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return false }
        if isCellSeparator(text[k]) { return false }
        guard text[k] == 0x28 else { return nil }
        var j = k - 1
        while j >= 0, text[j] == 0x20 { j -= 1 }
        return j < 0 || isCellSeparator(text[j]) ? true : nil
    }

    /// After the number: ")" closing a parenthesized cell, then a line break, `/`, `|`, a tab or the end; or a
    /// parenthesis opening a ratio ("40,5 (10,1%)").
    private func closesCell(after end: Int, parenthesized: Bool) -> Bool {
        var k = end
        while k < text.count, text[k] == 0x20 { k += 1 }
        if parenthesized {
            guard k < text.count, text[k] == 0x29 else { return false }
            k += 1
            while k < text.count, text[k] == 0x20 { k += 1 }
        }
        guard k < text.count else { return true }
        return isCellSeparator(text[k]) || (!parenthesized && text[k] == 0x28)
    }

    private func isCellSeparator(_ b: UInt8) -> Bool {
        b == 0x0A || b == 0x0D || b == 0x2F || b == 0x7C || b == 0x09
    }

    private func isDigits(_ start: Int, _ count: Int) -> Bool {
        guard start + count <= text.count else { return false }
        for k in start..<start + count where !isASCIIDigit(text[k]) { return false }
        return start + count == text.count || !isASCIIDigit(text[start + count])
    }
}

/// The table headers met so far in a document: each stretch of text is read once.
struct TableHeaders {
    /// The last header found.
    private(set) var current: TableUnit?
    /// Up to where the text was read.
    private var searched = 0

    /// Reads the text from where the last search stopped (at most ``tableHeaderReach`` bytes back) up to `end`.
    mutating func search(text: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, upTo end: Int) {
        var from = max(searched, end - tableHeaderReach)
        guard from < end else { return }
        while from > 0, text[from] & 0xC0 == 0x80 { from -= 1 }
        searched = end
        var tokens = Tokenizer(text, at: from)
        var previous: Token?
        while let t = tokens.next(), t.end <= end {
            defer { previous = t }
            guard let p = previous, p.isSymbol(0x28) || (p.isWord && introducers.contains(p.hash)) else { continue }
            if let unit = TableHeaders.unit(startingAt: t, text: text, lexicon: lexicon, end: end) { current = unit }
        }
    }

    /// "millions d'euros", "milliards de dollars", "euros", "G$", "M€", "€m", "$ millions", "£bn" at `first`.
    private static func unit(startingAt first: Token, text: UnsafeBufferPointer<UInt8>, lexicon: Lexicon,
                             end: Int) -> TableUnit? {
        var tokens = Tokenizer(text, at: first.start)
        var power = 0
        var currency: String?
        var last = first.end
        for _ in 0..<4 {
            guard let t = tokens.peek(), t.end <= end, !t.newlineBefore || t.start == first.start else { break }
            if t.isWord, power == 0, let scale = lexicon.scaleWords[t.hash], scale.power >= 3 {
                _ = tokens.next()
                power = scale.power
                last = t.end
                if let of = tokens.peek(), of.isWord, lexicon.ofWords.contains(of.hash) {
                    _ = tokens.next()
                    if let a = tokens.peek(), a.isApostrophe { _ = tokens.next() }
                }
                continue
            }
            if currency == nil, t.isWord, let match = lexicon.currencyNames.longestMatch(tokens) {
                let bareDollar = match.value == "USD" && dollarNameHashes.contains(t.hash) && match.end == t.end
                currency = bareDollar ? CurrencyFamily.dollar.placeholder : match.value
                tokens = match.after
                last = match.end
                continue
            }
            if currency == nil, !t.isWord,
               let match = CurrencySymbols.shared.match(text, at: t.start, dollar: CurrencyFamily.dollar.placeholder) {
                currency = match.code
                tokens = Tokenizer(text, at: match.end)
                last = match.end
                continue
            }
            break
        }
        guard let code = currency else { return nil }
        // A header ends there: ")" or the end of the line (not "en euros constants, le PIB…").
        var after = Tokenizer(text, at: last)
        if let next = after.next(), !next.newlineBefore, !next.isSymbol(0x29), !(next.isWord && perWords.contains(next.hash)) {
            return nil
        }
        return TableUnit(currency: code, power: power, end: last)
    }
}

/// Words after which a table's unit is stated: "(en millions d'euros)", "in $ millions".
private let introducers: Set<UInt64> = Set(["en", "in"].map(WordHasher.hash))
/// "en dollars par action", "in euros per share": a unit per share still ends a header.
private let perWords: Set<UInt64> = Set(["par", "per"].map(WordHasher.hash))
