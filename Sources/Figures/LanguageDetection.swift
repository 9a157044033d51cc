/// Tells French from English by counting frequent function words.
///
/// Each word of up to eight bytes is packed into an integer and looked up in two small sets of
/// stopwords ("le", "des", "est", "dans", "pour", "l’", "d’" … and "the", "of", "and", "is",
/// "with" …); words both languages share ("a", "on", "en") count for neither. Only the first
/// `limit` bytes are read, and detection stops as soon as one language clearly leads (three times
/// the other's count after 60 stopwords), which keeps the cost per document small and bounded.
extension Language {
    /// The language of a text, or `nil` when it has no stopword of either language.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - limit: How many UTF-8 bytes from the start to read.
    /// - Returns: French or English, French on a tie.
    public static func detect(in text: String, limit: Int = 1 << 16) -> Language? {
        var text = text
        let (french, english) = text.withUTF8 { utf8 in
            Stopwords.count(UnsafeBufferPointer(rebasing: utf8.prefix(limit)), stopWhenClear: true)
        }
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
            Stopwords.count(UnsafeBufferPointer(rebasing: utf8.prefix(limit)), stopWhenClear: false)
        }
    }
}

/// The stopword sets, as packed words in a small open-addressing table (faster than `Set`'s
/// seeded hashing for this one job).
enum Stopwords {
    static let french = PackedWordSet([
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "dans", "pour", "par", "sur",
        "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "elles", "sont", "pas", "plus", "avec", "ont", "été",
        "être", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "nous", "vous", "ne", "se", "l", "d", "qu",
        "selon", "entre", "depuis", "lors", "ainsi", "aussi", "très", "où", "déjà", "notre",
    ])

    static let english = PackedWordSet([
        "the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "by", "at", "from", "this", "be", "are",
        "was", "were", "it", "an", "have", "has", "had", "not", "which", "or", "its", "their", "but", "will", "been",
        "would", "said", "they", "he", "she", "we", "than", "more", "also", "about", "after", "into", "over",
        "these", "those", "there", "who", "what", "our", "year",
    ])

    /// Once this many stopwords are counted and one language has three times the other's, reading stops.
    static let decisive = 60

    /// Counts the stopwords, stopping once the language is clear when `stopWhenClear` is set.
    static func count(_ utf8: UnsafeBufferPointer<UInt8>, stopWhenClear: Bool) -> (french: Int, english: Int) {
        var frenchCount = 0
        var englishCount = 0
        var key: UInt64 = 0
        var length = 0
        var i = 0
        let n = utf8.count
        while i <= n {
            let b: UInt8 = i < n ? utf8[i] : 0x20
            let upper = b &- 0x41 < 26
            if upper || b &- 0x61 < 26 || (b >= 0x80 && b != 0xC2 && b != 0xE2) {
                length += 1
                key = key << 8 | UInt64(upper ? b | 0x20 : b)
            } else {
                if length > 0 && length <= 8 {
                    if french.contains(key) {
                        frenchCount += 1
                    } else if english.contains(key) {
                        englishCount += 1
                    }
                    if stopWhenClear && frenchCount + englishCount >= decisive
                        && (frenchCount >= 3 * englishCount || englishCount >= 3 * frenchCount) {
                        break
                    }
                }
                length = 0
                key = 0
                // Skip the rest of a separator sequence (C2: no-break space, «, »; E2: ’, –, narrow spaces).
                if b >= 0xC0 { i += b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3 }
            }
            i += 1
        }
        return (frenchCount, englishCount)
    }
}

/// A fixed set of words of up to eight UTF-8 bytes, each packed big-endian into a `UInt64`.
struct PackedWordSet: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init(_ words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for word in words {
            let bytes = Array(word.utf8)
            guard bytes.count <= 8 else { continue }
            var k: UInt64 = 0
            for b in bytes { k = k << 8 | UInt64(b) }
            var slot = Self.hash(k) & mask
            while slots[slot] != 0 && slots[slot] != k { slot = (slot + 1) & mask }
            slots[slot] = k
        }
    }

    @inline(__always)
    private static func hash(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }

    /// Whether the packed word is in the set (0, the empty word, never is).
    @inline(__always)
    func contains(_ k: UInt64) -> Bool {
        var slot = Self.hash(k) & mask
        while true {
            let v = slots[slot]
            if v == k { return k != 0 }
            if v == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
