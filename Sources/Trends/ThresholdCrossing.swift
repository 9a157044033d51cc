import Foundation

/// The year a trend reaches a threshold.
public struct ThresholdCrossing: Sendable, Equatable {
    /// Whether the trend rises through the threshold or falls through it.
    public enum Direction: String, Sendable {
        /// Rising (positive slope).
        case up
        /// Falling (negative slope).
        case down
    }

    /// The threshold T.
    public let threshold: Double
    /// The exact (fractional) year at which the trend equals T.
    public let year: Double
    /// Whether the trend crosses upward or downward.
    public let direction: Direction
    /// The last observed year of the data.
    public let lastObservedYear: Int

    /// Creates a crossing.
    public init(threshold: Double, year: Double, direction: Direction, lastObservedYear: Int) {
        self.threshold = threshold
        self.year = year
        self.direction = direction
        self.lastObservedYear = lastObservedYear
    }

    /// The first whole year at or beyond the crossing: ⌈year⌉ (`nil` when not representable).
    public var firstWholeYear: Int? {
        let c = ceil(year)
        guard c.isFinite, abs(c) < 1e15 else { return nil }
        return Int(c)
    }

    /// Whether the crossing happened by the last observed year.
    public var alreadyCrossed: Bool { year <= Double(lastObservedYear) }
}
