/// Byte-level helpers over UTF-8 text: decoding one scalar, classifying it, folding case.
///
/// Everything here works on `UnsafeBufferPointer<UInt8>` so the scanner never allocates on its hot path.
enum CharacterClass: UInt8 {
    case other, letter, digit, space, newline
}

@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }

/// Decodes the scalar starting at `i` (assumed valid UTF-8; invalid bytes decode as themselves, length 1).
@inline(__always)
func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
    let b0 = text[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let n = text.count
    if b0 & 0xE0 == 0xC0, i + 1 < n {
        return ((UInt32(b0 & 0x1F) << 6) | UInt32(text[i + 1] & 0x3F), 2)
    }
    if b0 & 0xF0 == 0xE0, i + 2 < n {
        return ((UInt32(b0 & 0x0F) << 12) | (UInt32(text[i + 1] & 0x3F) << 6) | UInt32(text[i + 2] & 0x3F), 3)
    }
    if b0 & 0xF8 == 0xF0, i + 3 < n {
        let s = (UInt32(b0 & 0x07) << 18) | (UInt32(text[i + 1] & 0x3F) << 12)
            | (UInt32(text[i + 2] & 0x3F) << 6) | UInt32(text[i + 3] & 0x3F)
        return (s, 4)
    }
    return (UInt32(b0), 1)
}

/// The start of the scalar that ends just before `i`.
@inline(__always)
func previousScalarStart(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    var j = i - 1
    while j > 0, text[j] & 0xC0 == 0x80 { j -= 1 }
    return j
}

/// Classifies a scalar for tokenizing.
@inline(__always)
func classify(_ scalar: UInt32) -> CharacterClass {
    if scalar < 0x80 {
        let b = UInt8(scalar)
        if isASCIIDigit(b) { return .digit }
        if isASCIILetter(b) { return .letter }
        if b == 0x0A || b == 0x0D { return .newline }
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return .space }
        return .other
    }
    switch scalar {
    case 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return .space
    case 0x2028, 0x2029, 0x0085: return .newline
    case 0x00D7, 0x00F7: return .other
    case 0x00AA, 0x00B5, 0x00BA, 0x00C0...0x024F, 0x0370...0x03FF, 0x0400...0x04FF: return .letter
    default: return .other
    }
}

/// Lower-cases ASCII and the Latin-1 / Latin Extended-A capitals, byte by byte within one scalar's encoding.
/// - Returns: the scalar, lower-cased where it has a simple lower case.
@inline(__always)
func lowercased(_ scalar: UInt32) -> UInt32 {
    if scalar >= 0x41 && scalar <= 0x5A { return scalar + 0x20 }
    if scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 { return scalar + 0x20 }
    if scalar >= 0x100 && scalar <= 0x17F && scalar & 1 == 0 && scalar != 0x130 { return scalar + 1 }
    if scalar >= 0x410 && scalar <= 0x42F { return scalar + 0x20 }
    return scalar
}

/// FNV-1a over lower-cased scalars: the key the lexicon is indexed by.
struct WordHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// Continues a hash computed elsewhere (the tokenizer's ASCII fast path).
    init(value: UInt64) { self.value = value }

    @inline(__always) mutating func add(_ scalar: UInt32) {
        var s = lowercased(scalar)
        // Fold typographic apostrophes to the straight one, so "d’" and "d'" are the same key.
        if s == 0x2019 || s == 0x2018 || s == 0x02BC { s = 0x27 }
        repeat {
            value ^= UInt64(s & 0xFF)
            value &*= 0x0000_0100_0000_01B3
            s >>= 8
        } while s != 0
    }

    /// The hash of a whole string, lower-cased the same way.
    static func hash(_ text: String) -> UInt64 {
        var h = WordHasher()
        for scalar in text.unicodeScalars { h.add(scalar.value) }
        return h.value
    }
}

/// The lexicon key of the word at `start..<end` of `text`.
func wordHash(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var hasher = WordHasher()
    var k = start
    while k < end {
        let (s, l) = decodeScalar(text, k)
        hasher.add(s)
        k += l
    }
    return hasher.value
}
