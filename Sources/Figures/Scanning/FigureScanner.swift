import Money

/// The one pass over a document's bytes: finds where figures may start, reads them, and adds their context.
struct FigureScanner {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    let options: ExtractionOptions
    let date: CalendarDate?
    private(set) var figures: [Figure] = []
    private(set) var raws: [RawFigure] = []
    /// Where code points were last counted, to turn byte offsets into code-point offsets incrementally.
    private var countedBytes = 0
    private var countedScalars = 0
    /// Numbers that could not be read exactly, filled by ``run()``.
    private(set) var unreadable: [UnreadableNumber] = []
    /// How many numbers could not be read (``unreadable`` keeps the first ones).
    private(set) var unreadableCount = 0
    /// What the sentence searches of this document found so far.
    private let sentenceMemo = SentenceMemo()
    /// The last `sentence` text made, shared by the next figure of the same block.
    private var lastSentence: (range: Range<Int>, cuts: (Bool, Bool), text: String)?
    /// The outlet's address, country and currency, when the input gives them: evidence for shared currency names.
    var outlet: (url: String?, country: String?, currency: String?) = (nil, nil, nil)
    /// For each figure, its byte range and sentence, for the currency resolver.
    private var sentenceRanges: [Range<Int>] = []
    /// The table headers met so far ("(en millions d'euros)"), for the bare numbers of table cells.
    var headers = TableHeaders()
    /// Where the scan goes on after a figure that was read and set aside with what follows it (an exchange rate).
    private var resumeAt = 0

    init(text: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, options: ExtractionOptions, date: CalendarDate?) {
        self.text = text
        self.lexicon = lexicon
        self.options = options
        self.date = date
    }

