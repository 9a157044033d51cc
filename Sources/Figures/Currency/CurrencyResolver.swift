/// Decides whose dollar, franc, CFA franc, rupee or shilling a figure means, from the document's own evidence.
///
/// Evidence, weighed for each figure: the places, institutions and people the document names (a vote each, more in
/// the figure's own sentence), the currencies of the same family written in full elsewhere ("C$", "dollars
/// canadiens"), the outlet's country (its address's domain, or a `country` given with the document), and a
/// `currency` given with the document. With no evidence, the user's option (`--dollar`, `--franc`) or the
/// family's built-in default.
struct CurrencyResolver {
    private struct Vote {
        var offset: Int
        var currencies: [String?]
        var weight: Int
        /// A currency written with another amount, rather than a place named.
        var written = false
    }

    private var votes: [Vote] = []
    /// Places named in the text, in text order.
    private var places: [Vote] = []
    private var tallies: [[String: Int]] = []
    private var writtenInOrder: [Vote] = []
    /// Written currencies before the last figure resolved as local, and how far they were read.
    private var localTally: [String: Int] = [:]
    private var localRead = 0
    /// Whether the document qualifies some dollars as US ones ("$US", "US$", "U.S. dollars"): its bare "$" is then
    /// another dollar, since the text takes care to tell the two apart.
    private var usdWritten = false
    private let evidence = CurrencyEvidence.shared

    /// Weights: a mention anywhere, the bonus within the figure's sentence, a currency written in full, the outlet's
    /// domain, a country or currency the input gives.
    private static let mentionWeight = 1, sentenceBonus = 3, domainWeight = 6, givenWeight = 8
    static let writtenWeight = 5

    /// - Parameters:
    ///   - text: The document's bytes; one token pass reads its mentions of places, over `windows` only (the
    ///     start of a long document and the surroundings of its figures), so that work stays bounded.
    ///   - written: Currencies written in the document, with their byte offsets and weights (``writtenWeight``
    ///     for a currency in full, less for a way of writing typical of a country).
    init(text: UnsafeBufferPointer<UInt8>, windows: [Range<Int>], written: [(offset: Int, code: String, weight: Int)],
         url: String?, country: String?, currency: String?, qualifiesUSDollars: Bool = false) {
        let families = CurrencyFamily.allCases.count
        if let url, let place = evidence.place(ofURL: url) {
            votes.append(Vote(offset: -1, currencies: evidence.places[place].currencies, weight: Self.domainWeight))
        }
        if let country, let place = evidence.place(ofCountry: country) {
            votes.append(Vote(offset: -1, currencies: evidence.places[place].currencies, weight: Self.givenWeight))
        }
        func only(_ code: String) -> [String?]? {
            let of = CurrencyFamily.of(code: code)
            guard !of.isEmpty else { return nil }
            return (0..<families).map { k in of.contains { $0.rawValue == k } ? code : nil }
        }
        if let currency, let currencies = only(currency.uppercased()) {
            votes.append(Vote(offset: -1, currencies: currencies, weight: Self.givenWeight))
        }
        for (offset, code, weight) in written {
            guard let currencies = only(code) else { continue }
            votes.append(Vote(offset: offset, currencies: currencies, weight: weight, written: true))
        }
        if let url {
            // The words of the address ("/asx-firms-…", "forks-monaco.net") name places like the text's.
            var address = url
            address.withUTF8 { bytes in
                for (_, currencies) in Self.mentions(in: bytes, 0..<bytes.count) {
                    votes.append(Vote(offset: -1, currencies: currencies, weight: Self.mentionWeight))
                }
            }
        }
        usdWritten = qualifiesUSDollars
        for window in windows {
            for (offset, currencies) in Self.mentions(in: text, window) {
                places.append(Vote(offset: offset, currencies: currencies, weight: Self.mentionWeight))
            }
        }
        // Whole-document tallies, once per family; written currencies apart, in text order, for local amounts.
        for family in CurrencyFamily.allCases {
            var tally: [String: Int] = [:]
            for vote in votes + places where !(vote.written && family == .local) {
                if let code = vote.currencies[family.rawValue] { tally[code, default: 0] += vote.weight }
            }
            tallies.append(tally)
        }
        writtenInOrder = votes.filter(\.written).sorted { $0.offset < $1.offset }
    }

    /// The index of the first place named at or after byte `offset` (binary search).
    private func firstPlace(atOrAfter offset: Int) -> Int {
        var low = 0, high = places.count
        while low < high {
            let mid = (low + high) / 2
            if places[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The places a text names within `window`, with their byte offsets, in one token pass.
    private static func mentions(in text: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> [(Int, [String?])] {
        let evidence = CurrencyEvidence.shared
        var found: [(Int, [String?])] = []
        var tokens = Tokenizer(text, at: window.lowerBound)
        while true {
            let here = tokens
            guard let token = tokens.next(), token.start < window.upperBound else { break }
            guard token.isWord, evidence.firstWords.contains(token.hash),
                  let match = evidence.phrases.longestMatch(here) else { continue }
            found.append((token.start, evidence.places[match.value].currencies))
            tokens = match.after
        }
        return found
    }

    /// The currency of a figure of `family` at byte `offset` in the sentence `sentence`, and how it was decided;
    /// `nil` for an amount without currency when nothing in the document gives one.
    ///
    /// A place named in the figure's own sentence counts more (not for dollars), unless the sentence names places
    /// of several currencies of the family ("les Alliés européens et le Canada"). A currency that is not the
    /// family's default needs more votes than the default's weight: places named once or twice in passing do not
    /// make "$" Australian; an outlet's domain, a currency written in full, or three mentions do.
    mutating func resolve(_ family: CurrencyFamily, at offset: Int, sentence: Range<Int>, option: String?)
        -> (code: String, basis: CurrencyBasis)? {
        var tally = tallies[family.rawValue]
        if family == .local {
            // An amount without currency takes that of an amount before it, never after it (figures come in order).
            while localRead < writtenInOrder.count, writtenInOrder[localRead].offset <= offset {
                let vote = writtenInOrder[localRead]
                if let code = vote.currencies[family.rawValue] { localTally[code, default: 0] += vote.weight }
                localRead += 1
            }
            tally.merge(localTally, uniquingKeysWith: +)
        }
        var inSentence: Set<String> = []
        var k = firstPlace(atOrAfter: sentence.lowerBound)
        while k < places.count, places[k].offset < sentence.upperBound {
            if let code = places[k].currencies[family.rawValue] { inSentence.insert(code) }
            k += 1
        }
        // Dollars are named in passing too often ("listed in Sydney") for the sentence to count more.
        if family != .dollar, inSentence.count == 1, let code = inSentence.first {
            tally[code, default: 0] += Self.sentenceBonus
        }
        if family == .dollar, usdWritten {
            tally["USD"] = nil
            if let best = tally.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
                return (best.key, .context)
            }
        }
        if let best = tally.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
            let fallback = option ?? family.builtInDefault
            if let fallback, fallback != best.key, best.value <= family.defaultWeight { return (fallback, option == nil ? .default : .option) }
            return (best.key, .context)
        }
        if let option { return (option, .option) }
        return family.builtInDefault.map { ($0, .default) }
    }
}
