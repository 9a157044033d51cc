/// A closed interval `[low, high]`, for example a confidence or prediction interval.
public struct Interval: Sendable, Equatable {
    /// The lower end point.
    public let low: Double
    /// The upper end point.
    public let high: Double

    /// An interval from its end points.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// `center ± halfWidth`.
    public init(center: Double, halfWidth: Double) {
        self.low = center - halfWidth
        self.high = center + halfWidth
    }

    /// The interval with `transform` applied to both end points (for a monotone increasing `transform`).
    public func map(_ transform: (Double) -> Double) -> Interval {
        Interval(low: transform(low), high: transform(high))
    }
}
