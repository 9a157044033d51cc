import Money

/// A number word and how it combines ("vingt", "cent", "mille", "half").
enum NumberWord: Sendable {
    /// A cardinal below one hundred.
    case value(Int64)
    /// "cent", "hundred": multiplies what comes before it by 100.
    case hundred
    /// "mille", "thousand": multiplies what comes before it by 1000.
    case thousand
    /// "un", "une", "a", "an": one, but only when a number or scale word follows.
    case article
    /// "demi", "half", "quart", "quarter".
    case fraction(ExactDecimal)
}

/// A word or abbreviation that scales a number ("milliards", "bn", "M").
struct ScaleWord: Sendable {
    /// The power of ten.
    var power: Int
    /// Abbreviations such as "M" or "k" scale only money (glued to a currency, or followed by one).
    var moneyOnly: Bool
}

/// The unit a figure is stated in, when it is not money.
enum RatioUnit: Sendable {
    case percent
    case points
    case basisPoints
}

/// Words and phrases of one language, indexed for the scanner.
struct Lexicon: Sendable {
    let language: Language
    let numberWords: [UInt64: NumberWord]
    /// For each pair of first letters (a–z × a–z), a bit per word length (1…31) that some number word has:
    /// the scanner asks it before hashing a word.
    let numberWordPrefixes: [UInt32]
    /// The same kind of filter for the words that may follow a number in a figure (units, scales, connectors).
    let followWordPrefixes: [UInt32]
    /// Those words exactly, by hash: asked when the filter passes.
    let followWords: Set<UInt64>
    let scaleWords: [UInt64: ScaleWord]
    let connectors: Set<UInt64>
    let currencyNames: PhraseTrie<String>
    let ratioUnits: PhraseTrie<RatioUnit>
    let qualifiersBefore: PhraseTrie<Figure.Approximation>
    let qualifiersAfter: PhraseTrie<Figure.Approximation>
    /// Words that mean "of" between a scale and a currency ("de", "d'", "of").
    let ofWords: Set<UInt64>

    static let french = Lexicon(.french)
    static let english = Lexicon(.english)

    static func `for`(_ language: Language) -> Lexicon {
        language == .french ? french : english
    }

    /// Whether a word with these first two bytes and this length in bytes may be a number word
    /// (no false negatives; a non-letter second byte, for a one-letter word, is any byte).
    @inline(__always) func mayBeNumberWord(first: UInt8, second: UInt8, length: Int) -> Bool {
        numberWordPrefixes.withUnsafeBufferPointer { $0[Lexicon.prefixIndex(first, second)] } & (1 << min(length, 31)) != 0
    }

    /// Whether a word with these first two bytes and this length may follow a number in a figure.
    @inline(__always) func mayFollowNumber(first: UInt8, second: UInt8, length: Int) -> Bool {
        followWordPrefixes.withUnsafeBufferPointer { $0[Lexicon.prefixIndex(first, second)] } & (1 << min(length, 31)) != 0
    }

    /// Letters a–z map to 0…25, anything else to 26.
    @inline(__always) static func prefixIndex(_ first: UInt8, _ second: UInt8) -> Int {
        func slot(_ b: UInt8) -> Int {
            let l = (b | 0x20) &- 97
            return l < 26 ? Int(l) : 26
        }
        return slot(first) * 27 + slot(second)
    }

