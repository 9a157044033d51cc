/// Word sequences ("livres sterling", "points de pourcentage") matched token by token.
///
/// Keys are word hashes (``WordHasher``); hyphens and apostrophes inside a phrase are skipped when matching,
/// so "sud-coréen" and "sud coréen", "jusqu’à" and "jusqu'à" are the same phrase.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [UInt64: Int] = [:]
        var value: Value?
    }

    private var nodes: [Node] = [Node()]

    /// Adds a phrase; an existing value for the same phrase is kept (first added wins).
    mutating func insert(_ phrase: String, _ value: Value) {
        var node = 0
        for word in PhraseTrie.words(of: phrase) {
            let key = WordHasher.hash(word)
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].value == nil { nodes[node].value = value }
    }

    /// The longest phrase starting at the tokenizer's position.
    /// - Returns: the value and the tokenizer just past the phrase, or `nil`.
    func longestMatch(_ start: Tokenizer) -> (value: Value, after: Tokenizer, end: Int)? {
        var tokens = start
        var node = 0
        var best: (Value, Tokenizer, Int)?
        var first = true
        var previousLength = 0
        while let token = tokens.next() {
            if !first, token.isHyphen || token.isApostrophe { continue }
            // "U.S. dollars": the period of a one-letter abbreviation is skipped too.
            if !first, previousLength == 1, token.isSymbol(0x2E) { continue }
            previousLength = token.end - token.start
            guard token.isWord, let next = nodes[node].children[token.hash] else { break }
            if !first, token.newlineBefore { break }
            first = false
            node = next
            if let value = nodes[node].value { best = (value, tokens, token.end) }
        }
        return best.map { (value: $0.0, after: $0.1, end: $0.2) }
    }

    /// Whether a phrase ends exactly at the end of `words` (hashes, in text order).
    func matchesSuffix(_ words: ArraySlice<UInt64>) -> (value: Value, length: Int)? {
        // Phrases are short: try every suffix length up to 8 words.
        var best: (Value, Int)?
        for length in 1...min(8, words.count) {
            var node = 0
            var ok = true
            for key in words.suffix(length) {
                guard let next = nodes[node].children[key] else { ok = false; break }
                node = next
            }
            if ok, let value = nodes[node].value { best = (value, length) }
        }
        return best.map { (value: $0.0, length: $0.1) }
    }

    /// Splits a phrase into the words the tokenizer would produce.
    static func words(of phrase: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in phrase.unicodeScalars {
            if classify(scalar.value) == .letter || classify(scalar.value) == .digit {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
