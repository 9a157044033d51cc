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
        let before = before.suffix(8)
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
    func change(before: ArraySlice<Token>, after: Tokenizer, money: Bool = false) -> Figure.Change? {
        var further: Figure.Change?
        var sawBy = false
        for token in before.suffix(4).reversed() {
            if token.isWord, token.hash == byHash { sawBy = true }
            // "a further 2 %" is an increase, "fell a further 2 %" a fall.
            if token.isWord, furtherWords.contains(token.hash) { further = .increase; continue }
            if token.isWord, changeSkipWords.contains(token.hash) { continue }
            // "raised $45 million" in a funding round is an amount raised, not a rise ("raised rates by" is).
            if token.isWord, money, !sawBy, raiseWords.contains(token.hash) { return further }
            // "le taux réduit de 5,5 %", "tarif réduit": the name of a rate, not a cut.
            if token.isWord, reducedWords.contains(token.hash), let i = before.firstIndex(of: token), i > before.startIndex,
               before[before.index(before: i)].isWord, rateNames.contains(before[before.index(before: i)].hash) {
                return further
            }
            if token.isWord, let c = changeOf(token) { return c }
            break
        }
        if let f = further { return f }
        if let c = changeBeforeBy(before) { return c }
        var tokens = after
        guard let next = tokens.next(), next.isWord, !next.newlineBefore else { return nil }
        let second = tokens.next().flatMap { $0.isWord ? $0.hash : nil } ?? 0
        // "5 milliards supplémentaires", "10 % de plus", "3 % en baisse", "$5 billion more", "a 12.5% rise".
        if startsWith(next, "supplémentaire") || startsWith(next, "additionnel") { return .increase }
        if let c = changeAfter[next.hash] { return c }
        // "11,9 % plus chère", "5 % plus bas", "10 % moins cher".
        if next.hash == plusHash, lexicon.language == .french, second != 0 {
            return lowWords.contains(second) ? .decrease : .increase
        }
        if next.hash == moinsWordHash, lexicon.language == .french, second != 0 { return .decrease }
        if next.hash == deHash || next.hash == enHash, let c = changeAfterDeOrEn[second] {
            // "20,6 M€ en hausse de 18 %": the change is the next figure's; this one is the level reached.
            if next.hash == enHash, let third = tokens.next(), third.isWord, third.hash == deHash || third.hash == dHash {
                return nil
            }
            return c
        }
        if lexicon.language == .english, changeNouns.contains(next.hash) { return changeOf(next) }
        return nil
    }

    /// The change word of a verb or noun whose object or complement stands between it and "de"/"by" before the
    /// figure: "relève son taux directeur de 75 points de base", "une hausse des recettes de 99 milliards",
    /// "lowering its key rate by half a point". Punctuation, a number or a level verb between them stops the search.
    private func changeBeforeBy(_ before: ArraySlice<Token>) -> Figure.Change? {
        guard let last = before.last, last.isWord, last.hash == byHash || last.hash == deHash || last.hash == dHash
        else { return nil }
        for token in before.dropLast().suffix(8).reversed() {
            if case .symbol(let s) = token.kind, quoteMarks.contains(s) { continue }  // "« croissance marquée » des"
            guard token.isWord, !stopWords.contains(token.hash) else { return nil }
            if let c = changeOf(token) { return c }
        }
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

/// Words right after a figure that make it a change: "$5 billion more", "3 % less", "$7.8 billion higher than",
/// "$10 billion below what", "0.3 percentage points higher".
private let changeAfter: [UInt64: Figure.Change] = {
    var table: [UInt64: Figure.Change] = [:]
    for w in ["more", "extra", "higher", "above", "up", "bigger", "larger", "stronger", "greater"] {
        table[WordHasher.hash(w)] = .increase
    }
    for w in ["less", "fewer", "lower", "below", "down", "smaller", "weaker", "cheaper"] {
        table[WordHasher.hash(w)] = .decrease
    }
    return table
}()
private let plusHash = WordHasher.hash("plus")
private let reducedWords: Set<UInt64> = Set(["réduit", "réduite", "réduits", "réduites", "reduced"].map(WordHasher.hash))
private let rateNames: Set<UInt64> = Set(["taux", "tarif", "tarifs", "rate", "rates", "tva"].map(WordHasher.hash))
/// Quotation marks inside a noun phrase: « », “ ”, ".
private let quoteMarks: Set<UInt32> = [0xAB, 0xBB, 0x201C, 0x201D, 0x22]
private let moinsWordHash = WordHasher.hash("moins")
private let byHash = WordHasher.hash("by")
/// After "plus": the adjectives of a lower level ("5 % plus bas").
private let lowWords: Set<UInt64> = Set(["bas", "basse", "basses", "faible", "faibles", "petit", "petite"].map(WordHasher.hash))
/// "a further", "an additional": an increase unless a change word says otherwise.
private let furtherWords: Set<UInt64> = Set(["further", "additional"].map(WordHasher.hash))
/// Verbs of raising money in a funding round or a loan ("raised $45 million").
private let raiseWords: Set<UInt64> = Set(["raised", "raise", "raises", "raising"].map(WordHasher.hash))
/// Words that end the search for a change word before "de"/"by": verbs of level and of reporting.
private let stopWords: Set<UInt64> = Set([
    "est", "sont", "était", "étaient", "sera", "seront", "atteint", "atteignent", "atteindra", "élève", "élèvent",
    "établit", "établi", "chiffré", "chiffrée", "montant", "total", "totalisant", "soit", "contre", "ont",
    "avait", "avaient", "aura", "permet", "permettra", "permis", "prévoit", "prévu", "prévue", "représente",
    "représentent", "affiche", "compte", "porte", "porté", "portant", "fixé", "fixée", "selon", "dit",
    "is", "was", "were", "are", "be", "will", "has", "have", "had", "said", "reached", "totalled", "totaled",
    "stood", "to", "from", "than", "à", "après", "after", "before", "avant", "mais", "but", "while", "alors", "que",
    "qui", "which", "that", "with", "avec", "sur", "on", "dont", "lors", "according", "expects", "prévoir",
    "passer", "passe", "passé", "passée", "passera", "faire", "fait", "ramener", "ramené", "ramenée", "went",
    "un", "une", "a", "an",
].map(WordHasher.hash))

/// Words after "de" or "en" after a figure: "10 % de plus", "3 % en hausse", "2 % en baisse".
private let changeAfterDeOrEn: [UInt64: Figure.Change] = [
    WordHasher.hash("plus"): .increase, WordHasher.hash("hausse"): .increase, WordHasher.hash("moins"): .decrease,
    WordHasher.hash("baisse"): .decrease, WordHasher.hash("recul"): .decrease,
]
private let enHash = WordHasher.hash("en")

private let changeSkipWords: Set<UInt64> = Set([
    "de", "d", "des", "du", "une", "un", "les", "la", "le", "l", "soit", "en", "by", "of", "a", "an", "the",
    "some", "still", "another", "encore", "respectivement", "respectively", "nearly", "almost",
].map(WordHasher.hash))

private let increaseWholeWords: Set<UInt64> = Set(["up", "rose", "rise", "rises", "risen", "rising", "grew", "added", "add", "adds",
                                  "crû", "accru", "accrue", "accrus", "additional", "extra", "plus", "more",
                                  "bond", "bondi", "bondir", "hike", "hikes", "hiked", "firmed", "inflated",
                                  "jerked", "accrues", "widened", "widens", "widen", "widening"].map(WordHasher.hash))
private let decreaseWholeWords: Set<UInt64> = Set(["down", "fell", "fall", "falls", "fallen", "cut", "cuts", "lost", "lose",
                                  "loses", "shrank", "minus", "moins", "less", "slid", "slide", "fondu", "fondre",
                                  "fondent", "cédé", "céder", "cédait", "cédaient", "cédera", "cédant", "shed", "sheds", "dipped", "dip", "dips", "eased", "narrowed",
                                  "cutting"].map(WordHasher.hash))
private let increaseStems = ["hausse", "haussé", "augment", "progress", "croissance", "croît", "accroiss",
                             "grimp", "envol", "ajout", "relev", "gagn", "supplément", "increas", "grow",
                             "jump", "climb", "surg", "gain", "boost", "soar", "expan", "raise", "raising",
                             "bondit", "bondissent", "rebond", "flamb", "rehauss", "revaloris",
                             "alourd", "majoré", "majora", "bondi", "creus", "lift", "escalat",
                             "renchér", "grossi", "gonfl"]
private let decreaseStems = ["baiss", "recul", "diminu", "chut", "repli", "réduc", "rédui", "contract", "perte",
                             "effondr", "dégringol", "amput", "declin", "declining", "drop", "decreas", "reduc",
                             "plung", "slump", "tumbl", "shrink", "lower", "contraction", "décrue", "décroiss",
                             "fléchi", "ralenti", "cèd", "slash", "trimm", "trims", "allég", "allèg",
                             "abaiss", "rabot", "tassé", "dévissé"]