    private init(_ language: Language) {
        self.language = language
        let french = language == .french
        var numbers: [UInt64: NumberWord] = [:]
        for (word, value) in numberWordTable(french) { numbers[WordHasher.hash(word)] = value }
        numberWords = numbers
        var prefixes = [UInt32](repeating: 0, count: 27 * 27)
        for word in numberWordList(french) {
            let bytes = Array(word.utf8)
            prefixes[Lexicon.prefixIndex(bytes[0], bytes.count > 1 ? bytes[1] : 0x20)] |= 1 << min(bytes.count, 31)
        }
        numberWordPrefixes = prefixes

        // Words that may follow a number in a figure: the scanner rejects a number quickly when the word
        // after it is none of them.
        var follow: [String] = ["point", "points", "pts"]
        follow += minorUnitWords
        var scales: [UInt64: ScaleWord] = [:]
        func scale(_ words: [String], _ power: Int, moneyOnly: Bool = false) {
            for word in words { scales[WordHasher.hash(word)] = ScaleWord(power: power, moneyOnly: moneyOnly) }
            follow += words
        }
        scale(["million", "millions"], 6)
        scale(["milliard", "milliards"], 9)
        scale(["thousand", "thousands"], 3)
        scale(["billion", "billions"], french ? 12 : 9)
        scale(["trillion", "trillions"], french ? 18 : 12)
        scale(["lakh", "lakhs"], 5)
        scale(["crore", "crores"], 7)
        scale(["k"], 3, moneyOnly: true)
        scale(["m", "mn", "mln", "mio", "mio.", "mill"], 6, moneyOnly: true)
        scale(["md", "mds", "mrd", "mrds", "mdr", "bn", "bln", "b", "g"], 9, moneyOnly: true)
        scale(["tn", "trn", "tr"], 12, moneyOnly: true)
        if !french { scale(["grand", "grands"], 3, moneyOnly: true) }
        scaleWords = scales

        connectors = Set((french ? ["et"] : ["and"]).map(WordHasher.hash))
        ofWords = Set((french ? ["de", "d", "des"] : ["of"]).map(WordHasher.hash))

        // Currency names: the document's language first, then the other's (a French text may say "US dollars").
        // Names several countries share come first and read as their family's placeholder, resolved per document.
        var names = PhraseTrie<String>()
        for (phrase, family) in sharedCurrencyNames {
            names.insert(phrase, family.placeholder)
            follow += PhraseTrie<String>.words(of: phrase).prefix(1)
        }
        let order: [KeyPath<Currency, [String]>] = french ? [\.frenchNames, \.englishNames] : [\.englishNames, \.frenchNames]
        for path in order {
            for currency in Currency.table {
                for name in currency[keyPath: path] where !(french && path == \.englishNames && name.hasSuffix("francs")) {
                    names.insert(name, currency.code)
                    follow += PhraseTrie<String>.words(of: name).prefix(1)
                }
            }
        }
        currencyNames = names

        var units = PhraseTrie<RatioUnit>()
        follow += ["pc", "pour", "pourcent", "pourcents", "percent", "percents", "per", "pct", "p", "percentage",
                   "pourcentage", "pourcentages", "pp", "ppt", "ppts", "pdp", "pb", "pdb", "basis", "bp", "bps", "bip",
                   "bips", "franc", "francs"]
        for p in ["pour cent", "pour-cent", "pourcent", "pourcents", "percent", "percents", "per cent", "per-cent",
                  "pct", "p100", "pour 100", "percentage", "pourcentage", "pourcentages"] {
            units.insert(p, .percent)
        }
        for p in ["point de pourcentage", "points de pourcentage", "points de pour cent", "point de pour cent",
                  "percentage point", "percentage points", "percent point", "percent points", "per cent point",
                  "pp", "pts de pourcentage", "pt de pourcentage", "ppt", "ppts", "pdp"] {
            units.insert(p, .points)
        }
        for p in ["point de base", "points de base", "pb", "pdb", "basis point", "basis points", "bp", "bps",
                  "bip", "bips"] {
            units.insert(p, .basisPoints)
        }
        if !french {
            units.insert("pc", .percent)  // "6.5 pc" in the Indian and Australian press
        }
        ratioUnits = units
        // Lower-case ISO codes ("20 usd") and symbols made of letters ("20Rs", "42 L.E", "5 zł").
        for currency in Currency.table {
            follow.append(currency.code.lowercased())
            for symbol in currency.symbols {
                let letters = PhraseTrie<String>.words(of: symbol).first ?? ""
                if !letters.isEmpty, symbol.unicodeScalars.first.map({ classify($0.value) == .letter }) == true {
                    follow.append(letters.lowercased())
                }
            }
        }
        follow += ["rs", "rmb", "fr", "sfr"]
        var followTable = [UInt32](repeating: 0, count: 27 * 27)
        for word in follow {
            let bytes = Array(word.utf8)
            followTable[Lexicon.prefixIndex(bytes[0], bytes.count > 1 ? bytes[1] : 0x20)] |= 1 << min(bytes.count, 31)
        }
        followWordPrefixes = followTable
        followWords = Set(follow.map(WordHasher.hash))

        var before = PhraseTrie<Figure.Approximation>()
        var after = PhraseTrie<Figure.Approximation>()
        if french {
            for p in ["près de", "près d", "environ", "env", "quelque", "autour de", "autour d", "presque",
                      "approximativement", "à peu près", "quasiment", "pratiquement", "grosso modo", "de l'ordre de",
                      "de l'ordre d", "aux alentours de", "aux alentours d", "dans les", "plus ou moins", "près"] {
                before.insert(p, .approx)
            }
            for p in ["plus de", "plus d", "plus que", "au-delà de", "au-delà d", "supérieur à", "supérieure à", "supérieurs à",
                      "supérieures à", "un peu plus de", "un peu plus d", "largement plus de", "bien plus de",
                      "excédant", "dépassant"] {
                before.insert(p, .moreThan)
            }
            for p in ["moins de", "moins d", "moins que", "inférieur à", "inférieure à", "inférieurs à", "inférieures à",
                      "un peu moins de", "un peu moins d", "en deçà de", "en dessous de", "sous les"] {
                before.insert(p, .lessThan)
            }
            for p in ["au moins", "pas moins de", "pas moins d", "au minimum", "minimum", "a minima",
                      "pour au moins", "d'au moins"] {
                before.insert(p, .atLeast)
            }
            for p in ["au plus", "pas plus de", "pas plus d", "au maximum", "maximum", "tout au plus", "au mieux"] {
                before.insert(p, .atMost)
            }
            for p in ["jusqu'à", "jusqu à", "jusqu'au", "jusque", "allant jusqu'à"] {
                before.insert(p, .upTo)
            }
            // "dépasse les 3 %", "a franchi la barre des 1 000 milliards"; "ne doit pas dépasser 3 %" is a ceiling.
            let passing = ["dépasse", "dépassé", "dépasser", "dépassera", "dépassent", "dépassait", "dépassant",
                           "franchi", "franchit", "franchir", "franchira", "franchissent"]
            let marks = ["", " les", " la barre des", " la barre de", " le cap des", " le cap de", " le seuil des",
                         " le seuil de", " la barre symbolique des"]
            for verb in passing {
                for mark in marks { before.insert(verb + mark, .moreThan) }
            }
            for negation in ["ne dépasse pas", "ne dépassant pas", "pas dépasser", "ne dépassera pas", "ne dépassent pas",
                             "ne pas dépasser", "ne devra pas dépasser", "ne doit pas dépasser"] {
                for mark in ["", " les", " la barre des", " le seuil des", " le seuil de"] { before.insert(negation + mark, .atMost) }
            }
            for p in ["sous la barre des", "sous la barre de", "sous le seuil des", "sous le seuil de", "au-dessous de",
                      "au-dessous d", "au dessous de"] {
                before.insert(p, .lessThan)
            }
            for p in ["au-dessus de", "au-dessus d", "au dessus de"] { before.insert(p, .moreThan) }
            for p in ["supérieur ou égal à", "supérieure ou égale à", "supérieurs ou égaux à"] {
                before.insert(p, .atLeast)
            }
            for p in ["inférieur ou égal à", "inférieure ou égale à", "inférieurs ou égaux à", "dans la limite de",
                      "dans la limite d", "dans la limite d un plafond de", "plafonné à", "plafonnée à",
                      "plafonnés à", "limité à", "limitée à", "pas au-delà de"] {
                before.insert(p, .atMost)
            }
            for p in ["environ", "env"] { after.insert(p, .approx) }
            for p in ["à ne pas dépasser"] { after.insert(p, .atMost) }
            // "autour des 2 %", "au-dessus des 3 %": the article before a figure named as a mark.
            for p in ["autour des", "près des", "aux alentours des"] { before.insert(p, .approx) }
            for p in ["au-dessus des", "au dessus des"] { before.insert(p, .moreThan) }
            for p in ["en dessous des", "au-dessous des", "en deçà des"] { before.insert(p, .lessThan) }
            for p in ["au moins", "minimum", "ou plus", "et plus", "au minimum"] { after.insert(p, .atLeast) }
            for p in ["au plus", "maximum", "au maximum"] { after.insert(p, .atMost) }
        } else {
            for p in ["about", "around", "nearly", "almost", "roughly", "approximately", "approx", "some", "circa",
                      "ca", "close to", "near", "an estimated", "estimated", "around about", "just about",
                      "in the region of", "on the order of", "of about", "of around", "of nearly", "of roughly",
                      "of some", "nigh on", "about", "c"] {
                before.insert(p, .approx)
            }
            for p in ["more than", "over", "above", "in excess of", "upwards of", "just over", "well over",
                      "slightly more than", "greater than", "higher than", "exceeding", "beyond", "of more than",
                      "of over", "north of"] {
                before.insert(p, .moreThan)
            }
            for p in ["less than", "under", "below", "fewer than", "just under", "lower than", "of less than",
                      "of under", "shy of", "south of"] {
                before.insert(p, .lessThan)
            }
            for p in ["at least", "no less than", "not less than", "a minimum of", "minimum", "at a minimum",
                      "of at least", "no fewer than"] {
                before.insert(p, .atLeast)
            }
            for p in ["at most", "no more than", "not more than", "a maximum of", "maximum", "at the most",
                      "of at most", "at a maximum"] {
                before.insert(p, .atMost)
            }
            for p in ["up to", "as much as", "as many as", "as high as", "of up to"] {
                before.insert(p, .upTo)
            }
            // "around the 2 per cent target": the article before a figure named as a mark ("below the 4% level"
            // compares with the mark and leaves it exact).
            for p in ["about the", "around the", "near the", "close to the"] { before.insert(p, .approx) }
            // "topped $1 billion", "exceeded 3%"; "not to exceed 3%" is a ceiling.
            for verb in ["topped", "tops", "topping", "top", "exceeded", "exceeds", "exceed", "surpassed", "surpasses",
                         "surpassing", "surpass", "crossed", "passed"] {
                for mark in ["", " the", " the mark of", " the threshold of"] {
                    if verb == "passed" || verb == "crossed" || verb == "top" { if mark.isEmpty { continue } }
                    before.insert(verb + mark, .moreThan)
                }
            }
            // "capped at 2%" bounds the figure; "a ceiling of 4 billion" names the ceiling, exactly.
            for p in ["not exceed", "not to exceed", "did not exceed", "does not exceed", "not exceeding", "capped at",
                      "limited to"] {
                before.insert(p, .atMost)
            }
            for p in ["at least the equivalent of", "about the equivalent of", "around the equivalent of"] {
                before.insert(p, p.hasPrefix("at least") ? .atLeast : .approx)
            }
            for p in ["or more", "or so", "and more", "at least", "minimum", "plus", "or above", "and above",
                      "and up", "or over"] {
                after.insert(p, p == "or so" ? .approx : .atLeast)
            }
            for p in ["or less", "at most", "maximum", "or under", "or below"] { after.insert(p, .atMost) }
        }
        qualifiersBefore = before
        qualifiersAfter = after
    }
}

