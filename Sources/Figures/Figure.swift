import Money

/// One money amount, percentage or percentage-point figure found in a text.
public struct Figure: Hashable, Sendable {
    /// The most bytes of ``sentence`` (so at most 998 characters, 1,000 with the "…" that mark each cut): a
    /// longer sentence is cut to the part around the figure. This bounds each row of the figures CSV.
    public static let sentenceLimit = 998

    /// What the figure measures.
    public enum Kind: String, Sendable, CaseIterable {
        /// An amount of money, in units of ``Figure/currency``.
        case money
        /// A percentage, as written ("20 %" is 20).
        case percent
        /// Percentage points; basis points are divided by 100.
        case points
    }

    /// How the text qualifies the figure ("près de", "more than", …).
    public enum Approximation: String, Sendable, CaseIterable {
        case exact, approx
        case moreThan = "more_than"
        case lessThan = "less_than"
        case atLeast = "at_least"
        case atMost = "at_most"
        case upTo = "up_to"
    }

    /// Whether the figure is framed as a change.
    public enum Change: String, Sendable, CaseIterable {
        case increase, decrease
    }

    /// Code-point offset of the figure's first character in the document.
    public var start: Int
    /// Code-point offset just past the figure's last character.
    public var end: Int
    /// The figure as written ("485 milliards de dollars").
    public var text: String
    /// Money, percent or points.
    public var kind: Kind
    /// The normalized value, exact, signed as written.
    public var value: ExactDecimal
    /// The upper end of a range ("entre 2 et 3 %" has value 2, high 3).
    public var high: ExactDecimal?
    /// The ISO 4217 code for money.
    public var currency: String?
    /// How the currency was decided: written beside the number, from the document, or by default or option.
    public var currencyBasis: CurrencyBasis?
    /// The qualifier.
    public var approximation: Approximation
    /// The direction when framed as a change.
    public var change: Change?
    /// The year or period the figure refers to.
    public var period: Period?
    /// The period the figure refers to: ``period`` when the text states it, otherwise a relative period
    /// ("cette année", "last year") resolved against the article's date.
    public var resolvedPeriod: Period?
    /// The sentence the figure stands in.
    public var sentence: String
    /// When the same amount is stated twice, in two currencies ("£8.7 billion ($11.8 billion)"),
    /// the index of the other statement in the document's figure list.
    public var pairedWith: Int?

    public init(
        start: Int, end: Int, text: String, kind: Kind, value: ExactDecimal, high: ExactDecimal? = nil,
        currency: String? = nil, approximation: Approximation = .exact, change: Change? = nil,
        period: Period? = nil, resolvedPeriod: Period? = nil, sentence: String = "", pairedWith: Int? = nil,
        currencyBasis: CurrencyBasis? = nil
    ) {
        self.currencyBasis = currencyBasis
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.value = value
        self.high = high
        self.currency = currency
        self.approximation = approximation
        self.change = change
        self.period = period
        self.resolvedPeriod = resolvedPeriod ?? period
        self.sentence = sentence
        self.pairedWith = pairedWith
    }
}

/// The year or span of years a figure refers to ("en 2024", "2024-2030", "FY2025").
///
/// Two periods are equal when their years are: ``label`` (how the text wrote it) does not take part, so that
/// "2024-25" and "2024-2025" are one period wherever periods are compared.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first year.
    public var first: Int
    /// The last year of a span; equal to ``first`` for a single year.
    public var last: Int
    /// The period as the text writes it, when that differs from ``description``: "2024-25", "2026/27", "24/25",
    /// "FY2025" (for "FY25", "fiscal 2025", "fiscal year 2025").
    public var label: String?

    public init(_ year: Int) {
        first = year
        last = year
    }

    public init(from first: Int, to last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// A period with the label the text gives it.
    public init(from first: Int, to last: Int, label: String?) {
        self.init(from: first, to: last)
        self.label = label
    }

    /// Reads a period as the figures CSV writes it: "2024", "2024-2030", "2024-25", "2026/27", "24/25", "FY2025".
    public init?(written text: String) {
        var body = Substring(text)
        var fiscal = false
        if body.hasPrefix("FY") {
            body = body.dropFirst(2)
            fiscal = true
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false).count == 2
            ? body.split(separator: "-", omittingEmptySubsequences: false)
            : body.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]) else { return nil }
        let first = parts[0].count == 2 ? 2000 + a : a
        var last = first
        if parts.count == 2 {
            guard let b = Int(parts[1]) else { return nil }
            last = parts[1].count == 2 ? first / 100 * 100 + b : b
            if parts[1].count == 2, last < first { last += 100 }
        }
        guard !(fiscal && parts.count == 2) else { return nil }
        self.init(from: first, to: last)
        if String(text) != description { label = String(text) }
    }

    /// `2024` or `2024-2030`.
    public var description: String {
        first == last ? String(first) : "\(first)-\(last)"
    }

    /// ``label`` when the text gave one, else ``description``: what the figures CSV writes in its `year` columns.
    public var written: String { label ?? description }

    /// Equal when the years are: the label is how one text wrote the period, not another period.
    public static func == (a: Period, b: Period) -> Bool { a.first == b.first && a.last == b.last }

    /// Hashes the years only, as ``==`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(first)
        hasher.combine(last)
    }
}
