/// What makes two figures speak of the same thing: their form, currency, period, subject and measure.
///
/// Written `money/USD/2024/europe-canada/defence-spending`, so that a reader sees why two figures
/// were compared. A period of `?` means the text gives no year: such claims are not compared across
/// articles. Cumulative measures (spending added since a year) have the period `to-date`.
public struct ClaimKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How a figure states its quantity.
    public enum Form: String, Hashable, Sendable, Comparable {
        /// An amount of money.
        case money
        /// A percentage that is not a change (a share, a rate).
        case percent
        /// A percentage change ("une augmentation de 20 %", "up 20%").
        case percentChange = "percent-change"
        /// Percentage points.
        case points

        public static func < (lhs: Form, rhs: Form) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How the figure states its quantity.
    public var form: Form
    /// The ISO 4217 code for money.
    public var currency: String?
    /// The year or span (`2024`, `2024-2030`), `to-date` for cumulative measures, `?` when unknown.
    public var period: String
    /// Who the figure is about.
    public var subject: Subject
    /// What it measures.
    public var measure: Measure

    /// Creates a key.
    public init(form: Form, currency: String?, period: String, subject: Subject, measure: Measure) {
        self.form = form
        self.currency = currency
        self.period = period
        self.subject = subject
        self.measure = measure
    }

    /// Whether claims with this key can be compared across articles: the period is known.
    public var isComparable: Bool { period != "?" }

    /// `money/USD/2024/europe-canada/defence-spending`.
    public var description: String {
        "\(form.rawValue)/\(currency ?? "-")/\(period)/\(subject.id)/\(measure.id)"
    }

    public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.description < rhs.description }
}
