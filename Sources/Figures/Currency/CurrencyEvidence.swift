/// ``currencyEvidenceTable`` read once: the phrases that name a country or monetary union, and the currency each
/// gives to each shared family.
struct CurrencyEvidence: Sendable {
    /// A country or union of the table.
    struct Place: Sendable {
        var key: String
        /// The currency of each family, by ``CurrencyFamily/rawValue``; `nil` when the place does not use it.
        var currencies: [String?]
    }

    let places: [Place]
    /// Phrases naming a place, to its index in ``places``.
    let phrases: PhraseTrie<Int>
    /// The first word of every phrase, so that a token pass asks the trie only for likely starts.
    let firstWords: Set<UInt64>
    /// Internet country domains ("ch", "ca") to places.
    let byDomain: [String: Int]
    /// ISO 3166 country codes ("CH", "SN") to places.
    let byCountry: [String: Int]
    /// Every currency of a family in the table ("CAD" is a dollar and a local currency), to its families.
    let familiesOfCode: [String: [CurrencyFamily]]

    static let shared = CurrencyEvidence(table: currencyEvidenceTable)

    init(table: String) {
        var places: [Place] = []
        var phrases = PhraseTrie<Int>()
        var firstWords: Set<UInt64> = []
        var byDomain: [String: Int] = [:]
        var byCountry: [String: Int] = [:]
        var familiesOfCode: [String: [CurrencyFamily]] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let head = parts[0].split(separator: " ")
            guard let key = head.first else { continue }
            var place = Place(key: String(key), currencies: Array(repeating: nil, count: CurrencyFamily.allCases.count))
            let index = places.count
            for field in head.dropFirst() {
                let pair = field.split(separator: "=")
                guard pair.count == 2 else { continue }
                let name = String(pair[0]), value = String(pair[1])
                if name == "tld" {
                    byDomain[value] = index
                } else if let family = CurrencyFamily.allCases.first(where: { $0.tableName == name }) {
                    place.currencies[family.rawValue] = value
                    if !(familiesOfCode[value] ?? []).contains(family) { familiesOfCode[value, default: []].append(family) }
                }
            }
            if key.count == 2 { byCountry[String(key)] = index }
            for phrase in parts[1].split(separator: ";") {
                let words = PhraseTrie<Int>.words(of: String(phrase))
                guard let first = words.first else { continue }
                phrases.insert(String(phrase), index)
                firstWords.insert(WordHasher.hash(first))
            }
            places.append(place)
        }
        self.places = places
        self.phrases = phrases
        self.firstWords = firstWords
        self.byDomain = byDomain
        self.byCountry = byCountry
        self.familiesOfCode = familiesOfCode
    }

    /// The place of an outlet's address: its host's last label ("www.letemps.ch" → Switzerland), or a
    /// second-level label before a generic one ("smh.com.au").
    func place(ofURL url: String) -> Int? {
        var rest = Substring(url)
        if let colon = rest.firstIndex(of: ":"), rest[colon...].hasPrefix("://") {
            rest = rest[rest.index(colon, offsetBy: 3)...]
        }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        guard let last = host.split(separator: ".").last else { return nil }
        return byDomain[String(last)]
    }

    /// The place a `country` field names: an ISO 3166 code, or a name of the table ("Suisse", "Canada").
    func place(ofCountry country: String) -> Int? {
        if let index = byCountry[country.uppercased()] { return index }
        var text = country
        return text.withUTF8 { bytes in
            phrases.longestMatch(Tokenizer(bytes, at: 0)).map(\.value)
        }
    }
}
