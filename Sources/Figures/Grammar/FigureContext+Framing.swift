/// How the words around a figure frame it: a level written with a sign, the restatement of a change, the two
/// ends of a movement.
extension FigureContext {
    /// Whether the words before a signed figure make it a level: "à -0,25 %", "gelés à moins 0,75 %", "un solde de
    /// +32,2 M€", "passée de -0,1 %", "at -2%".
    func framesLevel(_ before: ArraySlice<Token>) -> Bool {
        guard let last = before.last, last.isWord else { return false }
        if levelPrepositions.contains(last.hash) { return true }
        guard ofWords.contains(last.hash), before.count >= 2 else { return false }
        let noun = before[before.endIndex - 2]
        guard noun.isWord else { return false }
        if levelNouns.contains(noun.hash) { return true }
        // "un excédent de recettes de +9,1 M€".
        if before.count >= 4, before[before.endIndex - 3].isWord, ofWords.contains(before[before.endIndex - 3].hash),
           before[before.endIndex - 4].isWord, levelNouns.contains(before[before.endIndex - 4].hash) {
            return true
        }
        let bytes = lowerCasedPrefix(noun)
        return bytes.starts(with: passStemBytes) || movementVerbs.contains(noun.hash)
    }

    /// Whether a figure continues the change of the figure before it, which ends at `previousEnd`: a restatement
    /// ("…, soit 2,0 %", "(soit 15,5 millions)", "or 1.3 percent", "l'équivalent de 14,9 %"), a list ("19.2%, 6.4%
    /// and 22.7%"), or a coordinated complement ("de 7,9 % à données courantes et de 6,6 %", "…, de 5,7 %").
    func continuesChange(_ before: ArraySlice<Token>, from previousEnd: Int, to start: Int, qualified: Bool,
                         sameKind: Bool) -> Bool {
        guard start > previousEnd, start - previousEnd <= 160 else { return false }
        if before.count >= 2, let last = before.last, last.isWord, last.hash == deHash || last.hash == byHash {
            let joint = before[before.endIndex - 2]
            if joint.isSymbol(0x2C) || (joint.isWord && andWords.contains(joint.hash)) {
                return !crossesLine(previousEnd, start)
            }
        }
        // "gagnait plus de 1,4 % face au dollar et plus de 1,9 % face à l'euro": the same qualifier, a parallel clause
        // (`qualified` says so; "up 18%, and at least 2 per cent of GDP" is not one).
        if qualified, let last = before.last, last.isSymbol(0x2C) || (last.isWord && andWords.contains(last.hash)) {
            return !crossesLine(previousEnd, start)
        }
        guard start - previousEnd <= 48 else { return false }
        var tokens = Tokenizer(text, at: previousEnd)
        // A list ("5 %, 6 % et 7 %") continues a change of its own kind; a restatement ("soit", "(") any.
        var restates = false
        while let t = tokens.next(), t.start < start {
            if t.newlineBefore { return false }
            if t.isWord {
                guard restatingWords.contains(t.hash) else { return false }
                if !listWords.contains(t.hash) { restates = true }
            } else if t.isSymbol(0x28) {
                restates = true
            } else if !(t.isSymbol(0x2C) || t.isSymbol(0x29) || t.isApostrophe || t.isHyphen) {
                return false
            }
        }
        return restates || sameKind
    }

    /// Whether two figures of one kind are the two ends of a movement: "de 2,38 millions à 2,5 millions",
    /// "from 3% in May to 4%".
    func isFromTo(from a: RawFigure, to b: RawFigure) -> Bool {
        let before = tokens(before: a.start, limit: 3, from: max(0, a.start - 60))
        guard let first = before.last(where: { $0.isWord && !qualifierWords.contains($0.hash) }),
              fromWords.contains(first.hash) else { return false }
        // "de 5,8 % au trimestre précédent à 4 %": the words between say when, then "à"/"to" ends them.
        var tokens = Tokenizer(text, at: a.end)
        var words: [Token] = []
        while let t = tokens.next(), t.start < b.start {
            guard words.count < 6, !t.newlineBefore, t.isWord || t.isDigits || t.isApostrophe else { return false }
            if t.isWord { words.append(t) }
        }
        guard let to = words.last(where: { !qualifierWords.contains($0.hash) }), toWords.contains(to.hash) else { return false }
        let rest = words.prefix { $0.start < to.start }
        return rest.allSatisfy { qualifierWords.contains($0.hash) || whenWords.contains($0.hash) }
    }

    /// Whether the words before a figure end with "de"/"d'"/"from".
    func endsInFrom(_ before: ArraySlice<Token>) -> Bool {
        guard let last = before.last, last.isWord else { return false }
        return fromWords.contains(last.hash)
    }

    /// Whether "de"/"from" before a figure follows a verb of passing from one level to another ("faire passer de
    /// 0,5 à 1 %", "went from 2% to 3%"): the figure is a level.
    func followsPassVerb(_ before: ArraySlice<Token>) -> Bool {
        guard before.count >= 2, let last = before.last, last.isWord, fromWords.contains(last.hash) else { return false }
        let verb = before[before.endIndex - 2]
        guard verb.isWord else { return false }
        return lowerCasedPrefix(verb).starts(with: passStemBytes) || movementVerbs.contains(verb.hash)
    }

