import Money

/// What the words around a figure say about it: its qualifier, whether it is a change, the year it refers to.
struct FigureContext {
    let text: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon

    /// The tokens before byte `offset`: see ``tokens(before:limit:from:in:)``.
    func tokens(before offset: Int, limit: Int, from floor: Int) -> ArraySlice<Token> {
        Figures.tokens(before: offset, limit: limit, from: floor, in: text)
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

    /// The change framed by the tokens before a figure (its qualifier excluded) or the words after it.
    func change(before: ArraySlice<Token>, after: Tokenizer) -> Figure.Change? {
        for token in before.suffix(4).reversed() {
            if token.isWord, changeSkipWords.contains(token.hash) { continue }
            if token.isWord, let c = changeOf(token) { return c }
            break
        }
        var tokens = after
        guard let next = tokens.next(), next.isWord, !next.newlineBefore else { return nil }
        let second = tokens.next().flatMap { $0.isWord ? $0.hash : nil } ?? 0
        // "5 milliards supplémentaires", "10 % de plus", "3 % en baisse", "$5 billion more", "a 12.5% rise".
        if startsWith(next, "supplémentaire") || startsWith(next, "additionnel") { return .increase }
        if let c = changeAfter[next.hash] { return c }
        if next.hash == deHash || next.hash == enHash, let c = changeAfterDeOrEn[second] { return c }
        if lexicon.language == .english, changeNouns.contains(next.hash) { return changeOf(next) }
        return nil
    }

    /// Whether the token's bytes, lower-cased, begin with `prefix`.
    private func startsWith(_ token: Token, _ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard token.end - token.start >= p.count else { return false }
        for k in 0..<p.count where text[token.start + k] | (text[token.start + k] < 0x80 ? 0x20 : 0) != p[k] {
            return false
        }
        return true
    }

    /// The first 16 bytes of a token with ASCII letters lower-cased (the accented letters of stems are lower case).
    func lowerCasedPrefix(_ token: Token) -> [UInt8] {
        var bytes = [UInt8](text[token.start..<min(token.end, token.start + 16)])
        for k in bytes.indices where bytes[k] &- 65 < 26 { bytes[k] |= 0x20 }
        return bytes
    }

    /// The change a word says: a whole word ("rose", "up") or a stem ("augment…", "baiss…").
    func changeOf(_ token: Token) -> Figure.Change? {
        if increaseWholeWords.contains(token.hash) { return .increase }
        if decreaseWholeWords.contains(token.hash) { return .decrease }
        let bytes = lowerCasedPrefix(token)
        for stem in increaseStemBytes where bytes.starts(with: stem) { return .increase }
        for stem in decreaseStemBytes where bytes.starts(with: stem) { return .decrease }
        return nil
    }
}

private let increaseStemBytes = increaseStems.map { Array($0.utf8) }
private let decreaseStemBytes = decreaseStems.map { Array($0.utf8) }

extension FigureContext {
    /// Whether a word says that something moves: a change word, or a verb of passing from one level to another
    /// ("passer de 2 % à 3 %", "went from 2% to 3%").
    func isMovement(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if movementWords.contains(token.hash) || changeOf(token) != nil { return true }
        let bytes = lowerCasedPrefix(token)
        return bytes.starts(with: passStem) || bytes.starts(with: evoluStem)
    }
}

private let movementWords: Set<UInt64> = Set(["went", "gone", "go", "goes", "moved", "move", "moves"].map(WordHasher.hash))
private let passStem = Array("pass".utf8)
private let evoluStem = Array("évolu".utf8)

private let changeNouns: Set<UInt64> = Set([
    "rise", "increase", "gain", "jump", "hike", "boost", "surge", "growth", "drop", "fall", "decline", "decrease",
    "cut", "reduction", "loss", "plunge", "slump",
].map(WordHasher.hash))

/// Words right after a figure that make it a change: "$5 billion more", "3 % less".
private let changeAfter: [UInt64: Figure.Change] = [
    WordHasher.hash("more"): .increase, WordHasher.hash("extra"): .increase, WordHasher.hash("less"): .decrease,
    WordHasher.hash("fewer"): .decrease,
]

/// Words after "de" or "en" after a figure: "10 % de plus", "3 % en hausse", "2 % en baisse".
private let changeAfterDeOrEn: [UInt64: Figure.Change] = [
    WordHasher.hash("plus"): .increase, WordHasher.hash("hausse"): .increase, WordHasher.hash("moins"): .decrease,
    WordHasher.hash("baisse"): .decrease, WordHasher.hash("recul"): .decrease,
]
private let enHash = WordHasher.hash("en")

private let changeSkipWords: Set<UInt64> = Set([
    "de", "d", "des", "du", "une", "un", "les", "la", "le", "l", "soit", "en", "by", "of", "a", "an", "the",
    "some", "still", "another", "further", "encore", "respectivement", "respectively", "nearly", "almost",
].map(WordHasher.hash))

private let increaseWholeWords: Set<UInt64> = Set(["up", "rose", "rise", "rises", "risen", "rising", "grew", "added", "add", "adds",
                                  "crû", "accru", "accrue", "accrus", "additional", "extra", "plus", "more",
                                  "bond", "bondi", "bondir", "hike", "hikes", "hiked"].map(WordHasher.hash))
private let decreaseWholeWords: Set<UInt64> = Set(["down", "fell", "fall", "falls", "fallen", "cut", "cuts", "lost", "lose",
                                  "loses", "shrank", "minus", "moins", "less", "slid", "slide"].map(WordHasher.hash))
private let increaseStems = ["hausse", "haussé", "augment", "progress", "croissance", "croît", "accroiss",
                             "grimp", "envol", "ajout", "relev", "gagn", "supplément", "increas", "grow",
                             "jump", "climb", "surg", "gain", "boost", "soar", "expan", "raise", "raising",
                             "bondit", "bondissent", "rebond", "redress", "flamb"]
private let decreaseStems = ["baiss", "recul", "diminu", "chut", "repli", "réduc", "rédui", "contract", "perte",
                             "effondr", "dégringol", "amput", "declin", "declining", "drop", "decreas", "reduc",
                             "plung", "slump", "tumbl", "shrink", "lower", "contraction", "décrue", "décroiss",
                             "fléchi", "ralenti"]
