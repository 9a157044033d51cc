/// Phrases to find in a ``FoldedText``, each with a value: "Alliés européens et le Canada" →
/// Europe and Canada, "aide militaire" → military aid.
///
/// Phrases are written as a reader would (accents, apostrophes) and folded like the text. A word
/// ending in `*` matches any word it begins ("dépense*" matches "dépenses"); a phrase starting with
/// `=` matches only in the case written ("=à la défense" does not match "à la Défense"). A phrase
/// never matches across punctuation that ends a statement.
struct PhraseLexicon<Value: Sendable>: Sendable {
    /// One phrase found in a text.
    struct Match: Sendable {
        /// What the phrase stands for.
        var value: Value
        /// The first and past-the-last word indices in the text.
        var words: Range<Int>
        /// The byte range in the folded text.
        var bytes: Range<Int>
    }

    private struct Entry: Sendable {
        var words: [String]
        var stems: [Bool]
        var caseSensitive: Bool
        var value: Value
    }

    private var entries: [Entry] = []
    /// Entries by their first word (exact), entries whose first word is a stem by the stem's first
    /// three letters, and entries whose first word is a shorter stem.
    private var byFirstWord: [String: [Int]] = [:]
    private var byStemPrefix: [Substring: [Int]] = [:]
    private var shortStems: [Int] = []

    /// Creates a lexicon from phrases and values.
    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases { add(phrase, value) }
    }

    /// Adds a phrase.
    mutating func add(_ phrase: String, _ value: Value) {
        var text = Substring(phrase)
        let caseSensitive = text.hasPrefix("=")
        if caseSensitive { text = text.dropFirst() }
        let folded = FoldedText(text)
        var words: [String] = []
        var stems: [Bool] = []
        for w in folded.words {
            words.append(caseSensitive ? w.cased : w.lower)
            let stem = w.end < folded.lower.count && folded.lower[w.end] == UInt8(ascii: "*")
            stems.append(stem)
        }
        guard !words.isEmpty else { return }
        let index = entries.count
        entries.append(Entry(words: words, stems: stems, caseSensitive: caseSensitive, value: value))
        let first = words[0].lowercased()
        if !stems[0] {
            byFirstWord[first, default: []].append(index)
        } else if first.count >= 3 {
            byStemPrefix[first.prefix(3), default: []].append(index)
        } else {
            shortStems.append(index)
        }
    }

    /// Every phrase found, longest first where they overlap: a match inside a longer one is dropped
    /// ("Canada" inside "Alliés européens et le Canada"). In text order.
    func matches(in text: FoldedText) -> [Match] {
        var found: [Match] = []
        for i in text.words.indices {
            for e in byFirstWord[text.words[i].lower] ?? [] {
                if let m = match(entries[e], in: text, at: i) { found.append(m) }
            }
            for e in byStemPrefix[text.words[i].lower.prefix(3)] ?? [] {
                if let m = match(entries[e], in: text, at: i) { found.append(m) }
            }
            for e in shortStems {
                if let m = match(entries[e], in: text, at: i) { found.append(m) }
            }
        }
        found.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lowerBound < $1.words.lowerBound }
        var kept: [Match] = []
        for m in found where !kept.contains(where: { $0.words.overlaps(m.words) }) {
            kept.append(m)
        }
        kept.sort { $0.words.lowerBound < $1.words.lowerBound }
        return kept
    }

    private func match(_ entry: Entry, in text: FoldedText, at start: Int) -> Match? {
        guard start + entry.words.count <= text.words.count else { return nil }
        for k in entry.words.indices {
            let word = text.words[start + k]
            if k > 0 && word.breakBefore { return nil }
            let candidate = entry.caseSensitive ? word.cased : word.lower
            if entry.stems[k] {
                guard candidate.hasPrefix(entry.words[k]) else { return nil }
            } else {
                guard candidate == entry.words[k] else { return nil }
            }
        }
        let last = start + entry.words.count - 1
        return Match(value: entry.value, words: start..<(last + 1),
                     bytes: text.words[start].start..<text.words[last].end)
    }
}
