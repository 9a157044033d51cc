/// A reference value a figure is compared with: one value of the table, or one computed from
/// several (a change between two years, spending added since a year).
public struct ReferenceValue: Sendable {
    /// The value: money in currency units, percentages as percent.
    public var value: Double
    /// The ISO 4217 code for money.
    public var currency: String?
    /// The prices it is in (for a change, the prices of the amounts it compares).
    public var basis: PriceBasis
    /// Whether any value it comes from is an estimate.
    public var isEstimate: Bool
    /// What it is: the value's name, or how it was computed.
    public var label: String
    /// The index of its source in the table's ``ReferenceTable/sources``.
    public var source: Int

    /// Creates a value.
    public init(value: Double, currency: String?, basis: PriceBasis, isEstimate: Bool, label: String, source: Int) {
        self.value = value
        self.currency = currency
        self.basis = basis
        self.isEstimate = isEstimate
        self.label = label
        self.source = source
    }

    /// One value of the table.
    public init(_ point: ReferencePoint) {
        self.init(value: point.value, currency: point.currency, basis: point.basis, isEstimate: point.isEstimate,
                  label: point.label, source: point.source)
    }
}

extension ReferenceTable {
    /// The change of a subject's defence spending between two years, in percent: the reference's own
    /// real change when asked for the real change on the year before, else computed from the levels
    /// (current prices for nominal, constant prices for real).
    ///
    /// - Parameter currency: The currency of the levels; `nil` takes USD when the table has it, else
    ///   the first currency it has.
    public func change(
        _ subject: Subject, _ measure: Measure, from base: Int, to year: Int, currency: String?, real: Bool
    ) -> ReferenceValue? {
        if real, base == year - 1, measure == .defenceSpending,
           let p = values(subject, .realChange, year: year).first {
            return ReferenceValue(p)
        }
        let candidates = values(subject, .level(measure), year: year)
        let currencies = candidates.compactMap(\.currency)
        let code = currency ?? (currencies.contains("USD") ? "USD" : currencies.first)
        for end in candidates where end.currency == code && end.basis.isConstant == real {
            guard let start = level(subject, measure, year: base, currency: code, basis: end.basis), start.value != 0 else {
                continue
            }
            return ReferenceValue(
                value: (end.value / start.value - 1) * 100, currency: code, basis: end.basis,
                isEstimate: end.isEstimate || start.isEstimate,
                label: "\(end.label) over \(base) (\(Wording.amount(end.value, code)) against \(Wording.amount(start.value, code)))",
                source: end.source)
        }
        return nil
    }

    /// Defence spending added since a base year: the sum, over the years after it up to `last`, of
    /// each year's spending above the base year's.
    public func added(
        _ subject: Subject, since base: Int, through last: Int, currency: String, basis: PriceBasis
    ) -> ReferenceValue? {
        guard last > base, let start = level(subject, .defenceSpending, year: base, currency: currency, basis: basis) else {
            return nil
        }
        var sum = 0.0
        var estimate = start.isEstimate
        for year in (base + 1)...last {
            guard let p = level(subject, .defenceSpending, year: year, currency: currency, basis: basis) else { return nil }
            sum += p.value - start.value
            estimate = estimate || p.isEstimate
        }
        let name = start.label.split(separator: ",").dropLast().joined(separator: ",")
        return ReferenceValue(
            value: sum, currency: currency, basis: basis, isEstimate: estimate,
            label: "sum over \(base + 1)–\(last) of each year's spending above \(base) (\(name))", source: start.source)
    }
}
