import Money

/// What the words around a figure say about it: its qualifier, whether it is a change, the year it refers to.
struct FigureContext {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon

    /// The tokens before byte `offset`: see ``tokens(before:limit:from:in:)``.
    func tokens(before offset: Int, limit: Int, from floor: Int) -> ArraySlice<Token> {
        Figures.tokens(before: offset, limit: limit, from: floor, in: text)
    }

    /// The lower-cased words before byte `offset` with their hashes and starts, closest last.
    func words(before offset: Int, limit: Int, from floor: Int) -> [(word: String, hash: UInt64, start: Int)] {
        tokens(before: offset, limit: limit, from: floor).map { (word($0), $0.isWord ? $0.hash : 0, $0.start) }
    }

    func word(_ t: Token) -> String {
        String(decoding: text[t.start..<t.end], as: UTF8.self).lowercased()
    }

    /// The qualifier written before the figure, and where it starts.
    func qualifierBefore(_ start: Int, sentenceStart: Int) -> (Figure.Approximation, Int)? {
        qualifier(in: tokens(before: start, limit: 6, from: sentenceStart))
    }

    /// The qualifier that ends the tokens before a figure ("plus de", "près de"), and where it starts.
    func qualifier(in before: ArraySlice<Token>) -> (Figure.Approximation, Int)? {
        let before = before.suffix(6)
        guard !before.isEmpty else { return nil }
        let hashes = before.map { $0.isWord ? $0.hash : 0 }
        guard let match = lexicon.qualifiersBefore.matchesSuffix(hashes[...]) else { return nil }
        return (match.value, before[before.endIndex - match.length].start)
    }

    /// The qualifier written after the figure ("20 % environ", "$5 or more").
    func qualifierAfter(_ after: Tokenizer) -> Figure.Approximation? {
        guard let first = after.peek(), !first.newlineBefore, first.isWord else { return nil }
        return lexicon.qualifiersAfter.longestMatch(after)?.value
    }

    /// Whether the figure is framed as an increase or a decrease by the words just before or after it.
    func change(before start: Int, after: Tokenizer, sentenceStart: Int) -> Figure.Change? {
        change(before: tokens(before: start, limit: 4, from: sentenceStart), after: after)
    }

    /// The change framed by the tokens before a figure (its qualifier excluded) or the words after it.
    func change(before: ArraySlice<Token>, after: Tokenizer) -> Figure.Change? {
        for token in before.suffix(4).reversed() {
            if token.isWord, changeSkipWords.contains(token.hash) { continue }
            if token.isWord, let c = changeOf(word(token)) { return c }
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
        if increaseWholeWords.contains(word) { return .increase }
        if decreaseWholeWords.contains(word) { return .decrease }
        let bytes = Array(word.utf8)
        for stem in increaseStemBytes where bytes.starts(with: stem) { return .increase }
        for stem in decreaseStemBytes where bytes.starts(with: stem) { return .decrease }
        return nil
    }
}

private let increaseStemBytes = increaseStems.map { Array($0.utf8) }
private let decreaseStemBytes = decreaseStems.map { Array($0.utf8) }

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

private let increaseWholeWords: Set<String> = ["up", "rose", "rise", "rises", "risen", "rising", "grew", "added", "add", "adds",
                                  "crû", "accru", "accrue", "accrus", "additional", "extra", "plus", "more",
                                  "bond", "bondi", "bondir", "hike", "hikes", "hiked"]
private let decreaseWholeWords: Set<String> = ["down", "fell", "fall", "falls", "fallen", "cut", "cuts", "lost", "lose",
                                  "loses", "shrank", "minus", "moins", "less", "slid", "slide"]
private let increaseStems = ["hausse", "haussé", "augment", "progress", "croissance", "croît", "accroiss",
                             "grimp", "envol", "ajout", "relev", "gagn", "supplément", "increas", "grow",
                             "jump", "climb", "surg", "gain", "boost", "soar", "expan", "raise", "raising",
                             "bondit", "bondissent", "rebond", "redress", "flamb"]
private let decreaseStems = ["baiss", "recul", "diminu", "chut", "repli", "réduc", "rédui", "contract", "perte",
                             "effondr", "dégringol", "amput", "declin", "declining", "drop", "decreas", "reduc",
                             "plung", "slump", "tumbl", "shrink", "lower", "contraction", "décrue", "décroiss",
                             "fléchi", "ralenti"]
