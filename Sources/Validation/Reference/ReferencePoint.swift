/// Which quantity a reference value gives.
public enum ReferenceQuantity: Hashable, Sendable {
    /// The level of a measure in a year (defence spending, military aid, share of GDP).
    case level(Measure)
    /// The real change of defence spending on the year before, in percent (NATO's Table 3).
    case realChange
}

/// Where reference values come from: a file and the edition of the data it holds.
public struct ReferenceSource: Hashable, Sendable {
    /// The file name ("nato_defence_expenditure_2014_2024_tidy.csv").
    public var name: String
    /// The edition in words ("NATO's 2024 edition (data 2014–2024; 2023 and 2024 are estimates)").
    public var edition: String
    /// The year the edition was published, when known: figures of articles dated later may quote
    /// a newer edition.
    public var editionYear: Int?

    /// Creates a source.
    public init(name: String, edition: String, editionYear: Int?) {
        self.name = name
        self.edition = edition
        self.editionYear = editionYear
    }
}

/// One value of reference data: a subject's measure in a year.
public struct ReferencePoint: Sendable {
    /// Who the value is about.
    public var subject: Subject
    /// What it gives.
    public var quantity: ReferenceQuantity
    /// The year.
    public var year: Int
    /// The value: money in currency units (not millions), percentages as percent.
    public var value: Double
    /// The ISO 4217 code for money.
    public var currency: String?
    /// The prices the value is in.
    public var basis: PriceBasis
    /// Whether the source marks the value as an estimate.
    public var isEstimate: Bool
    /// The value's name in its source ("NATO Europe and Canada, defence_expenditure_usd_current, 2024").
    public var label: String
    /// The index of its source in the table's ``ReferenceTable/sources``.
    public var source: Int

    /// Creates a point.
    public init(
        subject: Subject, quantity: ReferenceQuantity, year: Int, value: Double, currency: String?,
        basis: PriceBasis, isEstimate: Bool, label: String, source: Int
    ) {
        self.subject = subject
        self.quantity = quantity
        self.year = year
        self.value = value
        self.currency = currency
        self.basis = basis
        self.isEstimate = isEstimate
        self.label = label
        self.source = source
    }
}
