/// Tells French from English by counting frequent function words.
///
/// Each word of up to eight bytes is packed into an integer and looked up in two small sets of
/// stopwords ("le", "des", "est", "dans", "pour", "l’", "d’" … and "the", "of", "and", "is",
/// "with" …); words both languages share ("a", "on", "en") count for neither. Only the first
/// `limit` bytes are read, which is plenty to decide and keeps the cost per document bounded.
extension Language {
    /// The language of a text, or `nil` when it has no stopword of either language.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - limit: How many UTF-8 bytes from the start to read.
    /// - Returns: French or English, French on a tie.
    public static func detect(in text: String, limit: Int = 1 << 16) -> Language? {
        let (french, english) = stopwordCounts(in: text, limit: limit)
        if french == 0 && english == 0 { return nil }
        return english > french ? .english : .french
    }

    /// How many French and English stopwords the start of a text holds.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - limit: How many UTF-8 bytes from the start to read.
    /// - Returns: The two counts.
    public static func stopwordCounts(in text: String, limit: Int = 1 << 16) -> (french: Int, english: Int) {
        var text = text
        return text.withUTF8 { utf8 in
            Stopwords.count(UnsafeBufferPointer(rebasing: utf8.prefix(limit)))
        }
    }
}

/// The stopword sets, as packed words.
enum Stopwords {
    static let french: Set<UInt64> = pack([
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour", "par", "sur",
        "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "elles", "sont", "pas", "plus", "avec", "ont", "été",
        "être", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "nous", "vous", "ne", "se", "l", "d", "qu",
        "selon", "entre", "depuis", "lors", "ainsi", "aussi", "très", "où", "déjà", "notre",
    ])

    static let english: Set<UInt64> = pack([
        "the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "by", "at", "from", "this", "be", "are",
        "was", "were", "it", "an", "have", "has", "had", "not", "which", "or", "its", "their", "but", "will", "been",
        "would", "said", "they", "he", "she", "we", "than", "more", "also", "about", "after", "into", "over",
        "these", "those", "there", "who", "what", "our", "year",
    ])

    static func pack(_ words: [String]) -> Set<UInt64> {
        Set(words.compactMap { word in
            let bytes = Array(word.utf8)
            return bytes.count <= 8 ? key(bytes[...]) : nil
        })
    }

    static func key(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var k: UInt64 = 0
        for b in bytes { k = k << 8 | UInt64(b) }
        return k
    }

    static func count(_ utf8: UnsafeBufferPointer<UInt8>) -> (french: Int, english: Int) {
        var frenchCount = 0
        var englishCount = 0
        var key: UInt64 = 0
        var length = 0
        var i = 0
        let n = utf8.count
        while i <= n {
            let b: UInt8 = i < n ? utf8[i] : 0x20
            let upper = b &- 0x41 < 26
            if upper || b &- 0x61 < 26 || b >= 0x80 && !isSeparatorSequence(utf8, at: i) {
                length += 1
                key = key << 8 | UInt64(upper ? b | 0x20 : b)
            } else {
                if length > 0 && length <= 8 {
                    if isFrench(key) { frenchCount += 1 } else if isEnglish(key) { englishCount += 1 }
                }
                length = 0
                key = 0
                // Skip the rest of a separator sequence (no-break space, typographic quotes).
                if b >= 0xC0 { i += b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3 }
            }
            i += 1
        }
        return (frenchCount, englishCount)
    }

    @inline(__always) private static func isFrench(_ key: UInt64) -> Bool { french.contains(key) }
    @inline(__always) private static func isEnglish(_ key: UInt64) -> Bool { english.contains(key) }

    /// Whether the UTF-8 sequence at `i` is a space or punctuation rather than a letter:
    /// lead bytes C2 (no-break space, «, », °) and E2 (’, –, —, …, narrow spaces, €).
    @inline(__always) private static func isSeparatorSequence(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = utf8[i]
        return b == 0xC2 || b == 0xE2
    }
}
