/// What to do when a series has several values for the same year.
public enum DuplicatePolicy: String, Sendable, CaseIterable {
    /// Refuse: throw `TrendError.duplicateYear` (the default).
    case error
    /// Keep the mean of the values.
    case mean
    /// Keep the first value in input order.
    case first
    /// Keep the last value in input order.
    case last
    /// Keep the largest value.
    case max
}

/// An annual series: years (strictly increasing, gaps allowed) and finite values.
public struct Series: Sendable, Equatable {
    /// The series' name (a country, a measure...).
    public let name: String
    /// The years, strictly increasing.
    public let years: [Int]
    /// The values, one per year.
    public let values: [Double]

    /// Builds a series from points in any order.
    ///
    /// - Parameters:
    ///   - name: The series' name, used in errors and output.
    ///   - points: `(year, value)` pairs in any order.
    ///   - duplicates: What to do with several values for one year (`.error` by default).
    /// - Throws: `TrendError.empty`, `.nonFinite` (NaN or infinity), or `.duplicateYear`.
    public init(name: String, points: [(year: Int, value: Double)], duplicates: DuplicatePolicy = .error) throws(TrendError) {
        guard !points.isEmpty else { throw .empty(series: name) }
        for p in points where !p.value.isFinite { throw .nonFinite(series: name, year: p.year) }
        // Years already strictly increasing (the usual table): nothing to sort or merge.
        if zip(points, points.dropFirst()).allSatisfy({ $0.year < $1.year }) {
            self.name = name
            self.years = points.map(\.year)
            self.values = points.map(\.value)
            return
        }
        // A stable sort keeps input order within a year, which `first` and `last` rely on.
        let sorted = points.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }
        var ys: [Int] = []
        var vs: [Double] = []
        var i = 0
        while i < sorted.count {
            let year = sorted[i].element.year
            var j = i
            while j < sorted.count && sorted[j].element.year == year { j += 1 }
            let group = sorted[i..<j].map { $0.element.value }
            if group.count > 1 {
                switch duplicates {
                case .error: throw .duplicateYear(series: name, year: year)
                case .mean: vs.append(group.reduce(0, +) / Double(group.count))
                case .first: vs.append(group[0])
                case .last: vs.append(group[group.count - 1])
                case .max: vs.append(group.max() ?? group[0])
                }
            } else {
                vs.append(group[0])
            }
            ys.append(year)
            i = j
        }
        self.name = name
        self.years = ys
        self.values = vs
    }

    /// Builds a series from parallel arrays.
    ///
    /// - Parameters:
    ///   - name: The series' name.
    ///   - years: The years, in any order.
    ///   - values: The values, one per year.
    ///   - duplicates: What to do with several values for one year.
    /// - Throws: `TrendError.invalidParameter` when the lengths differ, and the errors of `init(name:points:duplicates:)`.
    public init(name: String, years: [Int], values: [Double], duplicates: DuplicatePolicy = .error) throws(TrendError) {
        guard years.count == values.count else {
            throw .invalidParameter(name: "series '\(name)'", detail: "\(years.count) years but \(values.count) values")
        }
        try self.init(name: name, points: zip(years, values).map { (year: $0, value: $1) }, duplicates: duplicates)
    }

    /// The number of points.
    public var count: Int { years.count }
    /// The first year.
    public var firstYear: Int { years[0] }
    /// The last year.
    public var lastYear: Int { years[years.count - 1] }
    /// The largest absolute value (the series' scale).
    public var scale: Double { values.reduce(0) { Swift.max($0, abs($1)) } }
    /// Whether every year from the first to the last is present.
    public var isContiguous: Bool { lastYear - firstYear + 1 == count }
}
