import Money

/// The words of ``minorUnits``.
let minorUnitWords = ["cent", "cents", "c", "centime", "centimes", "penny", "pennies", "pence", "p", "kopiyka",
                      "kopiykas", "kopiyok", "kopiyky", "kopek", "kopeks", "kopeck", "kopecks", "kopeyka", "kopeykas",
                      "kopecs", "paisa", "paise", "sen", "sens"]

/// Minor currency units: a hundredth of their currency. `nil` means the document's dollar.
let minorUnits: [UInt64: String?] = {
    var map: [UInt64: String?] = [:]
    for word in ["cent", "cents", "c", "¢"] { map[WordHasher.hash(word)] = .some(nil) }
    for word in ["centime", "centimes"] { map[WordHasher.hash(word)] = "EUR" }
    for word in ["penny", "pennies", "pence", "p"] { map[WordHasher.hash(word)] = "GBP" }
    for word in ["kopiyka", "kopiykas", "kopiyok", "kopiyky"] { map[WordHasher.hash(word)] = "UAH" }
    for word in ["kopek", "kopeks", "kopeck", "kopecks", "kopeyka", "kopeykas", "kopecs"] {
        map[WordHasher.hash(word)] = "RUB"
    }
    for word in ["paisa", "paise"] { map[WordHasher.hash(word)] = "INR" }
    for word in ["sen", "sens"] { map[WordHasher.hash(word)] = "MYR" }
    return map
}()

/// Minor unit words that may stand alone after a number ("50 cents"); the others ("p", "sen") only
/// complete a major amount ("20 ringgit 43 sen") or are glued to digits ("43c", "470p").
private let standaloneMinorUnits: Set<UInt64> = Set(["cent", "cents", "centime", "centimes", "penny", "pennies",
                                                      "pence", "kopiyka", "kopiykas", "kopek", "kopeks", "kopeck",
                                                      "kopecks", "paisa", "paise"].map(WordHasher.hash))

/// Hundredths of any currency: "1 USD et 23 centimes", "3 CHF 4 cents".
private let genericMinorUnits: Set<UInt64> = Set(["cent", "cents", "c", "centime", "centimes"].map(WordHasher.hash))

/// Qualifiers written before a dollar sign ("US$", "us $", "C$", "hk $"), lower-cased.
private let dollarQualifiersBefore: [String: String] = [
    "us": "USD", "usa": "USD", "usd": "USD", "u.s": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
    "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD",
    "s": "SGD", "sg": "SGD", "sgd": "SGD", "mx": "MXN", "mxn": "MXN", "nt": "TWD", "r": "BRL",
]

/// Qualifiers written after a dollar sign ("$US", "$ CA", "$CAD", "$ hk"), by word hash.
private let dollarQualifiersAfter: [UInt64: String] = {
    var map: [UInt64: String] = [:]
    for (word, code) in [("us", "USD"), ("usa", "USD"), ("usd", "USD"), ("ca", "CAD"), ("can", "CAD"),
                         ("cad", "CAD"), ("c", "CAD"), ("au", "AUD"), ("aud", "AUD"), ("nz", "NZD"),
                         ("nzd", "NZD"), ("hk", "HKD"), ("hkd", "HKD"), ("sg", "SGD"), ("sgd", "SGD")] {
        map[WordHasher.hash(word)] = code
    }
    return map
}()

private let caHash = WordHasher.hash("ca")

/// Lower-case ISO codes that are also common words, and so are read only in upper case.
private let ambiguousLowercaseCodes: Set<String> = ["try", "mad", "gel", "all", "top", "cup", "sos", "bam", "mop"]

extension FigureGrammar {
    /// The qualifier written just before a `$` at `dollarAt` ("US$", "us $", "c $", "u.s $"), and where it starts.
    func dollarQualifierBefore(_ dollarAt: Int) -> (String, Int)? {
        var i = dollarAt
        var spaced = false
        while i > 0, text[i - 1] == 0x20 { i -= 1; spaced = true }
        let end = i
        while i > 0, isASCIILetter(text[i - 1]) || (text[i - 1] == 0x2E && i - 1 > 0 && isASCIILetter(text[i - 2])) {
            i -= 1
        }
        guard i < end, end - i <= 4 else { return nil }
        if i > 0, isASCIIDigit(text[i - 1]) || classify(decodeScalar(text, previousScalarStart(text, i)).scalar) == .letter {
            return nil
        }
        let word = String(decoding: text[i..<end], as: UTF8.self)
        guard let code = dollarQualifiersBefore[word.lowercased()] else { return nil }
        // A spaced single letter is ambiguous ("a $5 bill"): only "c $" is read, as Canadian dollars.
        if spaced && word.count == 1 && word.lowercased() != "c" { return nil }
        if word == "a" || word == "s" || word == "r" { return nil }
        return (code, i)
    }

