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
