import Testing
import Figures
import Money

/// What a test expects of one figure; `nil` fields are not checked.
struct Expected: CustomStringConvertible {
    var text: String
    var kind: Figure.Kind
    var value: String
    var high: String? = nil
    var currency: String? = nil
    var approx: Figure.Approximation = .exact
    var change: Figure.Change? = nil
    var year: String? = nil

    var description: String { "\(text) \(kind) \(value) \(currency ?? "-")" }
}

/// Extracts figures from `text` and compares them with `expected`, field by field, in order.
func check(
    _ text: String, _ language: Language, date: String? = nil, dollar: String = "USD", _ expected: [Expected],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let document = Document(id: "t", text: text, date: date.flatMap { CalendarDate(iso: $0) }, language: language)
    let got = extractFigures(from: document, options: ExtractionOptions(dollar: dollar))
    #expect(got.count == expected.count, "\(text)\n got: \(got.map(\.text)) expected: \(expected.map(\.text))",
            sourceLocation: sourceLocation)
    for (g, e) in zip(got, expected) {
        #expect(g.text == e.text, "text in \(text)", sourceLocation: sourceLocation)
        #expect(g.kind == e.kind, "kind of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.value.description == e.value, "value of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.high?.description == e.high, "high of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.currency == e.currency, "currency of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.approximation == e.approx, "qualifier of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.change == e.change, "change of \(e.text)", sourceLocation: sourceLocation)
        #expect(g.period?.written == e.year, "year of \(e.text)", sourceLocation: sourceLocation)
    }
}

/// Money, percent and points expectations, briefly.
func money(_ text: String, _ value: String, _ currency: String, _ approx: Figure.Approximation = .exact,
           change: Figure.Change? = nil, year: String? = nil, high: String? = nil) -> Expected {
    Expected(text: text, kind: .money, value: value, high: high, currency: currency, approx: approx, change: change, year: year)
}

func percent(_ text: String, _ value: String, _ approx: Figure.Approximation = .exact,
             change: Figure.Change? = nil, year: String? = nil, high: String? = nil) -> Expected {
    Expected(text: text, kind: .percent, value: value, high: high, approx: approx, change: change, year: year)
}

func points(_ text: String, _ value: String, _ approx: Figure.Approximation = .exact,
            change: Figure.Change? = nil) -> Expected {
    Expected(text: text, kind: .points, value: value, approx: approx, change: change)
}
