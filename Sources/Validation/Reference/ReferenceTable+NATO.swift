/// One row of NATO's tidy defence expenditure table (`datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv`):
/// `country, iso3, year, measure, unit, value, estimate, …`.
public struct NATORow: Sendable {
    /// The country or aggregate name ("NATO Europe and Canada").
    public var country: String
    /// ISO 3166 alpha-3 code, or `NATO_EUR_CAN` / `NATO_TOTAL` for the aggregates.
    public var iso3: String
    /// The year.
    public var year: Int
    /// The measure (`defence_expenditure_usd_current`, …).
    public var measure: String
    /// The unit ("million USD, current prices and exchange rates").
    public var unit: String
    /// The value in the unit.
    public var value: Double
    /// Whether NATO marks the value as an estimate.
    public var estimate: Bool

    /// Creates a row.
    public init(country: String, iso3: String, year: Int, measure: String, unit: String, value: Double, estimate: Bool) {
        self.country = country
        self.iso3 = iso3
        self.year = year
        self.measure = measure
        self.unit = unit
        self.value = value
        self.estimate = estimate
    }
}

extension ReferenceTable {
    /// The header columns that mark NATO's tidy table.
    public static let natoColumns = ["country", "iso3", "year", "measure", "unit", "value", "estimate"]

    /// Adds the defence spending rows of NATO's tidy table: spending in US dollars and national
    /// currency, at current and constant prices, its share of GDP and its real change. Other
    /// measures (GDP, personnel, equipment shares) are left out.
    ///
    /// The edition is read from the data: the last year is the year of publication (NATO estimates
    /// the current year and the one before); each value says whether it is an estimate.
    ///
    /// - Parameters:
    ///   - rows: The table's rows.
    ///   - name: The file name, shown as the source.
    /// - Returns: How many values were added.
    @discardableResult
    public mutating func addNATO(_ rows: [NATORow], name: String) -> Int {
        let years = rows.map(\.year)
        var edition = "NATO's Defence Expenditure of NATO Countries"
        if let first = years.min(), let last = years.max() {
            edition += " (\(first)–\(last))"
        }
        if let last = years.max() { edition += ", \(last) edition" }
        let source = addSource(ReferenceSource(name: name, edition: edition, editionYear: years.max()))
        var added = 0
        for row in rows {
            guard let point = Self.natoPoint(row, source: source) else { continue }
            add(point)
            added += 1
        }
        return added
    }

    /// The point of one NATO row, or `nil` for measures validation does not use.
    static func natoPoint(_ row: NATORow, source: Int) -> ReferencePoint? {
        let subject: Subject?
        switch row.iso3 {
        case "NATO_EUR_CAN": subject = .europeCanada
        case "NATO_TOTAL": subject = .nato
        default: subject = Subject.country(iso3: row.iso3)
        }
        guard let subject, row.value.isFinite else { return nil }
        let unit = UnitReading(row.unit)
        let quantity: ReferenceQuantity
        var basis = PriceBasis.notApplicable
        var currency: String?
        var value = row.value
        switch row.measure {
        case "defence_expenditure_usd_current", "defence_expenditure_national_currency_current":
            quantity = .level(.defenceSpending)
            basis = .current
        case "defence_expenditure_usd_constant_2015", "defence_expenditure_national_currency_constant_2015":
            quantity = .level(.defenceSpending)
            basis = .constant(2015)
        case "defence_expenditure_share_of_gdp":
            quantity = .level(.shareOfGDP)
        case "defence_expenditure_annual_real_change":
            quantity = .realChange
            basis = .constant(2015)
        default:
            return nil
        }
        if case .level(.defenceSpending) = quantity {
            guard let code = unit.currency else { return nil }
            currency = code
            value *= unit.scale
        }
        return ReferencePoint(
            subject: subject, quantity: quantity, year: row.year, value: value, currency: currency, basis: basis,
            isEstimate: row.estimate, label: "\(row.country), \(row.measure), \(row.year)", source: source)
    }
}
