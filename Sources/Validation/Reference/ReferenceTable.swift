/// Reference data: values by subject, quantity and year, from one or more sources.
///
/// Add sources with ``addSource(_:)`` and their values with ``add(_:)``, or use the readers for
/// NATO's tidy table (``addNATO(_:source:)``) and long `series,year,value,unit` tables
/// (``addSeries(_:source:)``).
public struct ReferenceTable: Sendable {
    /// The sources, in the order added.
    public private(set) var sources: [ReferenceSource] = []
    /// The values, in the order added.
    public private(set) var points: [ReferencePoint] = []

    private struct Lookup: Hashable {
        var subject: String
        var quantity: ReferenceQuantity
        var year: Int
    }

    private struct Coverage: Hashable {
        var subject: String
        var quantity: ReferenceQuantity
    }

    private var index: [Lookup: [Int]] = [:]
    private var coverage: Set<Coverage> = []

    /// An empty table.
    public init() {}

    /// Whether the table holds no value.
    public var isEmpty: Bool { points.isEmpty }

    /// Adds a source and returns its index, for the points that come from it.
    public mutating func addSource(_ source: ReferenceSource) -> Int {
        sources.append(source)
        return sources.count - 1
    }

    /// Adds a value.
    public mutating func add(_ point: ReferencePoint) {
        index[Lookup(subject: point.subject.id, quantity: point.quantity, year: point.year), default: []].append(points.count)
        coverage.insert(Coverage(subject: point.subject.id, quantity: point.quantity))
        points.append(point)
    }

    /// The values of a subject's quantity in a year, in the order added.
    public func values(_ subject: Subject, _ quantity: ReferenceQuantity, year: Int) -> [ReferencePoint] {
        (index[Lookup(subject: subject.id, quantity: quantity, year: year)] ?? []).map { points[$0] }
    }

    /// Whether the table has any value of a subject's quantity, in any year.
    public func covers(_ subject: Subject, _ quantity: ReferenceQuantity) -> Bool {
        coverage.contains(Coverage(subject: subject.id, quantity: quantity))
    }

    /// The value of a subject's measure in a year in a currency and price basis, if the table has it.
    public func level(
        _ subject: Subject, _ measure: Measure, year: Int, currency: String?, basis: PriceBasis
    ) -> ReferencePoint? {
        values(subject, .level(measure), year: year).first { $0.currency == currency && $0.basis == basis }
    }

    /// The bases the table gives a subject's measure in, for a year and currency: current first.
    public func bases(_ subject: Subject, _ measure: Measure, year: Int, currency: String?) -> [PriceBasis] {
        var found: [PriceBasis] = []
        for p in values(subject, .level(measure), year: year) where p.currency == currency && !found.contains(p.basis) {
            found.append(p.basis)
        }
        return found.sorted { !$0.isConstant && $1.isConstant }
    }
}
