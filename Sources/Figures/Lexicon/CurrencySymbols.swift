import Money

/// Currency symbols and codes as they are written next to numbers ("$", "US$", "€", "EUR", "zł"), matched on bytes.
struct CurrencySymbols: Sendable {
    /// Symbol bytes and their currency, by first byte; longest first, so "US$" wins over "$".
    private let entries: [[(bytes: [UInt8], code: String, lettersAtEnds: (Bool, Bool))]]
    /// The first scalars of the symbols that do not begin with a letter ("€", "£", "₡", "元").
    let symbolScalars: Set<UInt32>
    /// ISO codes, upper case, as three bytes packed in an integer.
    private let codes: [UInt32: String]

    static let shared = CurrencySymbols()

    private init() {
        var list: [(bytes: [UInt8], code: String, lettersAtEnds: (Bool, Bool))] = []
        func add(_ symbol: String, _ code: String) {
            let bytes = Array(symbol.utf8)
            let first = symbol.unicodeScalars.first.map { classify($0.value) == .letter } ?? false
            let last = symbol.unicodeScalars.last.map { classify($0.value) == .letter } ?? false
            list.append((bytes, code, (first, last)))
        }
        // Symbols several countries share read as their family's placeholder, resolved per document.
        let shared: [String: CurrencyFamily] = ["FCFA": .cfa, "Rs": .rupee, "Rs.": .rupee]
        for currency in Currency.table {
            for symbol in currency.symbols where symbol != "$" && shared[symbol] == nil { add(symbol, currency.code) }
        }
        for (symbol, family) in shared { add(symbol, family.placeholder) }
        for (symbol, code) in [("$CAN", "CAD"), ("SFr.", "CHF"), ("SFr", "CHF"), ("£GB", "GBP"), ("€", "EUR"), ("Fr.", "CHF"),
                               ("Mex$", "MXN"), ("$A", "AUD"), ("Ksh", "KES"), ("KSh", "KES"), ("Kshs", "KES"),
                               ("KShs", "KES"), ("DT", "TND"), ("DH", "MAD"), ("Dhs", "MAD"), ("F CFA", CurrencyFamily.cfa.placeholder),
                               ("F.CFA", CurrencyFamily.cfa.placeholder)] {
            add(symbol, code)
        }
        symbolScalars = Set(list.compactMap { entry -> UInt32? in
            guard let first = String(decoding: entry.bytes, as: UTF8.self).unicodeScalars.first,
                  classify(first.value) != .letter else { return nil }
            return first.value
        } + [0x24, 0x20AC, 0xA2])
        list.sort { $0.bytes.count > $1.bytes.count }
        var buckets = [[(bytes: [UInt8], code: String, lettersAtEnds: (Bool, Bool))]](repeating: [], count: 256)
        for entry in list { buckets[Int(entry.bytes[0])].append(entry) }
        entries = buckets
        var map: [UInt32: String] = [:]
        for currency in Currency.table {
            let b = Array(currency.code.utf8)
            map[UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])] = currency.code
        }
        codes = map
    }

    /// The symbol or ISO code starting exactly at byte `i`, bounded so that it is not part of a longer word.
    /// A bare `$` gives `dollar`.
    func match(_ text: UnsafeBufferPointer<UInt8>, at i: Int, dollar: String) -> (code: String, end: Int)? {
        guard i < text.count else { return nil }
        let b = text[i]
        if let code = isoCode(text, at: i) { return (code, i + 3) }
        // Only bytes that can start a symbol are worth the loop.
        guard b == 0x24 || b >= 0x80 || isASCIILetter(b) else { return nil }
        for entry in entries[Int(b)] where i + entry.bytes.count <= text.count {
            var same = true
            for k in 1..<entry.bytes.count where text[i + k] != entry.bytes[k] {
                same = false
                break
            }
            guard same else { continue }
            let end = i + entry.bytes.count
            if entry.lettersAtEnds.0, i > 0, classify(decodeScalar(text, previousScalarStart(text, i)).scalar) == .letter {
                continue
            }
            if entry.lettersAtEnds.1, end < text.count, classify(decodeScalar(text, end).scalar) == .letter {
                continue
            }
            return (entry.code, end)
        }
        if b == 0x24 { return (dollar, i + 1) }
        return nil
    }

    /// A one-letter symbol glued to the digits after it ("N21.8 trillion" naira, "R5 billion" rand): read only
    /// before a number with a scale word, which the grammar checks; never after a number.
    func letterPrefix(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (code: String, end: Int)? {
        guard i + 1 < text.count, isASCIIDigit(text[i + 1]) else { return nil }
        if i > 0 {
            let previous = decodeScalar(text, previousScalarStart(text, i)).scalar
            if classify(previous) == .letter || classify(previous) == .digit || previous == 0x2D { return nil }
        }
        switch text[i] {
        case 0x4E: return ("NGN", i + 1)
        case 0x52: return ("ZAR", i + 1)
        default: return nil
        }
    }

    /// An upper-case ISO 4217 code at `i`, not part of a longer word.
    func isoCode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> String? {
        guard i + 3 <= text.count else { return nil }
        let a = text[i], b = text[i + 1], c = text[i + 2]
        guard a &- 65 < 26, b &- 65 < 26, c &- 65 < 26 else { return nil }
        if i + 3 < text.count, classify(decodeScalar(text, i + 3).scalar) == .letter { return nil }
        if i > 0, classify(decodeScalar(text, previousScalarStart(text, i)).scalar) == .letter { return nil }
        return codes[UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)]
    }

    /// The ISO code that ends a glued scale-and-code word ("MUSD", "MdEUR"), with the scale part's length.
    func gluedCode(_ text: UnsafeBufferPointer<UInt8>, word: Token) -> (code: String, scaleEnd: Int)? {
        let length = word.end - word.start
        // "8.600 MDT", "120 MDH", "40 MFCFA": a scale glued to the letters of a local symbol.
        for (symbol, code) in gluedLetterSymbols where length > symbol.count && length <= symbol.count + 3 {
            let at = word.end - symbol.count
            if symbol.indices.allSatisfy({ text[at + $0] == symbol[$0] }) { return (code, at) }
        }
        guard length >= 4, length <= 6 else { return nil }
        let at = word.end - 3
        guard let code = codes[UInt32(text[at]) << 16 | UInt32(text[at + 1]) << 8 | UInt32(text[at + 2])] else {
            return nil
        }
        return (code, at)
    }
}

/// Symbols made of capitals that follow a glued scale ("MDT": millions of Tunisian dinars), as bytes.
private let gluedLetterSymbols: [([UInt8], String)] = [
    (Array("DT".utf8), "TND"), (Array("DH".utf8), "MAD"), (Array("FCFA".utf8), CurrencyFamily.cfa.placeholder),
]
