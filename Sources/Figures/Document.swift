import Money

/// A language Chiffres reads.
public enum Language: String, Sendable, CaseIterable {
    case french = "fr"
    case english = "en"
}

/// How much of a document's date is known.
public enum DatePrecision: String, Sendable {
    /// A day: `2025-02-12`.
    case day
    /// A month: `2025-02` (``Document/date`` holds its first day).
    case month
    /// A year: `2025` (``Document/date`` holds its first day).
    case year
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
    /// How much of ``date`` is known: a day, or only a month or a year (then `date` is its first day).
    public var datePrecision: DatePrecision = .day
    /// A date given with the document that could not be read (it is then `nil`); the document is kept.
    public var unreadableDate: String?

    /// The date as written in the `date` column: `2025-02-12`, `2025-02` or `2025`.
    public var dateText: String? {
        guard let date else { return nil }
        let day = date.description
        switch datePrecision {
        case .day: return day
        case .month: return String(day.prefix(7))
        case .year: return String(day.prefix(4))
        }
    }
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