/// The number words of a language and how each combines.
private func numberWordTable(_ french: Bool) -> [String: NumberWord] {
    if french {
        return ["zéro": .value(0), "un": .article, "une": .article, "deux": .value(2), "trois": .value(3),
                 "quatre": .value(4), "cinq": .value(5), "six": .value(6), "sept": .value(7), "huit": .value(8),
                 "neuf": .value(9), "dix": .value(10), "onze": .value(11), "douze": .value(12), "treize": .value(13),
                 "quatorze": .value(14), "quinze": .value(15), "seize": .value(16), "vingt": .value(20),
                 "vingts": .value(20), "trente": .value(30), "quarante": .value(40), "cinquante": .value(50),
                 "soixante": .value(60), "septante": .value(70), "huitante": .value(80), "octante": .value(80),
                 "nonante": .value(90), "cent": .hundred, "cents": .hundred, "mille": .thousand, "mil": .thousand,
                 "demi": .fraction(ExactDecimal(significand: 5, exponent: -1)),
                 "demie": .fraction(ExactDecimal(significand: 5, exponent: -1)),
                 "quart": .fraction(ExactDecimal(significand: 25, exponent: -2))]
    } else {
        return ["zero": .value(0), "one": .value(1), "a": .article, "an": .article, "two": .value(2),
                 "three": .value(3), "four": .value(4), "five": .value(5), "six": .value(6), "seven": .value(7),
                 "eight": .value(8), "nine": .value(9), "ten": .value(10), "eleven": .value(11), "twelve": .value(12),
                 "thirteen": .value(13), "fourteen": .value(14), "fifteen": .value(15), "sixteen": .value(16),
                 "seventeen": .value(17), "eighteen": .value(18), "nineteen": .value(19), "twenty": .value(20),
                 "thirty": .value(30), "forty": .value(40), "fourty": .value(40), "fifty": .value(50),
                 "sixty": .value(60), "seventy": .value(70), "eighty": .value(80), "ninety": .value(90),
                 "hundred": .hundred, "thousand": .thousand,
                 "half": .fraction(ExactDecimal(significand: 5, exponent: -1)),
                 "quarter": .fraction(ExactDecimal(significand: 25, exponent: -2)),
                 "quarters": .fraction(ExactDecimal(significand: 25, exponent: -2))]
    }
}

/// The number words of a language, spelled as the scanner meets them (ASCII only; "zéro" is rare enough).
private func numberWordList(_ french: Bool) -> [String] {
    numberWordTable(french).keys.map { $0 }
}

/// Currency names that several countries share, and their family: whose they are is decided per document.
private let sharedCurrencyNames: [(String, CurrencyFamily)] = [
    ("franc", .franc), ("francs", .franc), ("franc cfa", .cfa), ("francs cfa", .cfa), ("f cfa", .cfa),
    ("fcfa", .cfa), ("f.cfa", .cfa), ("cfa", .cfa), ("cfa franc", .cfa), ("cfa francs", .cfa),
    ("roupie", .rupee), ("roupies", .rupee), ("rupee", .rupee), ("rupees", .rupee),
    ("shilling", .shilling), ("shillings", .shilling),
]
