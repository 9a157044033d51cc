/// One sentence folded, with the cues and subjects it names: read once for all of its figures.
struct SentenceReading: Sendable {
    /// The sentence folded.
    let text: FoldedText
    /// The cue words found.
    let cues: [PhraseLexicon<Cue>.Match]
    /// The subjects named.
    let subjects: [PhraseLexicon<Subject>.Match]
    /// The measures named.
    let measures: [PhraseLexicon<Measure>.Match]

    init(_ sentence: String) {
        text = FoldedText(sentence)
        cues = CueLexicon.lexicon.matches(in: text)
        subjects = SubjectLexicon.lexicon.matches(in: text)
        measures = MeasureLexicon.lexicon.matches(in: text)
    }

    /// Whether the subject is introduced by a preposition of destination ("à l'Ukraine", "to Kyiv",
    /// "pour Kyiv"): a recipient, not a donor.
    func isRecipient(_ s: PhraseLexicon<Subject>.Match) -> Bool {
        let i = s.words.lowerBound
        for k in 1...2 where i - k >= 0 {
            let w = text.words[i - k].lower
            if ["a", "au", "aux", "to", "for", "pour", "vers", "towards", "toward"].contains(w) { return true }
            if !["l", "la", "le", "les", "the"].contains(w) { return false }
        }
        return false
    }

    /// Whether the subject is introduced as the giver ("de la France", "by France", "from Germany",
    /// "par la France").
    func isIntroducedAsGiver(_ s: PhraseLexicon<Subject>.Match) -> Bool {
        let i = s.words.lowerBound
        for k in 1...2 where i - k >= 0 {
            let w = text.words[i - k].lower
            if ["de", "du", "des", "d", "by", "from", "par"].contains(w) { return true }
            if !["l", "la", "le", "les", "the"].contains(w) { return false }
        }
        return false
    }

    /// Whether the sentence speaks of amounts of another kind than budgets and aid (contracts, orders,
    /// loans, sales, profits, prices, salaries): an amount there does not take the article's measure.
    var namesOtherAmounts: Bool {
        let stems = ["contrat", "contract", "commande", "order", "pret", "loan", "emprunt", "borrow", "vente", "sales",
                     "chiffre", "revenue", "turnover", "benefice", "profit", "salaire", "salar", "prix", "price", "cout", "cost",
                     "amende", "fine", "dette", "debt", "valoris", "valuation", "capitalis", "rachat", "acquisition", "takeover"]
        return text.words.contains { w in stems.contains { w.lower.hasPrefix($0) } }
    }

    /// Whether the sentence speaks of one package or announcement ("has announced a package", "une nouvelle
    /// tranche"), not of a running total.
    var namesOneOff: Bool {
        let stems = ["package", "paquet", "tranche", "announc", "annonc"]
        return text.words.contains { w in stems.contains { w.lower.hasPrefix($0) } }
    }

    /// Whether any cue of this kind is in the sentence.
    func has(_ cue: Cue) -> Bool { cues.contains { $0.value == cue } }

    /// The cues of one kind.
    func cues(_ cue: Cue) -> [PhraseLexicon<Cue>.Match] { cues.filter { $0.value == cue } }

    /// A year between 1900 and 2100 among the `within` words after byte offset `offset`.
    func year(after offset: Int, within: Int) -> Int? {
        var i = text.wordIndex(atOrAfter: offset)
        var seen = 0
        while i < text.words.count, seen < within {
            if seen > 0 && text.words[i].breakBefore { return nil }
            if let y = Self.year(text.words[i].lower) { return y }
            i += 1
            seen += 1
        }
        return nil
    }

    /// The word as a year between 1900 and 2100, or `nil`.
    static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let y = Int(word), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// Whether the sentence counts countries: "18 Alliés", "23 allies", "dix pays".
    var countsCountries: Bool {
        let nouns: Set<String> = ["allies", "allie", "pays", "countries", "members", "membres", "etats", "states", "nations"]
        let numberWords: Set<String> = [
            "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
            "quatorze", "quinze", "seize", "vingt", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "twenty", "thirty",
        ]
        let words = text.words
        for i in words.indices.dropLast() where nouns.contains(words[i + 1].lower) && !words[i + 1].breakBefore {
            let w = words[i].lower
            if let n = Int(w), n > 0, n < 100, text.lower[words[i].end] == UInt8(ascii: " ") { return true }
            if numberWords.contains(w) { return true }
        }
        return false
    }
}
