import Figures

/// The values a figure allows, from its qualifier: one value ("485 milliards", "près de 20 %"), a
/// lower bound ("plus de 700 milliards"), an upper bound ("jusqu'à 5 milliards"), or a range.
struct StatedRange: Sendable {
    /// The lowest value allowed, or `nil` when unbounded.
    var low: Double?
    /// The highest value allowed, or `nil` when unbounded.
    var high: Double?
    /// The value as stated (the lower end of a range).
    var central: Double

    init(_ figure: Figure) {
        let v = figure.value.doubleValue
        central = v
        if let h = figure.high?.doubleValue {
            low = min(v, h)
            high = max(v, h)
            return
        }
        switch figure.approximation {
        case .exact, .approx: low = v; high = v
        case .moreThan, .atLeast: low = v; high = nil
        case .lessThan, .atMost, .upTo: low = nil; high = v
        }
    }

    init(value: Double) {
        low = value
        high = value
        central = value
    }

    /// Whether the figure states one value (not a bound or a range).
    var isPoint: Bool { low != nil && low == high }

    /// Whether it is a lower bound.
    var isLowerBound: Bool { low != nil && high == nil }

    /// Whether it is an upper bound.
    var isUpperBound: Bool { low == nil && high != nil }

    /// How far apart two ranges are, relative: 0 when they overlap, else the gap over the smaller
    /// of the two facing ends (0.08 when one allows at most 100 and the other at least 108).
    func gap(to other: StatedRange) -> Double {
        if let h = high, let l = other.low, h < l { return Self.relative(l, over: h) }
        if let h = other.high, let l = low, h < l { return Self.relative(l, over: h) }
        return 0
    }

    /// `(l − h)` over the smaller magnitude of the two, for `h < l`.
    private static func relative(_ l: Double, over h: Double) -> Double {
        let smaller = min(abs(l), abs(h))
        return smaller > 0 ? (l - h) / smaller : .infinity
    }

    /// The range of a change with its sign: a decrease of "plus de 5 %" allows −5 % and below.
    init(change figure: Figure) {
        self.init(figure)
        guard figure.change == .decrease, central > 0 else { return }
        central = -central
        let (l, h) = (low, high)
        low = h.map { -$0 }
        high = l.map { -$0 }
    }

    /// "lower bound", "upper bound", "range" or "value".
    var shapeNoun: String {
        if isPoint { return "value" }
        if isLowerBound { return "lower bound" }
        if isUpperBound { return "upper bound" }
        return "range"
    }

    /// "a lower bound", "an upper bound", "a range" or "one value".
    var shape: String {
        if isPoint { return "one value" }
        if isLowerBound { return "a lower bound" }
        if isUpperBound { return "an upper bound" }
        return "a range"
    }
}