    mutating func run() -> [Figure] {
        let tooLarge = UnreadableNumbers()
        let grammar = FigureGrammar(text: text, lexicon: lexicon, dollar: CurrencyFamily.dollar.placeholder, unreadable: tooLarge)
        var i = 0
        // The search is a non-mutating method: it runs with `self` borrowed, not copied for each helper it calls.
        while let (at, skipTo, bareDigits) = nextCandidate(from: i) {
            if bareDigits {
                if let cell = tableCell(at: at, digitsEnd: skipTo)
                    ?? (followsComparisonWord(at) ? comparedAmount(at: at, digitsEnd: skipTo) : nil) {
                    accept(cell)
                    i = cell.end
                } else {
                    i = skipTo
                }
                continue
            }
            var tokens = Tokenizer(text, at: at)
            if let first = tokens.next(), let raw = grammar.read(first, after: tokens) {
                for item in bareListItems(before: raw, after: raws.last?.end ?? 0) { accept(item) }
                if let (k, value) = scaledSymbolItem(before: raw) {
                    raws[k].value = value  // "$3.5 and $4.2 billion": the first is 3.5 billion too
                    figures[k].value = value
                }
                accept(raw)
                i = max(raw.end, at + 1, resumeAt)
            } else if isASCIIDigit(text[at]), tooLarge.end <= at, let cell = tableCell(at: at, digitsEnd: skipTo)
                        ?? (followsComparisonWord(at) ? comparedAmount(at: at, digitsEnd: skipTo) : nil) {
                accept(cell)
                i = cell.end
            } else {
                // Past a number too large to read (or a list of numbers) whole, not into its tail.
                i = max(skipTo, tooLarge.end)
            }
        }
        resolveSharedCurrencies()
        linkStatedTwice()
        unframeFromTo()
        countedBytes = 0
        countedScalars = 0
        for range in tooLarge.ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let shown = range.lowerBound..<min(range.upperBound, range.lowerBound + 80)
            unreadable.append(UnreadableNumber(start: codePointOffset(range.lowerBound),
                                               end: codePointOffset(range.upperBound), text: string(shown)))
        }
        unreadableCount = tooLarge.count
        return figures
    }

    /// The next place at or after `from` where a figure may start (a digit, a currency symbol or code, a number
    /// word), and where to go on from when the grammar reads none there; `bareDigits` when it is digits without a
    /// unit that can only be a table cell or a figure repeated without its unit; `nil` at the end of the text.
    private func nextCandidate(from start: Int) -> (at: Int, skipTo: Int, bareDigits: Bool)? {
        let n = text.count
        var i = start
        while i < n {
            let b = text[i]
            var candidate = false
            var skipTo = i + 1
            if b < 0x80 {
                if isASCIIDigit(b) {
                    skipTo = i + 1
                    while skipTo < n, isASCIIDigit(text[skipTo]) { skipTo += 1 }
                    candidate = digitCanStartFigure(i) && mayBeFollowedByUnit(skipTo)
                    if !candidate, digitCanStartFigure(i), opensCell(before: i) != nil || followsComparisonWord(i) {
                        return (i, skipTo, true)  // digits alone: a table cell under a header, or "contre 5,8"
                    }
                } else if isASCIILetter(b) {
                    // A word: a number word, an ISO code or a symbol made of letters ("US$", "Rs") may start a figure.
                    // Find the word's end; hash it only when its first letters and length may make a number word.
                    let j = wordEnd(from: i + 1)
                    skipTo = j
                    let wordStartsHere = i == 0 || !isASCIILetter(text[i - 1]) && text[i - 1] < 0x80
                    if wordStartsHere {
                        let second = j > i + 1 ? text[i + 1] : 0x20
                        if lexicon.mayBeNumberWord(first: b, second: second, length: j - i),
                           lexicon.numberWords[hashWord(i, j)] != nil {
                            // "deux", "un": a figure only when a number, scale or unit word or a symbol follows.
                            candidate = nextWordMayContinueNumber(j)
                        } else if j - i <= 4, isASCIIUpper(b) {
                            // An ISO code or a symbol made of letters, before a number ("USD 5", "Rs 20", "RM42").
                            let next = j < n ? text[j] : 0
                            let digitAfter = isASCIIDigit(next) || (next == 0x20 && j + 1 < n && isASCIIDigit(text[j + 1]))
                            if j - i == 3, isASCIIUpper(text[i + 1]), isASCIIUpper(text[i + 2]) {
                                candidate = true  // an ISO code: "USD 5", "5 EUR" is read from the digits
                            } else if next == 0x24 || next == 0x2E || digitAfter {
                                candidate = CurrencySymbols.shared.match(text, at: i, dollar: "$") != nil
                                    || (j == i + 1 && CurrencySymbols.shared.letterPrefix(text, at: i) != nil)
                            }
                        } else if lexicon.language == .english, j - i == 5, text[i] | 0x20 == 0x6D,
                                  hashWord(i, j) == minusHash {
                            candidate = true  // "minus five percent"
                        }
                    }
                } else if b == 0x24 {
                    candidate = true
                } else if b == 0x2B || b == 0x2D {
                    candidate = (i + 1 < n && isASCIIDigit(text[i + 1]) || spacedSignAt(i)) && (i == 0 || !isWordByte(text[i - 1]))
                } else if b == 0x2E, i + 1 < n, isASCIIDigit(text[i + 1]) {
                    skipTo = i + 1
                }
            } else {
                let (s, l) = decodeScalar(text, i)
                skipTo = i + l
                // A letter is never a currency symbol (the symbols' table keeps none): the set is asked only of others.
                if classify(s) == .letter {
                    skipTo = wordEnd(from: skipTo)
                } else if isCurrencySymbol(s) || s == 0x2212 {
                    candidate = true
                }
            }
            if candidate { return (i, skipTo, false) }
            i = skipTo
        }
        return nil
    }

    /// Replaces the placeholders of shared currency names ("$", "francs", "FCFA") by the currency the document's
    /// evidence, the user's option or the default gives; the token pass for evidence runs only when one is needed.
    private mutating func resolveSharedCurrencies() {
        guard figures.contains(where: { $0.currency.flatMap(CurrencyFamily.init(placeholder:)) != nil }) else { return }
        var written: [(offset: Int, code: String, weight: Int)] = []
        for (k, raw) in raws.enumerated() where !raw.elidedCurrency {
            guard let code = figures[k].currency else { continue }
            if CurrencyFamily(placeholder: code) == nil {
                written.append((raw.start, code, CurrencyResolver.writtenWeight))
            } else if code == CurrencyFamily.dollar.placeholder, lexicon.language == .french, text[raw.end - 1] == 0x24,
                      !figures[k].text.contains(" de $") {
                // "15 milliards $", "3 G$": French with the dollar sign right after the number is Canadian usage.
                written.append((raw.start, "CAD", 2))
            }
        }
        // "$US 35 millions", "US$5", "U.S. dollars": a text that qualifies its US dollars means another by "$".
        let qualifiesUSDollars = figures.contains {
            $0.currency == "USD" && $0.currencyBasis == .written && ($0.text.contains("$") || $0.text.lowercased().contains("dollar"))
        }
        var resolver = CurrencyResolver(text: text, windows: evidenceWindows(), written: written, url: outlet.url,
                                        country: outlet.country, currency: outlet.currency,
                                        qualifiesUSDollars: qualifiesUSDollars)
        var dropped: Set<Int> = []
        for k in figures.indices {
            guard let code = figures[k].currency, let family = CurrencyFamily(placeholder: code) else { continue }
            guard let (resolved, basis) = resolver.resolve(family, at: raws[k].start, sentence: sentenceRanges[k],
                                                           option: options.option(for: family)) else {
                dropped.insert(k)  // no currency written, in the paragraph, or in the document: not money
                continue
            }
            figures[k].currency = resolved
            figures[k].currencyBasis = basis
        }
        if !dropped.isEmpty {
            figures = figures.indices.filter { !dropped.contains($0) }.map { figures[$0] }
            raws = raws.indices.filter { !dropped.contains($0) }.map { raws[$0] }
            sentenceRanges = sentenceRanges.indices.filter { !dropped.contains($0) }.map { sentenceRanges[$0] }
        }
    }

    /// Where to read places named: a news article whole; of a long document, its first 64 KiB and 2 KiB around
    /// each figure whose currency is to be decided (merged, in text order), so that the work stays linear.
    private func evidenceWindows() -> [Range<Int>] {
        let head = min(text.count, 1 << 16), around = 1 << 11
        var windows: [Range<Int>] = [0..<head]
        for (k, raw) in raws.enumerated() where figures[k].currency.flatMap(CurrencyFamily.init(placeholder:)) != nil {
            var from = max(windows[windows.count - 1].upperBound, raw.start - around)
            while from > 0, from < text.count, text[from] & 0xC0 == 0x80 { from -= 1 }
            let to = min(text.count, raw.end + around)
            guard from < to else { continue }
            if from <= windows[windows.count - 1].upperBound {
                windows[windows.count - 1] = windows[windows.count - 1].lowerBound..<to
            } else {
                windows.append(from..<to)
            }
        }
        return windows
    }

    /// Whether what follows a digit run ending at `end` may continue a figure: a separator, a symbol, or a word
    /// that can be a unit, scale or connector. Most numbers of a text (article numbers, dates, counts) fail here
    /// before the grammar is tried.
    private func mayBeFollowedByUnit(_ end: Int, depth: Int = 0) -> Bool {
        let n = text.count
        var k = end
        guard k < n else { return false }
        var b = text[k]
        if b == 0x2E || b == 0x2C {
            if k + 1 < n, isASCIIDigit(text[k + 1]) { return true }
            // "42. 13 billion": a decimal split by a space (the number grammar checks what follows).
            return k + 2 < n && (text[k + 1] == 0x20 || text[k + 1] == 0xC2) && end - start(ofDigitsEndingAt: end) <= 3
                && NumberGrammar(text: text, lexicon: lexicon).brokenDecimal(at: k) != nil
        }
        // One space-like separator (space, no-break space, narrow no-break space, thin space).
        if b == 0x20 {
            k += 1
        } else if b == 0xC2, k + 1 < n, text[k + 1] == 0xA0 {
            k += 2
        } else if b == 0xE2, k + 2 < n, text[k + 1] == 0x80, text[k + 2] == 0xAF || text[k + 2] == 0x89 {
            k += 3
        }
        guard k < n else { return false }
        b = text[k]
        if isASCIIDigit(b) { return k > end }  // a group "1 500", not "12" glued to more digits
        if b == 0x0A || b == 0x0D { return k == end && scaleWordOnNextLine(k) }
        if b < 0x80 && !isASCIILetter(b) {
            switch b {
            case 0x29, 0x28, 0x3B, 0x3A, 0x2C, 0x2E, 0x2F, 0x22, 0x27, 0x3C, 0x3E, 0x5B, 0x5D, 0x2A, 0x3D, 0x20, 0x09:
                return false
            case 0x2D:
                return rangeMayHaveUnit(after: k + 1, depth: depth)  // "2-3 %", not "L. 123-4"
            default:
                return true
            }
        }
        // A word: scan it, then ask the filter; two capitals or more (codes, "MUSD", "Md€") always pass.
        var j = k
        var capitals = 0
        while j < n {
            let c = text[j]
            if c < 0x80 {
                guard isASCIILetter(c) else { break }
                if c &- 65 < 26 { capitals += 1 }
                j += 1
            } else {
                let (s, l) = decodeScalar(text, j)
                guard classify(s) == .letter else { break }
                j += l
            }
        }
        if j == k {
            // A symbol: a currency sign or a dash may continue a figure; "1°", "2»" may not.
            let (scalar, length) = decodeScalar(text, k)
            if scalar == 0x2013 || scalar == 0x2014 { return rangeMayHaveUnit(after: k + length, depth: depth) }
            return isCurrencySymbol(scalar) || scalar == 0xA2 || scalar == 0x2030 || scalar == 0xFF05
        }
        if capitals >= 2 || (j < n && (text[j] == 0x24 || text[j] >= 0x80)) { return true }
        let second = j > k + 1 ? text[k + 1] : 0x20
        // "12 à 15", "3 to 5": a range connector, then the second number must have a unit.
        if isRangeConnector(k, j) { return rangeMayHaveUnit(after: j, depth: depth) }
        return lexicon.mayFollowNumber(first: text[k], second: second, length: j - k)
            && lexicon.followWords.contains(hashWord(k, j))
    }

    /// Where the run of digits ending at `end` starts.
    private func start(ofDigitsEndingAt end: Int) -> Int {
        var k = end
        while k > 0, isASCIIDigit(text[k - 1]) { k -= 1 }
        return k
    }

    /// "461\nmillions d'euros": a scale word in full at the start of the next line (not after a blank line).
    private func scaleWordOnNextLine(_ newline: Int) -> Bool {
        var k = newline + 1
        if text[newline] == 0x0D, k < text.count, text[k] == 0x0A { k += 1 }
        let n = text.count
        guard k < n, isASCIILetter(text[k]) else { return false }
        var j = k
        while j < n, isASCIILetter(text[j]) { j += 1 }
        guard j - k >= 7, let scale = lexicon.scaleWords[hashWord(k, j)] else { return false }
        return !scale.moneyOnly
    }

    /// After a range connector at `start`: a number whose own follower may be a unit.
    private func rangeMayHaveUnit(after start: Int, depth: Int) -> Bool {
        guard depth == 0 else { return true }
        let n = text.count
        var k = start
        while k < n, text[k] == 0x20 { k += 1 }
        guard k < n else { return false }
        if isASCIILetter(text[k]) {
            // "2 à trois", "12-cent": a number word, or a unit glued by a hyphen.
            var j = k
            while j < n, isASCIILetter(text[j]) || text[j] >= 0x80 { j += 1 }
            let hash = hashWord(k, j)
            return lexicon.numberWords[hash] != nil || (k == start && lexicon.followWords.contains(hash))
        }
        if !isASCIIDigit(text[k]) { return true }  // "de 2 % à $3": the grammar decides
        while k < n, isASCIIDigit(text[k]) { k += 1 }
        while k + 1 < n, text[k] == 0x2C || text[k] == 0x2E, isASCIIDigit(text[k + 1]) {
            k += 1
            while k < n, isASCIIDigit(text[k]) { k += 1 }
        }
        return mayBeFollowedByUnit(k, depth: depth + 1)
    }

    /// "à", "au", "to", "et", "ou", "or", "and" at `start..<end`.
    private func isRangeConnector(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        let a = text[start] | 0x20
        if length == 2 {
            if text[start] == 0xC3, text[start + 1] == 0xA0 { return true }  // à
            let b = text[start + 1] | 0x20
            // au, to, et, ou, or
            return (a == 0x61 && b == 0x75) || (a == 0x74 && b == 0x6F) || (a == 0x65 && b == 0x74)
                || (a == 0x6F && (b == 0x75 || b == 0x72))
        }
        if length == 3 {
            return a == 0x61 && text[start + 1] | 0x20 == 0x6E && text[start + 2] | 0x20 == 0x64  // and
        }
        return false
    }

    /// Whether the word after a number word ending at `end` may continue it: another number word ("vingt-cinq"),
    /// a scale, a unit, or a symbol.
    private func nextWordMayContinueNumber(_ end: Int) -> Bool {
        let n = text.count
        var k = end
        while k < n, text[k] == 0x20 || text[k] == 0x2D { k += 1 }
        guard k < n else { return false }
        let b = text[k]
        if !isASCIILetter(b) { return b >= 0x80 || b == 0x25 || b == 0x24 }
        if k + 1 < n, text[k + 1] &- 65 < 26, b &- 65 < 26 { return true }  // "MUSD", "EUR"
        var j = k
        while j < n, isASCIILetter(text[j]) || text[j] >= 0x80 {
            if text[j] >= 0x80, classify(decodeScalar(text, j).scalar) != .letter { break }
            j += text[j] >= 0x80 ? decodeScalar(text, j).length : 1
        }
        let second = j > k + 1 ? text[k + 1] : 0x20
        if isRangeConnector(k, j) { return true }  // "one and a half", "vingt et un", "deux à trois"
        guard lexicon.mayBeNumberWord(first: b, second: second, length: j - k)
                || lexicon.mayFollowNumber(first: b, second: second, length: j - k) else { return false }
        let hash = hashWord(k, j)
        return lexicon.numberWords[hash] != nil || lexicon.followWords.contains(hash)
    }

    /// The lexicon key of the word at `start..<end`.
    private func hashWord(_ start: Int, _ end: Int) -> UInt64 { wordHash(text, start, end) }

    /// Whether a digit at `i` begins a number (not the tail of "F16", "3.5" or "A400M").
    private func digitCanStartFigure(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = text[i - 1]
        if isASCIIDigit(p) { return false }
        // Inside a URL or an identifier: "?q=30", "%2D9114", "/2024".
        if p == 0x3D || p == 0x25 || p == 0x2F || p == 0x26 || p == 0x5F || p == 0x23 { return false }
        // "1 . 6": a decimal split by tokenized text is not two numbers.
        if p == 0x20, i >= 3, text[i - 2] == 0x2E, text[i - 3] == 0x20, i >= 4, isASCIIDigit(text[i - 4]) { return false }
        if isASCIILetter(p) {
            // "US$5" is read from the "$"; a digit glued after a letter is an identifier.
            return false
        }
        if (p == 0x2E || p == 0x2C), i > 1, isASCIIDigit(text[i - 2]) { return false }
        return true
    }

    /// "(+ 3 %)", "(- 4,2 %)", "+ 12,5 M€": a sign, one space or no-break space, then digits (the grammar decides
    /// whether the sign may stand apart there).
    private func spacedSignAt(_ i: Int) -> Bool {
        let n = text.count
        if i + 2 < n, text[i + 1] == 0x20, isASCIIDigit(text[i + 2]) { return true }
        return i + 3 < n && text[i + 1] == 0xC2 && text[i + 2] == 0xA0 && isASCIIDigit(text[i + 3])
    }

    private func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isASCIIDigit(b) || b >= 0x80 }
    private func isASCIIUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }

    /// The end of the word whose letters go on at `start`: ASCII letters eight bytes at a time, other letters
    /// (``classify(_:)``) one scalar at a time.
    @inline(__always)
    private func wordEnd(from start: Int) -> Int {
        let n = text.count
        var j = start
        guard let base = text.baseAddress else { return j }
        let raw = UnsafeRawPointer(base)
        while j < n {
            if j + 8 <= n {
                // Per byte, with its top bit cleared then OR 0x20 (folding case): ≥ "a" and ≤ "z" set the top bit of
                // `atLeastA` and not of `pastZ`; no sum carries into the next byte. A byte ≥ 0x80 is not a letter here.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                let folded = (word & 0x7F7F_7F7F_7F7F_7F7F) | 0x2020_2020_2020_2020
                let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
                let pastZ = folded &+ 0x0505_0505_0505_0505
                let letters = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
                let others = ~letters & 0x8080_8080_8080_8080
                if others == 0 {
                    j += 8
                    continue
                }
                j += others.trailingZeroBitCount >> 3
            } else {
                while j < n, text[j] < 0x80, isASCIILetter(text[j]) { j += 1 }
            }
            guard j < n, text[j] >= 0x80 else { return j }
            let (s, l) = decodeScalar(text, j)
            guard classify(s) == .letter else { return j }
            j += l
        }
        return j
    }

    /// Whether a scalar begins a currency symbol of the table ("€", "£", "₡", "元").
    private func isCurrencySymbol(_ s: UInt32) -> Bool {
        CurrencySymbols.shared.symbolScalars.contains(s)
    }

    // MARK: From a raw figure to a figure

    private var paragraphCurrency: (code: String, end: Int)?

    private mutating func accept(_ raw: RawFigure) {
        var raw = raw
        if raw.kind == .money, raw.high == nil,
           let end = FigureContext(text: text, lexicon: lexicon).exchangeQuoteEnd(after: raw.after) {
            resumeAt = end  // "1,08 dollar pour un euro": a rate, and its "un euro" is no amount either
            return
        }
        let sentenceRange = Sentences(text: text, memo: sentenceMemo).bounds(of: raw.start, raw.end)
        if raw.kind == .money && raw.currency == nil {
            guard let code = elidedCurrency(for: raw, sentenceStart: sentenceRange.lowerBound) else { return }
            raw.currency = code
        }
        if raw.kind == .money, let code = raw.currency, !raw.elidedCurrency {
            paragraphCurrency = (code, raw.end)
        }

        let context = FigureContext(text: text, lexicon: lexicon)
        var approximation = Figure.Approximation.exact
        var qualifierStart = raw.start
        // The tokens before the figure serve the qualifier and the change alike.
        let before = context.tokens(before: raw.start, limit: 10, from: sentenceRange.lowerBound)
        if let (q, start) = context.qualifier(in: before) {
            approximation = q
            qualifierStart = start
        } else if let q = context.qualifierAfter(raw.after) {
            approximation = q
        }
        if approximation == .moreThan, context.isPassedReference(qualifierAt: qualifierStart, after: raw.after) {
            approximation = .exact
        }
        let framing = before.prefix { $0.start < qualifierStart }
        var change: Figure.Change? = raw.sign > 0 ? .increase : raw.sign < 0 ? .decrease : nil
        // "à -0,25 %", "un solde de +32 M€", "passée de -0,1 %": a signed level, not a change.
        if change != nil, context.framesLevel(framing) { change = nil }
        // "au niveau de moins 0,25 %", "gelés à moins 0,75 %": "moins"/"minus" before a level is its sign.
        if approximation == .exact, raw.sign == 0, let last = framing.last, last.isWord,
           last.hash == minusHash || (last.hash == moinsHash && lexicon.language == .french),
           context.framesLevel(framing.dropLast()) {
            raw.value = raw.value.negated
            raw.high = raw.high?.negated
            raw.start = last.start
            raw.sign = -1
        } else if change == nil, raw.sign == 0 {
            change = context.change(before: framing, after: raw.after, money: raw.kind == .money)
            // "passer de 0,5 à 1 %"; "augmente de 2,38 millions à 2,5 millions": both ends written whole, a movement.
            if context.followsPassVerb(framing) || (raw.high != nil && raw.rangeWithUnitsOnBoth && context.endsInFrom(framing)) {
                change = nil
            }
        }
        // "hausse de 99 milliards, soit 2,0 %", "by $4.2 billion or 1.3 percent", "de 7,9 % … et de 6,6 %":
        // a figure restating or continuing the previous one's change takes it.
        if change == nil, raw.sign == 0, let previous = figures.last, let c = previous.change,
           let previousRaw = raws.last, sentenceRanges.last == sentenceRange,
           context.continuesChange(framing, from: previousRaw.end, to: qualifierStart, qualified: qualifierStart < raw.start && approximation == previous.approximation,
                                   sameKind: previousRaw.kind == raw.kind) {
            change = c
        }
        let years = YearReference(text: text)
        let clause = Sentences(text: text, memo: sentenceMemo).clause(of: raw.start, raw.end, in: sentenceRange)
        // Years are looked for near the figure: within its clause, and no further than a few lines of text.
        let near = max(clause.lowerBound, raw.start - 250)..<min(clause.upperBound, raw.end + 200)
        // Each figure takes the nearer of a stated year and a relative one: in "1,3 % en 2026, après 1,1 % cette
        // année", the first is 2026 and the second this year.
        var period = years.statedPeriodAndDistance(in: near, near: raw.start..<raw.end, previousEnd: raws.last?.end)
        var resolved = period?.period
        if let p = period {
            // Only a relative year nearer than the stated one matters: look no further than that.
            var from = max(near.lowerBound, raw.start - p.distance / 2)
            while from > near.lowerBound, text[from] & 0xC0 == 0x80 { from -= 1 }
            let window = from..<min(near.upperBound, raw.end + p.distance)
            if let r = years.relativePeriodAndDistance(in: window, near: raw.start..<raw.end, date: date),
               r.distance < p.distance {
                period = nil
                resolved = r.period
            }
        } else if date != nil {
            resolved = years.relativePeriodAndDistance(in: near, near: raw.start..<raw.end, date: date)?.period
        }

        let figure = Figure(
            start: codePointOffset(raw.start), end: codePointOffset(raw.end), text: string(raw.start..<raw.end),
            kind: raw.kind, value: raw.value, high: raw.high, currency: raw.currency,
            approximation: approximation, change: change, period: period?.period, resolvedPeriod: resolved,
            sentence: sentenceText(sentenceRange, figure: raw.start..<raw.end),
            currencyBasis: raw.kind != .money ? nil : raw.elidedCurrency ? .context : .written)
        figures.append(figure)
        raws.append(raw)
        sentenceRanges.append(sentenceRange)
    }

    /// The currency an amount without one takes: the last stated before it in the document, "en euros" just
    /// before, or else the currency of the place the document is about (``CurrencyFamily/local``).
    private func elidedCurrency(for raw: RawFigure, sentenceStart: Int) -> String? {
        if let (code, end) = paragraphCurrency, end <= raw.start, raw.start - end < 4000 {
            return code
        }
        // "en euros : 13,1 milliards", "(in dollars) 5 billion": a currency named just before, with no number.
        var tokens = Tokenizer(text, at: max(sentenceStart, raw.start - 60))
        while let t = tokens.next(), t.end <= raw.start {
            guard t.isWord, t.hash == enHash || t.hash == inHash else { continue }
            if let match = lexicon.currencyNames.longestMatch(tokens), match.end <= raw.start {
                return match.value == "USD" ? CurrencyFamily.dollar.placeholder : match.value
            }
        }
        return CurrencyFamily.local.placeholder
    }

    /// Links two money figures that state one amount in two currencies:
    /// "500 millions de livres sterling (environ 630 millions de dollars)", "£8.7 billion ($11.8 billion)".
    private mutating func linkStatedTwice() {
        guard figures.count > 1 else { return }
        for k in 1..<figures.count {
            let a = raws[k - 1], b = raws[k]
            guard a.kind == .money, b.kind == .money, let ca = a.currency, let cb = b.currency, ca != cb,
                  !a.elidedCurrency, !b.elidedCurrency, figures[k - 1].pairedWith == nil else { continue }
            if isConversionGap(a.end, b.start) {
                figures[k - 1].pairedWith = k
                figures[k].pairedWith = k - 1
                // "up to $NZ133.20 ($A128.30)": the second statement is qualified as the first.
                if figures[k].approximation == .exact { figures[k].approximation = figures[k - 1].approximation }
                if figures[k].change == nil { figures[k].change = figures[k - 1].change }
            }
        }
    }

    /// "augmente de 2,38 millions à 2,5 millions", "progressé de 13,1 % en novembre à 25,4 %": the two ends of a
    /// movement are levels, not changes (the change is only in "de X" with no "à Y" of the same kind).
    private mutating func unframeFromTo() {
        guard figures.count > 1 else { return }
        let context = FigureContext(text: text, lexicon: lexicon)
        for k in 1..<figures.count {
            let a = raws[k - 1], b = raws[k]
            guard a.kind == b.kind, a.sign == 0, b.start - a.end <= 60, sentenceRanges[k - 1] == sentenceRanges[k],
                  context.isFromTo(from: a, to: b) else { continue }
            figures[k - 1].change = nil
            figures[k].change = nil
        }
    }

    /// Whether the text between two amounts reads as "(about …", ", soit …", "or about …".
    private func isConversionGap(_ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 48 else { return false }
        var tokens = Tokenizer(text, at: from)
        var sawOpening = false
        var sawSoit = false
        while let t = tokens.next(), t.start < to {
            if t.newlineBefore { return false }
            if t.isSymbol(0x28) || t.isSymbol(0x5B) { sawOpening = true; continue }
            if t.isSymbol(0x2C) || t.isSymbol(0x2248) || t.isSymbol(0x7E) || t.isApostrophe { continue }
            if t.isWord {
                let w = String(decoding: text[t.start..<t.end], as: UTF8.self).lowercased()
                if w == "soit" || w == "or" || w == "ou" || w == "ie" || w == "i" || w == "e" { sawSoit = true; continue }
                if conversionWords.contains(w) { continue }
            }
            // A currency symbol starting the second amount is part of it, not of the gap.
            if t.start >= to { break }
            return false
        }
        return sawOpening || sawSoit
    }

    // MARK: Offsets and text

    private mutating func codePointOffset(_ byte: Int) -> Int {
        if byte < countedBytes {
            countedBytes = 0
            countedScalars = 0
        }
        var i = countedBytes
        var count = countedScalars
        // Eight bytes at a time: a continuation byte is 10xxxxxx; every other byte starts a scalar.
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= byte {
            var word: UInt64 = 0
            withUnsafeMutableBytes(of: &word) { raw in
                raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[i..<i + 8]))
            }
            let continuation = word & high & ~(word << 1)
            count += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < byte {
            if text[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        countedBytes = byte
        countedScalars = count
        return count
    }

    /// The `sentence` of a figure: the whole sentence up to ``Figure/sentenceLimit`` bytes; a longer one is cut
    /// to the block of that many bytes holding the figure, with "…" at each cut. Blocks are aligned on the
    /// document, so that the figures of one long sentence share one string (memory stays linear in the text).
    private mutating func sentenceText(_ sentence: Range<Int>, figure: Range<Int>) -> String {
        let limit = Figure.sentenceLimit
        var window = sentence
        if sentence.count > limit {
            var low = max(sentence.lowerBound, figure.lowerBound / limit * limit)
            var high = min(sentence.upperBound, low + limit)
            if figure.upperBound > high {
                low = figure.lowerBound
                high = min(sentence.upperBound, max(figure.upperBound, low + limit))
            }
            while low > sentence.lowerBound, text[low] & 0xC0 == 0x80 { low -= 1 }
            while high < sentence.upperBound, high > figure.upperBound, text[high] & 0xC0 == 0x80 { high -= 1 }
            window = low..<high
        }
        let cutBefore = window.lowerBound > sentence.lowerBound, cutAfter = window.upperBound < sentence.upperBound
        if let last = lastSentence, last.range == window, last.cuts == (cutBefore, cutAfter) { return last.text }
        let cut = (cutBefore ? "…" : "") + string(window) + (cutAfter ? "…" : "")
        lastSentence = (window, (cutBefore, cutAfter), cut)
        return cut
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
}

private let enHash = WordHasher.hash("en")
private let inHash = WordHasher.hash("in")
private let conversionWords: Set<String> = [
    "environ", "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "près", "de",
    "d", "quelque", "l", "équivalent", "equivalent", "to", "à", "us", "plus", "more", "than", "over", "than",
    "moins", "less", "presque", "approximativement", "or",
]
