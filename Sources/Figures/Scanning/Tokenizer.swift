/// A word, number or symbol of the text, by byte range.
struct Token: Equatable {
    enum Kind: Equatable {
        /// A run of letters (a hyphen or apostrophe ends it).
        case word
        /// A run of ASCII digits (separators are read by the number grammar, not here).
        case digits
        /// Any other single scalar: punctuation, a currency symbol, `%`.
        case symbol(UInt32)
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// For words: the lexicon key (FNV-1a of the lower-cased word).
    var hash: UInt64
    /// Whether white space separates this token from the previous one.
    var spaceBefore: Bool
    /// Whether a line break separates this token from the previous one.
    var newlineBefore: Bool

    var isWord: Bool { kind == .word }
    var isDigits: Bool { kind == .digits }

    func isSymbol(_ scalar: UInt32) -> Bool { kind == .symbol(scalar) }

    /// Whether the token is an apostrophe, straight or typographic.
    var isApostrophe: Bool {
        if case .symbol(let s) = kind { return s == 0x27 || s == 0x2019 || s == 0x2018 || s == 0x02BC }
        return false
    }

    /// Whether the token is a hyphen or dash joining words.
    var isHyphen: Bool {
        if case .symbol(let s) = kind { return s == 0x2D || s == 0x2010 || s == 0x2011 }
        return false
    }
}

/// Reads tokens forward from a byte position. Cheap to copy; allocation-free.
struct Tokenizer {
    let text: UnsafeBufferPointer<UInt8>
    var position: Int

    init(_ text: UnsafeBufferPointer<UInt8>, at position: Int) {
        self.text = text
        self.position = position
    }

    /// The next token, or `nil` at the end of the text.
    mutating func next() -> Token? {
        var space = false
        var newline = false
        let n = text.count
        while position < n {
            // ASCII fast paths: spaces, digits, letters (the hash is the same as WordHasher's).
            let b = text[position]
            if b == 0x20 {
                space = true
                position += 1
                continue
            }
            if isASCIIDigit(b) {
                let start = position
                position += 1
                while position < n, isASCIIDigit(text[position]) { position += 1 }
                return Token(kind: .digits, start: start, end: position, hash: 0, spaceBefore: space, newlineBefore: newline)
            }
            if isASCIILetter(b) {
                let start = position
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                while position < n {
                    let c = text[position]
                    if isASCIILetter(c) {
                        hash = (hash ^ UInt64(c | 0x20)) &* 0x0000_0100_0000_01B3
                        position += 1
                    } else if c >= 0x80 {
                        let (s, l) = decodeScalar(text, position)
                        guard classify(s) == .letter else { break }
                        var hasher = WordHasher(value: hash)
                        hasher.add(s)
                        hash = hasher.value
                        position += l
                    } else {
                        break
                    }
                }
                return Token(kind: .word, start: start, end: position, hash: hash, spaceBefore: space, newlineBefore: newline)
            }
            let (scalar, length) = decodeScalar(text, position)
            switch classify(scalar) {
            case .space:
                space = true
                position += length
                continue
            case .newline:
                space = true
                newline = true
                position += length
                continue
            case .digit:
                let start = position
                while position < n, isASCIIDigit(text[position]) { position += 1 }
                return Token(kind: .digits, start: start, end: position, hash: 0, spaceBefore: space, newlineBefore: newline)
            case .letter:
                let start = position
                var hasher = WordHasher()
                while position < n {
                    let (s, l) = decodeScalar(text, position)
                    guard classify(s) == .letter else { break }
                    hasher.add(s)
                    position += l
                }
                return Token(kind: .word, start: start, end: position, hash: hasher.value, spaceBefore: space, newlineBefore: newline)
            case .other:
                let start = position
                position += length
                return Token(kind: .symbol(scalar), start: start, end: position, hash: 0, spaceBefore: space, newlineBefore: newline)
            }
        }
        return nil
    }

    /// The next token without consuming it.
    func peek() -> Token? {
        var copy = self
        return copy.next()
    }
}

/// The tokens before byte `offset`, closest last: apostrophes and hyphens are dropped, other punctuation is kept
/// (so that phrases do not match across it), at most `limit` tokens, none starting before `floor`.
func tokens(before offset: Int, limit: Int, from floor: Int, in text: UnsafeBufferPointer<UInt8>) -> ArraySlice<Token> {
    var start = max(floor, offset - 20 * limit)
    while start > floor, text[start] & 0xC0 == 0x80 { start -= 1 }
    var tokens = Tokenizer(text, at: start)
    var kept: [Token] = []
    kept.reserveCapacity(2 * limit)
    while let t = tokens.next(), t.end <= offset {
        if t.isApostrophe || t.isHyphen { continue }
        kept.append(t)
    }
    return kept.suffix(limit)
}
