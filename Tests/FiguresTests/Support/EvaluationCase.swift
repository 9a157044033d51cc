import Figures
import Money

/// One case of an external evaluation corpus, already translated into what Chiffres must produce.
struct EvaluationCase: Sendable {
    /// The corpus file the case comes from (`rt_fr_currency.jsonl`).
    var file: String
    /// The case's name within its file (`#12`, or `EN_AU:4`).
    var name: String
    /// The text the extractor reads.
    var input: String
    /// The language given to the extractor.
    var language: Language
    /// The document-level currency of a bare `$` or "dollars" (`ExtractionOptions.dollar`).
    var dollar: String = "USD"
    /// The figure kinds this file judges: figures of other kinds are neither matched as extra nor required.
    var judgedKinds: Set<Figure.Kind>
    /// What must come out. Empty for a negative case: then no figure of a judged kind may come out.
    var expected: [ExpectedFigure]
    /// Whether the case counts towards the floor, or is reported apart, and why.
    var group: CaseGroup = .counted
    /// Recognizers-Text: whether its Python release (the anchor scored in PROVENANCE.md) claims the case.
    var inAnchorSubset: Bool = true
    /// Corpus entries that were not turned into expectations (a unit word without an amount), with the reason.
    var notes: [String] = []
}

/// Whether a case counts towards a floor.
enum CaseGroup: Hashable, Sendable {
    /// Counted: the floor is on these.
    case counted
    /// Run and reported in its own column, outside the floor, for the written reason.
    case apart(SetAside)
}

/// A class of cases run but kept out of a floor, with the reason written where the report prints it.
struct SetAside: Hashable, Sendable, Comparable {
    /// A short name for the report's columns.
    var name: String
    /// Why the class is outside the floor.
    var reason: String

    static func < (lhs: SetAside, rhs: SetAside) -> Bool { lhs.name < rhs.name }
}

/// One figure a case expects, with the tolerance the corpus allows.
struct ExpectedFigure: Sendable {
    /// The corpus's text for the figure.
    var text: String
    /// Code-point offsets of the corpus's span in the input, end exclusive.
    var span: Range<Int>
    /// How the figure's span is compared with ``span``.
    var spanRule: SpanRule
    /// Money, percent or points.
    var kind: Figure.Kind
    /// The value (for a range or bound as Chiffres stores it: the low end, or the bound).
    var value: ExactDecimal
    /// The upper end of a range; `nil` when the figure must not be a range.
    var high: ExactDecimal?
    /// The qualifiers accepted; `nil` when the corpus does not say.
    var approximations: Set<Figure.Approximation>?
    /// The currencies accepted for money.
    var currency: CurrencyRule
}

/// How a figure's span is compared with the corpus's.
enum SpanRule: String, Sendable {
    /// Same start and end.
    case exact
    /// The figure lies inside the corpus's span (Duckling's text also holds qualifiers such as "at least",
    /// which Chiffres keeps outside the figure, as the seeds' gold does).
    case within
}

/// The currencies a money expectation accepts.
enum CurrencyRule: Sendable, CustomStringConvertible {
    /// Not money: no currency is judged.
    case notMoney
    /// One of these ISO 4217 codes.
    case oneOf([String])
    /// Any currency (the corpus's unit is unknown): only the value is judged.
    case any

    func accepts(_ code: String?) -> Bool {
        switch self {
        case .notMoney: return true
        case .any: return code != nil
        case .oneOf(let codes): return code.map(codes.contains) ?? false
        }
    }

    var description: String {
        switch self {
        case .notMoney: return ""
        case .any: return "any currency"
        case .oneOf(let codes): return codes.joined(separator: "|")
        }
    }
}
