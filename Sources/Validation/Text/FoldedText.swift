/// A sentence folded for matching words: accents removed ("défense" is "defense"), typographic
/// apostrophes, quotes, dashes and spaces made plain, and split into words.
///
/// Each word keeps its lower-case form and its form as written, so that a lexicon entry can ask for
/// lower case only: "à la défense" (what is spent on defence), not "à la Défense" (a ministry).
/// Offsets are byte offsets in the folded lower-case text ``lower``.
struct FoldedText: Sendable {
    /// One word: a run of letters and digits. Apostrophes and hyphens separate words, so "l'Ukraine"
    /// is `l`, `ukraine` and "Royaume-Uni" is `royaume`, `uni`.
    struct Word: Sendable {
        /// The word in lower case, without accents.
        var lower: String
        /// The word as written, without accents.
        var cased: String
        /// Byte offset of the word in ``FoldedText/lower``.
        var start: Int
        /// Byte offset just past the word.
        var end: Int
        /// Whether punctuation that ends a statement (`.` `;` `:` `!` `?` a bracket, a quote mark or a
        /// line break) stands between this word and the one before.
        var breakBefore: Bool
    }

    /// The folded text in lower case.
    let lower: [UInt8]
    /// The words in order.
    let words: [Word]
    /// For each byte of ``lower``, the offset (in Unicode scalars) of the character it folds in the text.
    let origin: [Int]
    /// The text's Unicode scalars.
    let scalars: [Unicode.Scalar]

    init(_ text: some StringProtocol) {
        var lower: [UInt8] = []
        var cased: [UInt8] = []
        var origin: [Int] = []
        let scalars = Array(text.unicodeScalars)
        lower.reserveCapacity(text.utf8.count)
        cased.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        for (n, scalar) in scalars.enumerated() {
            let folded = Folding.fold(scalar)
            for byte in folded {
                cased.append(byte)
                lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                origin.append(n)
            }
        }
        var words: [Word] = []
        var i = 0
        var pendingBreak = false
        while i < lower.count {
            let b = lower[i]
            if Folding.isWordByte(b) {
                let start = i
                while i < lower.count, Folding.isWordByte(lower[i]) { i += 1 }
                words.append(Word(
                    lower: String(decoding: lower[start..<i], as: UTF8.self),
                    cased: String(decoding: cased[start..<i], as: UTF8.self),
                    start: start, end: i, breakBefore: pendingBreak))
                pendingBreak = false
            } else {
                // A full stop inside an abbreviation ("U.S.", "e.g.") does not end a statement.
                let inAbbreviation = b == UInt8(ascii: ".") && i + 1 < lower.count && Folding.isWordByte(lower[i + 1])
                if Folding.isBreak(b) && !inAbbreviation { pendingBreak = true }
                i += 1
            }
        }
        self.lower = lower
        self.words = words
        self.origin = origin
        self.scalars = scalars
    }

    /// The text as written for the folded bytes `range`.
    func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origin.count else { return "" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[origin[range.lowerBound]...origin[range.upperBound - 1]])
        return String(s)
    }

    /// The byte offset of the first occurrence of `needle` (already folded) at or after `from`.
    func find(_ needle: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, needle.count <= lower.count else { return nil }
        var i = max(0, from)
        let last = lower.count - needle.count
        let first = needle[0]
        while i <= last {
            if lower[i] == first {
                var k = 1
                while k < needle.count, lower[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The index of the first word that starts at or after byte `offset`, or `words.count`.
    func wordIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `text` folded to lower case without accents, as bytes.
    static func foldedBytes(_ text: some StringProtocol) -> [UInt8] {
        FoldedText(text).lower
    }
}

/// How characters fold: accented Latin letters to ASCII, typographic punctuation to plain.
enum Folding {
    /// The folded UTF-8 of one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        let v = scalar.value
        if v < 0x80 { return [UInt8(v)] }
        if let mapped = table[v] { return mapped }
        return Array(String(scalar).utf8)
    }

    /// Letters, digits, and the bytes of characters without an ASCII fold (kept as letters).
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Punctuation that ends a statement for phrase matching.
    static func isBreak(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""), 0x0A, 0x0D:
            return true
        default:
            return false
        }
    }

    private static let table: [UInt32: [UInt8]] = {
        var t: [UInt32: [UInt8]] = [:]
        let letters: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐÐ", "D"), ("ďđð", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇŊ", "N"), ("ñńņňŉŋ", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("òóôõöøōŏő", "o"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"),
            ("ţťŧ", "t"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"),
            ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"), ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"),
            ("ß", "ss"), ("Þ", "TH"), ("þ", "th"), ("Ĳ", "IJ"), ("ĳ", "ij"),
            ("\u{2019}\u{2018}\u{02BC}\u{00B4}\u{2032}", "'"), ("\u{00AB}\u{00BB}\u{201C}\u{201D}\u{201E}", "\""),
            ("\u{00A0}\u{202F}\u{2009}\u{2007}\u{2002}\u{2003}", " "), ("\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}", "-"),
            ("\u{2026}", "."), ("\u{2029}\u{2028}", "\n"),
        ]
        for (from, to) in letters {
            for s in from.unicodeScalars { t[s.value] = Array(to.utf8) }
        }
        return t
    }()
}
