import Figures
import Money

/// The relative tolerance of a comparison, and how qualifiers widen it.
///
/// An approximate figure ("près de 20 %", "environ 630 millions") is rounded: the tolerance is
/// widened by half a unit of its last significant digit relative to its value (5 for 630 million
/// rounded to the nearest 10 million is 0.8 %), at most doubling the base tolerance.
public struct Tolerance: Sendable, Hashable {
    /// The base relative tolerance (0.05 for 5 %).
    public var base: Double
    /// How much the figures' qualifiers add.
    public var widening: Double
    /// What widened it, as written ("près de"), for the explanation.
    public var reason: String?

    /// The tolerance used.
    public var value: Double { base + widening }

    /// The tolerance in percent.
    public var percent: Double { value * 100 }

    /// The base tolerance, widened for whichever of the claims is approximate (the widest).
    init(base: Double, claims: [Claim]) {
        self.base = base
        var widest = 0.0
        var reason: String?
        for claim in claims {
            let w = Self.widening(of: claim.figure, base: base)
            if w > widest {
                widest = w
                reason = claim.qualifier.map { "'\($0)'" } ?? "an approximate figure"
            }
        }
        self.widening = widest
        self.reason = reason
    }

    /// The widening an approximate figure brings: half a unit of its last significant digit relative
    /// to its value, at most `base`; zero for other qualifiers.
    static func widening(of figure: Figure, base: Double) -> Double {
        guard figure.approximation == .approx else { return 0 }
        let value = abs(figure.value.doubleValue)
        guard value > 0 else { return 0 }
        var step = 1.0
        if figure.value.exponent >= 0 {
            for _ in 0..<figure.value.exponent { step *= 10 }
        } else {
            for _ in 0..<(-figure.value.exponent) { step /= 10 }
        }
        return min(0.5 * step / value, base)
    }

    /// "within the 5% tolerance", or "within the 5.8% tolerance (5% widened for 'environ')".
    func phrase(_ within: Bool) -> String {
        let head = (within ? "within" : "beyond") + " the " + Wording.percent(percent) + " tolerance"
        guard widening > 0 else { return head }
        return head + " (" + Wording.percent(base * 100) + " widened for " + (reason ?? "an approximate figure") + ")"
    }
}
