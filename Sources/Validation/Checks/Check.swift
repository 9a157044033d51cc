import Money

/// One check: two statements compared, what was expected, how far apart they are, and why the
/// verdict is what it is, in a sentence a journalist could paste into a fact-check.
public struct Check: Sendable {
    /// The kinds of check.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        /// The same quantity in two articles.
        case sameQuantity = "same_quantity"
        /// An in-text conversion against the ECB rate of the article's date.
        case conversion
        /// A value with a stated change against the previous period's value found elsewhere.
        case statedChange = "stated_change"
        /// A figure against reference data.
        case reference
        /// The arithmetic of one article: parts and total, a percentage and the amounts it relates.
        case arithmetic
        /// A figure nothing could be compared with.
        case unmatched

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// A number as stated in a text (exact) or computed (double).
    public enum Number: Sendable, Hashable, CustomStringConvertible {
        /// A value read from a text, exact.
        case exact(ExactDecimal)
        /// A value computed or read from reference data.
        case computed(Double)

        /// The value as a double.
        public var doubleValue: Double {
            switch self {
            case .exact(let d): return d.doubleValue
            case .computed(let d): return d
            }
        }

        /// Plain decimal text.
        public var description: String {
            switch self {
            case .exact(let d): return d.description
            case .computed(let d): return Wording.plain(d)
            }
        }
    }

    /// A statement compared: a figure of an article, a reference value or a rate.
    public struct Statement: Sendable, Hashable {
        /// The document id, the reference file name, or the rate source.
        public var source: String
        /// The figure's code-point offset in its document; `nil` for reference values and rates.
        public var start: Int?
        /// The figure as written, or a label for a reference value or rate.
        public var text: String
        /// The value (money in currency units, percent as written).
        public var value: Number?

        /// Creates a statement.
        public init(source: String, start: Int? = nil, text: String, value: Number?) {
            self.source = source
            self.start = start
            self.text = text
            self.value = value
        }
    }

    /// Which check.
    public var kind: Kind
    /// The verdict.
    public var verdict: Verdict
    /// The claim key of the figure checked (`money/USD/2024/europe-canada/defence-spending`), or
    /// what is known of it.
    public var key: String
    /// The figure checked.
    public var figure: Statement
    /// What it was compared with, if anything.
    public var other: Statement?
    /// The quantity tested: the figure's value, or one derived from it (an implied rate, an implied
    /// previous-period value, a sum of parts, an implied percentage).
    public var compared: Double?
    /// What the other side says ``compared`` should be.
    public var expected: Double?
    /// The unit of ``compared`` and ``expected`` ("USD", "USD per GBP", "%").
    public var unit: String
    /// `(compared / expected − 1) × 100`.
    public var deviationPercent: Double?
    /// The relative tolerance used, in percent.
    public var tolerancePercent: Double?
    /// Where the expected value comes from (reference edition and price basis, ECB fixing).
    public var basis: String
    /// Why the verdict is what it is.
    public var explanation: String

    /// Creates a check.
    public init(
        kind: Kind, verdict: Verdict, key: String, figure: Statement, other: Statement? = nil,
        compared: Double? = nil, expected: Double? = nil, unit: String = "", deviationPercent: Double? = nil,
        tolerancePercent: Double? = nil, basis: String = "", explanation: String
    ) {
        self.kind = kind
        self.verdict = verdict
        self.key = key
        self.figure = figure
        self.other = other
        self.compared = compared
        self.expected = expected
        self.unit = unit
        self.deviationPercent = deviationPercent
        self.tolerancePercent = tolerancePercent
        self.basis = basis
        self.explanation = explanation
    }

    /// `(compared / expected − 1) × 100`, or `nil` when `expected` is zero.
    public static func deviation(_ compared: Double, from expected: Double) -> Double? {
        guard expected != 0, compared.isFinite, expected.isFinite else { return nil }
        return (compared / expected - 1) * 100
    }
}
