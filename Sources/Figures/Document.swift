import Money

/// A language Chiffres reads.
public enum Language: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}

/// A text to extract figures from, with what is known about it.
public struct Document: Sendable {
    /// The document's name: a file name, a JSON Lines `id`, or `-` for standard input.
    public var id: String
    /// The text, already stripped of markup.
    public var text: String
    /// The date of publication, when known.
    public var date: CalendarDate?
    /// The language, when known; otherwise it is detected.
    public var language: Language?
    /// Where the text came from, when known: its address's domain is evidence of whose dollar or franc it means.
    public var url: String?
    /// The outlet's country, when the input says it (ISO 3166 code or name): evidence for shared currency names.
    public var country: String?
    /// The currency the document's bare "$", "dollars" or "francs" mean, when the input says it (ISO 4217).
    public var currency: String?

    public init(id: String, text: String, date: CalendarDate? = nil, language: Language? = nil, url: String? = nil,
                country: String? = nil, currency: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
        self.language = language
        self.url = url
        self.country = country
        self.currency = currency
    }
}
