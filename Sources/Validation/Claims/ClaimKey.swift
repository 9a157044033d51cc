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
    /// Who gives, for aid, when the text says so; `nil` when it does not (such claims are compared
    /// only with claims that do not name a donor either).
    public var donor: Subject?
    /// Whether the amount is at constant prices or in real terms (price basis).
    public var isReal: Bool

    /// Creates a key.
    public init(form: Form, currency: String?, period: String, subject: Subject, measure: Measure,
                donor: Subject? = nil, isReal: Bool = false) {
        self.form = form
        self.currency = currency
        self.period = period
        self.subject = subject
        self.measure = measure
        self.donor = donor
        self.isReal = isReal
    }

    /// Whether the subject is a group (the Allies, the EU, Europe) rather than one country: national
    /// and aggregate figures never share a key, since their subjects differ.
    public var isAggregate: Bool { SubjectLexicon.isGroup(subject) }

    /// Whether claims with this key can be compared across articles: the period is known (a year,
    /// span, month, `to-date`, or `-` for a measure without period).
    public var isComparable: Bool { period != "?" }

    /// `money/USD/2024/europe-canada/defence-spending`; a donor is written before the recipient
    /// (`money/EUR/2024/fra>ukraine/military-aid`), constant prices at the end (`…/defence-spending/real`).
    public var description: String {
        let who = (donor.map { $0.id + ">" } ?? "") + subject.id
        return "\(form.rawValue)/\(currency ?? "-")/\(period)/\(who)/\(measure.id)" + (isReal ? "/real" : "")
    }

    public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.description < rhs.description }
}
