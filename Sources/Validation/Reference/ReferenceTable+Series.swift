/// One row of a long reference table: `series,year,value,unit`, with optional `edition`,
/// `price_basis` and `estimate` columns.
///
/// The series name says what the values are about, in words the claim lexicons know:
/// "NATO Europe and Canada defence spending", "Military aid to Ukraine", "France defence
/// spending share of GDP".
public struct SeriesRow: Sendable {
    /// The series name.
    public var series: String
    /// The year.
    public var year: Int
    /// The value in the unit.
    public var value: Double
    /// The unit: "million USD", "billion EUR", "percent", "% of GDP".
    public var unit: String
    /// The edition of the data, if the table says ("June 2024").
    public var edition: String?
    /// The price basis, if the table says ("current", "constant 2015").
    public var priceBasis: String?
    /// Whether the value is an estimate.
    public var estimate: Bool

    /// Creates a row.
    public init(
        series: String, year: Int, value: Double, unit: String, edition: String? = nil, priceBasis: String? = nil,
        estimate: Bool = false
    ) {
        self.series = series
        self.year = year
        self.value = value
        self.unit = unit
        self.edition = edition
        self.priceBasis = priceBasis
        self.estimate = estimate
    }
}

extension ReferenceTable {
    /// The header columns a long reference table must have.
    public static let seriesColumns = ["series", "year", "value", "unit"]

    /// Adds the rows of a long table whose series names say their subject and measure.
    ///
    /// - Parameters:
    ///   - rows: The rows.
    ///   - name: The file name, shown as the source.
    /// - Returns: How many values were added, and the series names that say no subject or measure
    ///   Chiffres knows (their rows are left out).
    public mutating func addSeries(_ rows: [SeriesRow], name: String) -> (added: Int, unknownSeries: [String]) {
        let editions = Set(rows.compactMap(\.edition).filter { !$0.isEmpty }).sorted()
        let years = rows.map(\.year)
        let edition = editions.isEmpty ? "\(name) (no edition given)" : editions.joined(separator: "; ")
        let editionYear = editions.compactMap { e in FoldedText(e).words.compactMap { SentenceReading.year($0.lower) }.last }.max()
        let source = addSource(ReferenceSource(name: name, edition: edition, editionYear: editionYear ?? (editions.isEmpty ? nil : years.max())))
        var added = 0
        var unknown: [String] = []
        var meanings: [String: (Subject, Measure)?] = [:]
        for row in rows {
            let meaning: (Subject, Measure)?
            if let known = meanings[row.series] {
                meaning = known
            } else {
                meaning = Self.meaning(ofSeries: row.series, unit: row.unit)
                meanings[row.series] = meaning
                if meaning == nil { unknown.append(row.series) }
            }
            guard let (subject, measure) = meaning, row.value.isFinite else { continue }
            let unit = UnitReading(row.unit)
            var basis = PriceBasis.notApplicable
            if measure == .defenceSpending || measure == .militaryAid {
                guard unit.currency != nil else { continue }
                basis = row.priceBasis.map { UnitReading($0).basis ?? .current } ?? unit.basis ?? .current
            }
            add(ReferencePoint(
                subject: subject, quantity: .level(measure), year: row.year,
                value: measure == .shareOfGDP ? row.value : row.value * unit.scale,
                currency: measure == .shareOfGDP ? nil : unit.currency, basis: basis, isEstimate: row.estimate,
                label: "\(row.series), \(row.year)", source: source))
            added += 1
        }
        return (added, unknown)
    }

    /// The subject and measure a series name says, or `nil`.
    static func meaning(ofSeries series: String, unit: String) -> (Subject, Measure)? {
        let reading = SentenceReading(series)
        guard let subject = reading.subjects.first?.value else { return nil }
        let percent = UnitReading(unit).isPercent
        if reading.has(.gdp) || (percent && FoldedText(series + " " + unit).words.contains { $0.lower == "gdp" || $0.lower == "pib" }) {
            return (subject, .shareOfGDP)
        }
        guard !percent else { return nil }
        if let cue = reading.cues.first(where: { $0.value == .spending || $0.value == .aid }) {
            return (subject, cue.value == .spending ? .defenceSpending : .militaryAid)
        }
        return nil
    }
}