    /// Whether an amount after a verb of passing is the reference passed, not a bound: "dépassera les 50 milliards
    /// promis", "exceeded the $5 billion budgeted" (the amount promised is exact; "dépasse les 3 %" is more than 3 %).
    func isPassedReference(qualifierAt start: Int, after: Tokenizer) -> Bool {
        var q = Tokenizer(text, at: start)
        guard let verb = q.next(), verb.isWord else { return false }
        let bytes = lowerCasedPrefix(verb)
        guard passingStems.contains(where: { bytes.starts(with: $0) }) else { return false }
        var tokens = after
        guard let next = tokens.next(), next.isWord, !next.newlineBefore else { return false }
        return referenceParticiples.contains(next.hash)
    }

    /// Where an exchange-rate quote ends, when the amount is one: "1,08 dollar pour un euro", "$1.31 per pound",
    /// "0.92 euros to the dollar" (quotes are not amounts of money).
    func exchangeQuoteEnd(after: Tokenizer) -> Int? {
        var tokens = after
        guard let per = tokens.next(), per.isWord, !per.newlineBefore, perWords.contains(per.hash) else { return nil }
        if let article = tokens.peek(), article.isWord, quoteArticles.contains(article.hash) { _ = tokens.next() }
        guard let name = tokens.peek(), !name.isDigits else { return nil }
        var end: Int?
        if name.isWord, let match = lexicon.currencyNames.longestMatch(tokens) { end = match.end }
        if !name.isWord, let match = CurrencySymbols.shared.match(text, at: name.start, dollar: "USD"),
           match.end >= text.count || !isASCIIDigit(text[match.end]) {
            end = match.end
        }
        // The quote ends there ("pour un euro."), unlike "pour l'euro numérique".
        guard let e = end else { return nil }
        var rest = Tokenizer(text, at: e)
        if let next = rest.next(), next.isWord || next.isDigits, !next.newlineBefore { return nil }
        return e
    }

    private func crossesLine(_ from: Int, _ to: Int) -> Bool {
        for k in from..<to where text[k] == 0x0A { return true }
        return false
    }
}

private let passStemBytes = Array("pass".utf8)
private let byHash = WordHasher.hash("by")

private let ofWords: Set<UInt64> = Set(["de", "d", "of", "from"].map(WordHasher.hash))
private let andWords: Set<UInt64> = Set(["et", "and", "ou", "or"].map(WordHasher.hash))
private let listWords: Set<UInt64> = Set(["et", "and"].map(WordHasher.hash))
private let levelPrepositions: Set<UInt64> = Set(["à", "au", "to", "at"].map(WordHasher.hash))
/// Nouns of a level or a balance: a signed figure after them is that level ("un solde de -3 milliards").
private let levelNouns: Set<UInt64> = Set([
    "niveau", "solde", "excédent", "excédentaire", "déficit", "déficitaire", "prévision", "balance", "taux",
    "level", "surplus", "deficit", "rate", "forecast", "résultat", "result",
].map(WordHasher.hash))
private let movementVerbs: Set<UInt64> = Set(["went", "moved", "gone", "évolué", "évoluant"].map(WordHasher.hash))
/// Words between two statements of one change.
private let restatingWords: Set<UInt64> = Set([
    "soit", "l", "équivalent", "de", "d", "et", "ou", "or", "and", "i", "e", "ie", "c", "est", "dire",
    "représentant", "respectivement", "respectively",
].map(WordHasher.hash))
private let fromWords: Set<UInt64> = Set(["de", "d", "from"].map(WordHasher.hash))
private let toWords: Set<UInt64> = Set(["à", "au", "to"].map(WordHasher.hash))
/// Qualifiers that may stand between the movement's words and its figures ("de près de 3 % à environ 4 %").
private let qualifierWords: Set<UInt64> = Set([
    "près", "environ", "quelque", "plus", "moins", "about", "around", "some", "nearly", "almost", "more", "less",
    "than", "over", "under", "en", "in", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
].map(WordHasher.hash))

private let passingStems = ["dépass", "franchi", "top", "exceed", "surpass", "cross", "pass"].map { Array($0.utf8) }
/// Participles that name an amount as a reference: "les 50 milliards promis", "the $5 billion budgeted".
private let referenceParticiples: Set<UInt64> = Set([
    "promis", "promise", "promises", "prévu", "prévus", "prévue", "prévues", "annoncé", "annoncés", "annoncée",
    "annoncées", "budgété", "budgétés", "alloué", "alloués", "engagé", "engagés", "initialement", "promised",
    "planned", "budgeted", "allocated", "pledged", "expected", "forecast", "projected", "initially",
].map(WordHasher.hash))
private let perWords: Set<UInt64> = Set(["pour", "per", "par", "contre", "against"].map(WordHasher.hash))
private let quoteArticles: Set<UInt64> = Set(["un", "une", "one", "a", "an", "the", "le", "l", "each"].map(WordHasher.hash))
/// Words saying when, between the two ends of a movement ("au trimestre précédent", "the previous month").
private let whenWords: Set<UInt64> = Set([
    "au", "du", "le", "la", "l", "trimestre", "semestre", "précédent", "précédente", "dernier", "dernière", "mois",
    "an", "année", "the", "last", "previous", "year", "month", "quarter", "a", "ago", "fin", "end", "début", "of",
    "aujourd", "hui", "actuellement", "today", "now", "currently",
].map(WordHasher.hash))
