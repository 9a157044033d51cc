import Money

/// What the words around a figure say about it: its qualifier, whether it is a change, the year it refers to.
struct FigureContext {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon

    /// The lower-cased words before byte `offset`, closest last (apostrophes and hyphens dropped,
    /// other punctuation kept as a one-character word so that phrases do not match across it).
    func words(before offset: Int, limit: Int, from floor: Int) -> [(word: String, hash: UInt64, start: Int)] {
        var start = max(floor, offset - 20 * limit)
        while start > floor, text[start] & 0xC0 == 0x80 { start -= 1 }
        var tokens = Tokenizer(text, at: start)
        var kept: [Token] = []
        while let t = tokens.next(), t.end <= offset {
            if t.isApostrophe || t.isHyphen { continue }
            kept.append(t)
        }
        return kept.suffix(limit).map { (word($0), $0.isWord ? $0.hash : 0, $0.start) }
    }

    func word(_ t: Token) -> String {
        String(decoding: text[t.start..<t.end], as: UTF8.self).lowercased()
    }

    /// The qualifier written before the figure, and where it starts.
    func qualifierBefore(_ start: Int, sentenceStart: Int) -> (Figure.Approximation, Int)? {
        let before = words(before: start, limit: 6, from: sentenceStart)
        guard !before.isEmpty else { return nil }
        guard let match = lexicon.qualifiersBefore.matchesSuffix(before.map(\.hash)[...]) else { return nil }
        return (match.value, before[before.count - match.length].start)
    }

    /// The qualifier written after the figure ("20 % environ", "$5 or more").
    func qualifierAfter(_ after: Tokenizer) -> Figure.Approximation? {
        guard let first = after.peek(), !first.newlineBefore, first.isWord else { return nil }
        return lexicon.qualifiersAfter.longestMatch(after)?.value
    }

    /// Whether the figure is framed as an increase or a decrease by the words just before or after it.
    func change(before start: Int, after: Tokenizer, sentenceStart: Int) -> Figure.Change? {
        let before = words(before: start, limit: 4, from: sentenceStart)
        for entry in before.reversed() {
            if changeSkipWords.contains(entry.hash) { continue }
            if let c = changeOf(entry.word) { return c }
            break
        }
        var tokens = after
        if let next = tokens.next(), next.isWord, !next.newlineBefore {
            let w = word(next)
            if w.hasPrefix("supplémentaire") || w.hasPrefix("additionnel") || w == "more" || w == "extra" {
                return .increase
            }
            if w == "de" || w == "en", let n2 = tokens.next(), n2.isWord, word(n2) == "plus" { return .increase }
            if w == "de" || w == "en", let n2 = tokens.next(), n2.isWord, word(n2) == "moins" { return .decrease }
            if w == "less" || w == "fewer" { return .decrease }
            // "a 12.5% rise", "a $5 billion cut": a change noun right after the figure.
            if lexicon.language == .english, changeNouns.contains(w) { return changeOf(w) }
            if w == "en", let n2 = tokens.next(), n2.isWord {
                let w2 = word(n2)
                if w2 == "hausse" { return .increase }
                if w2 == "baisse" || w2 == "recul" { return .decrease }
            }
        }
        return nil
    }

    private func changeOf(_ word: String) -> Figure.Change? {
        for stem in increaseWholeWords where word == stem { return .increase }
        for stem in decreaseWholeWords where word == stem { return .decrease }
        for stem in increaseStems where word.hasPrefix(stem) { return .increase }
        for stem in decreaseStems where word.hasPrefix(stem) { return .decrease }
        return nil
    }
}

/// Whether a word says that something moves: a change word, or a verb of passing from one level to another.
func isMovementWord(_ word: String) -> Bool {
    if ["went", "gone", "go", "goes", "moved", "move", "moves", "évolué", "évolue", "fell", "rose"].contains(word) {
        return true
    }
    for stem in ["pass", "évolu"] where word.hasPrefix(stem) { return true }
    for stem in increaseStems + decreaseStems where word.hasPrefix(stem) { return true }
    return false
}

private let changeNouns: Set<String> = [
    "rise", "increase", "gain", "jump", "hike", "boost", "surge", "growth", "drop", "fall", "decline", "decrease",
    "cut", "reduction", "loss", "plunge", "slump",
]

private let changeSkipWords: Set<UInt64> = Set([
    "de", "d", "des", "du", "une", "un", "les", "la", "le", "l", "soit", "en", "by", "of", "a", "an", "the",
    "some", "still", "another", "further", "encore", "respectivement", "respectively", "nearly", "almost",
].map(WordHasher.hash))

private let increaseWholeWords = ["up", "rose", "rise", "rises", "risen", "rising", "grew", "added", "add", "adds",
                                  "crû", "accru", "accrue", "accrus", "additional", "extra", "plus", "more",
                                  "bond", "bondi", "bondir", "hike", "hikes", "hiked"]
private let decreaseWholeWords = ["down", "fell", "fall", "falls", "fallen", "cut", "cuts", "lost", "lose",
                                  "loses", "shrank", "minus", "moins", "less", "slid", "slide"]
private let increaseStems = ["hausse", "haussé", "augment", "progress", "croissance", "croît", "accroiss",
                             "grimp", "envol", "ajout", "relev", "gagn", "supplément", "increas", "grow",
                             "jump", "climb", "surg", "gain", "boost", "soar", "expan", "raise", "raising",
                             "bondit", "bondissent", "rebond", "redress", "flamb"]
private let decreaseStems = ["baiss", "recul", "diminu", "chut", "repli", "réduc", "rédui", "contract", "perte",
                             "effondr", "dégringol", "amput", "declin", "declining", "drop", "decreas", "reduc",
                             "plung", "slump", "tumbl", "shrink", "lower", "contraction", "décrue", "décroiss",
                             "fléchi", "ralenti"]
