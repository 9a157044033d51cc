/// Numbers written as each language writes them: French uses a decimal comma, a narrow no-break
/// space between groups of three digits (from five digits on) and a no-break space before `%`.
extension Wording {
    /// The space between digit groups in French (U+202F, narrow no-break space).
    static let frenchGroupSeparator = "\u{202F}"
    /// The space before `%` in French (U+00A0, no-break space).
    static let frenchPercentSpace = "\u{A0}"

    /// Number text as ``fixed(_:places:)`` writes it ("-1234.5"), in `language`: "-1 234,5" in French.
    static func localized(_ number: String, in language: ExplanationLanguage) -> String {
        guard language == .fr else { return number }
        let negative = number.hasPrefix("-")
        let body = negative ? String(number.dropFirst()) : number
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts.first ?? "")
        if integer.count >= 5, integer.allSatisfy(\.isNumber) {
            var grouped = ""
            for (i, c) in integer.enumerated() {
                if i > 0, (integer.count - i) % 3 == 0 { grouped += frenchGroupSeparator }
                grouped.append(c)
            }
            integer = grouped
        }
        let fraction = parts.count == 2 ? "," + parts[1] : ""
        return (negative ? "-" : "") + integer + fraction
    }

    /// `value` with `places` decimals at most, in `language`: `2.5` or `2,5`.
    public static func decimal(_ value: Double, places: Int, in language: ExplanationLanguage) -> String {
        localized(fixed(value, places: places), in: language)
    }

    /// An amount in words: `485 billion USD`, or `485 milliards USD` in French.
    public static func amount(_ value: Double, _ currency: String?, in language: ExplanationLanguage) -> String {
        guard language == .fr else { return amount(value, currency) }
        let magnitude = abs(value)
        let (scaled, word): (Double, String)
        if magnitude >= 1e12 { (scaled, word) = (value / 1e12, " mille milliards") }
        else if magnitude >= 1e9 { (scaled, word) = (value / 1e9, abs(value / 1e9) < 2 ? " milliard" : " milliards") }
        else if magnitude >= 1e6 { (scaled, word) = (value / 1e6, abs(value / 1e6) < 2 ? " million" : " millions") }
        else { (scaled, word) = (value, "") }
        return decimal(scaled, places: 1, in: .fr) + word + (currency.map { " " + $0 } ?? "")
    }

    /// A percentage with one decimal: `20.9%`, or `20,9 %` in French.
    public static func percent(_ value: Double, in language: ExplanationLanguage) -> String {
        guard language == .fr else { return percent(value) }
        return decimal(value, places: 1, in: .fr) + frenchPercentSpace + "%"
    }

    /// A signed percentage with one decimal: `+16.7%`, or `+16,7 %` in French.
    public static func signedPercent(_ value: Double, in language: ExplanationLanguage) -> String {
        (value >= 0 ? "+" : "") + percent(value, in: language)
    }

    /// A rate with four decimals at most: `1.3631`, or `1,3631` in French.
    public static func rate(_ value: Double, in language: ExplanationLanguage) -> String {
        decimal(value, places: 4, in: language)
    }

    /// A claim's value in words, in `language`.
    static func value(_ claim: Claim, in language: ExplanationLanguage) -> String {
        claim.figure.kind == .money ? amount(claim.value, claim.figure.currency, in: language) : percent(claim.value, in: language)
    }

    /// One of two texts: English or French.
    static func say(_ language: ExplanationLanguage, _ en: String, _ fr: String) -> String {
        language == .fr ? fr : en
    }
}
