import Figures
import Money

/// Why a case failed, in the order a case's first reason is chosen.
enum FailureReason: String, CaseIterable, Comparable, Sendable {
    case missed
    case wrongKind = "wrong kind"
    case wrongValue = "wrong value"
    case wrongRange = "wrong range"
    case wrongQualifier = "wrong qualifier"
    case wrongCurrency = "wrong currency"
    case span
    case extraFigure = "extra figure"

    static func < (lhs: FailureReason, rhs: FailureReason) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One thing wrong with a case's output.
struct Problem: Sendable {
    var reason: FailureReason
    var detail: String
}

/// What the extractor made of one case.
struct CaseResult: Sendable {
    var evaluationCase: EvaluationCase
    var figures: [Figure]
    var problems: [Problem]

    var passed: Bool { problems.isEmpty }
    /// The first reason, by ``FailureReason`` order.
    var reason: FailureReason? { problems.map(\.reason).min() }
}

/// Runs the extractor on a case and compares its figures with the expectations.
///
/// Each expectation takes the unused figure that overlaps its span most (any kind, so that a wrong kind shows);
/// figures of a judged kind left over are extra.
/// - Parameter extractor: The extractor under test; the harness's own tests hand it made-up figures.
func evaluate(
    _ evaluationCase: EvaluationCase,
    extractor: (Document, ExtractionOptions) -> [Figure] = { extractFigures(from: $0, options: $1) }
) -> CaseResult {
    let c = evaluationCase
    let document = Document(id: c.name, text: c.input, language: c.language)
    let figures = extractor(document, ExtractionOptions(dollar: c.dollar, language: c.language))
    var used = Set<Int>()
    var problems: [Problem] = []
    for expected in c.expected {
        let best = figures.indices
            .filter { !used.contains($0) }
            .map { ($0, overlap(figures[$0], expected.span)) }
            .filter { $0.1 > 0 }
            .max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }
        guard let (index, _) = best else {
            problems.append(Problem(reason: .missed, detail: "\"\(expected.text)\" not found"))
            continue
        }
        used.insert(index)
        problems += compare(figures[index], with: expected)
    }
    for (index, figure) in figures.enumerated() where !used.contains(index) && c.judgedKinds.contains(figure.kind) {
        problems.append(Problem(reason: .extraFigure, detail: "\"\(figure.text)\" is not expected"))
    }
    return CaseResult(evaluationCase: c, figures: figures, problems: problems)
}

private func overlap(_ figure: Figure, _ span: Range<Int>) -> Int {
    max(0, min(figure.end, span.upperBound) - max(figure.start, span.lowerBound))
}

private func compare(_ figure: Figure, with expected: ExpectedFigure) -> [Problem] {
    var problems: [Problem] = []
    func flag(_ reason: FailureReason, _ what: String, _ want: String, _ got: String) {
        problems.append(Problem(reason: reason, detail: "\(what): expected \(want), got \(got)"))
    }
    if figure.kind != expected.kind {
        flag(.wrongKind, "kind", expected.kind.rawValue, figure.kind.rawValue)
    }
    if figure.value != expected.value {
        flag(.wrongValue, "value", expected.value.description, figure.value.description)
    }
    if figure.high != expected.high {
        flag(.wrongRange, "high", expected.high?.description ?? "none", figure.high?.description ?? "none")
    }
    if let accepted = expected.approximations, !accepted.contains(figure.approximation) {
        let want = accepted.map(\.rawValue).sorted().joined(separator: "|")
        flag(.wrongQualifier, "approx", want, figure.approximation.rawValue)
    }
    if expected.kind == .money, !expected.currency.accepts(figure.currency) {
        flag(.wrongCurrency, "currency", expected.currency.description, figure.currency ?? "none")
    }
    let span = figure.start..<figure.end
    let spanOK = expected.spanRule == .exact
        ? span == expected.span
        : span.lowerBound >= expected.span.lowerBound && span.upperBound <= expected.span.upperBound
    if !spanOK {
        let want = "\(expected.spanRule == .exact ? "" : "within ")\(expected.span) \"\(expected.text)\""
        flag(.span, "span", want, "\(span) \"\(figure.text)\"")
    }
    return problems
}