    /// The country qualifier right after a `$` ("$US", "$ CA", "$CAD"): upper case, or lower case of two letters
    /// or more; "$ c" only at the end of a phrase.
    func dollarQualifier(_ token: Token) -> String? {
        guard !token.newlineBefore, let code = dollarQualifiersAfter[token.hash] else { return nil }
        // "dollars au trimestre", "$ ca": French words, not qualifiers, unless written in capitals.
        if token.hash == auHash || token.hash == caHash, text[token.start] &- 97 < 26 { return nil }
        if token.end - token.start == 1 {
            // "$ c" for Canadian dollars, but not "$ c'est": no apostrophe or digit may follow.
            var look = Tokenizer(text, at: token.end)
            if let next = look.next(), next.isDigits || next.isApostrophe, !next.spaceBefore || next.isDigits {
                return nil
            }
        }
        return code
    }

    /// A minor unit after a number ("50 cents", "470 pence", "43c"), with the currency it divides.
    func minorUnit(_ token: Token, glued: Bool) -> String?? {
        guard token.isWord || token.isSymbol(0xA2) else { return nil }
        let hash = token.isSymbol(0xA2) ? WordHasher.hash("¢") : token.hash
        guard let unit = minorUnits[hash] else { return nil }
        if !glued && !standaloneMinorUnits.contains(hash) { return nil }
        if !standaloneMinorUnits.contains(hash), token.isWord {
            // "43c", "470p": an English way of writing, lower case, not followed by more of a word
            // ("2910-C", "389c</td>" in French tables are not cents).
            guard lexicon.language == .english, text[token.start] &- 97 < 26 else { return nil }
            if token.start > 0, text[token.start - 1] == 0x2D { return nil }
        }
        return unit
    }

    /// An ISO code written in lower case after a number ("20 usd", "40 rmb").
    func lowercaseCode(_ token: Token) -> String? {
        guard token.isWord, token.end - token.start == 3 else { return nil }
        let word = String(decoding: text[token.start..<token.end], as: UTF8.self)
        if word == "rmb" { return "CNY" }
        guard !ambiguousLowercaseCodes.contains(word), let currency = Currency.named(word) else { return nil }
        return currency.code
    }

    /// The cents of an amount stated in two parts: "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.",
    /// "3 GBP 1 pence", "US$3 and fourteen".
    func readMinorPart(after start: Tokenizer, currency: String) -> (value: ExactDecimal, end: Int, after: Tokenizer)? {
        var tokens = start
        guard var next = tokens.next(), !next.newlineBefore else { return nil }
        if next.isWord, lexicon.connectors.contains(next.hash) || next.hash == andHash || next.hash == etHash {
            guard let n = tokens.next() else { return nil }
            next = n
        }
        let cents: Int64
        var end: Int
        if next.isDigits, next.end - next.start <= 2 {
            cents = Int64(String(decoding: text[next.start..<next.end], as: UTF8.self)) ?? 0
            end = next.end
        } else if next.isWord, let words = numbers.readWords(next, after: tokens), !words.isFraction,
                  !words.isArticleOnly, words.value.exponent >= 0, words.value.exponent <= 1,
                  words.value.doubleValue < 100 {
            cents = Int64(words.value.doubleValue)
            end = words.end
            tokens = words.after
        } else {
            return nil
        }
        guard cents < 100 else { return nil }
        var after = Tokenizer(text, at: end)
        if let unit = after.peek(), !unit.newlineBefore, let minor = minorUnit(unit, glued: true) {
            if let code = minor, code != currency, !genericMinorUnits.contains(unit.hash) { return nil }
            _ = after.next()
            end = unit.end
        } else if let unit = after.peek(), !unit.newlineBefore, unit.isWord || unit.isDigits || isCurrencyToken(unit),
                  !(unit.isWord && (unit.hash == andHash || unit.hash == etHash)) {
            // "15 dollars 50 times" is not 15.50: a bare second part must end the phrase.
            return nil
        } else if end + 1 < text.count, text[end] == 0x2C || text[end] == 0x2E, isASCIIDigit(text[end + 1]) {
            return nil  // "and 13,1 billion", "and 1.5"
        }
        return (ExactDecimal(significand: cents, exponent: -2), end, after)
    }

    private func isCurrencyToken(_ token: Token) -> Bool {
        if case .symbol(let s) = token.kind { return s == 0x24 || s == 0x20AC || s == 0xA3 || s == 0x25 }
        return false
    }
}
