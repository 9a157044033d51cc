import Testing
import Figures
import Money

/// The data-driven harness judged on made-up extractor output, so that its verdicts can be trusted
/// before the extractor exists.
@Suite("Evaluation harness")
struct EvaluationHarnessTests {
    /// A case of a corpus file, by its input (and Duckling locale).
    func pick(_ cases: [EvaluationCase], _ input: String, locale: String? = nil) throws -> EvaluationCase {
        try #require(cases.first { c in c.input == input && (locale.map { c.name.hasPrefix($0 + ":") } ?? true) })
    }

    /// A figure at the first occurrence of `text` in the case's input.
    func figure(
        _ c: EvaluationCase, _ text: String, _ kind: Figure.Kind, _ value: String, high: String? = nil,
        currency: String? = nil, approx: Figure.Approximation = .exact
    ) throws -> Figure {
        let span = try #require(c.input.codePointRanges(of: text).first)
        return Figure(
            start: span.lowerBound, end: span.upperBound, text: text, kind: kind, value: try #require(ExactDecimal(value)),
            high: high.flatMap { ExactDecimal($0) }, currency: currency, approximation: approx)
    }

    func reasons(_ c: EvaluationCase, _ figures: [Figure]) -> [FailureReason] {
        evaluate(c) { _, _ in figures }.problems.map(\.reason)
    }

    @Test func recognizersTextMoney() throws {
        let fr = try RecognizersTextCorpus.cases(file: "rt_fr_currency.jsonl")
        let c = try pick(fr, fr[0].input)
        #expect(reasons(c, [try figure(c, "75 millions de dollar", .money, "75000000", currency: "USD")]) == [])
        #expect(reasons(c, [try figure(c, "75 millions de dollar", .money, "75000000", currency: "EUR")]) == [.wrongCurrency])
        #expect(reasons(c, [try figure(c, "75 millions", .money, "75000000", currency: "USD")]) == [.span])
        #expect(reasons(c, [try figure(c, "75 millions de dollar", .money, "75000", currency: "USD")]) == [.wrongValue])
        #expect(reasons(c, [try figure(c, "75 millions de dollar", .percent, "75000000")]) == [.wrongKind, .wrongCurrency])
        #expect(reasons(c, [try figure(c, "1989", .money, "1989", currency: "USD")]) == [.missed, .extraFigure])
        #expect(reasons(c, [try figure(c, "1989", .percent, "1989")]) == [.missed])
        let cents = try pick(fr, "Le contrat de décembre est monté de 1,20 cents")
        #expect(reasons(cents, [try figure(cents, "1,20 cents", .money, "0.012", currency: "USD")]) == [])
        #expect(cents.group == .counted)
    }

    @Test func recognizersTextPercentAndGroups() throws {
        let en = try RecognizersTextCorpus.cases(file: "rt_en_percent.jsonl")
        let c = try pick(en, "10 percent")
        #expect(reasons(c, [try figure(c, "10 percent", .percent, "10")]) == [])
        #expect(reasons(c, [try figure(c, "10 percent", .percent, "10"), try figure(c, "10", .money, "10", currency: "USD")]) == [])
        #expect(reasons(c, [try figure(c, "10", .percent, "10"), try figure(c, "percent", .points, "10")]) == [.wrongKind, .span, .extraFigure])
        #expect(try pick(en, "percent of 10").group == .apart(RecognizersTextCorpus.percentOfNumber))
        let small = try pick(en, "Only a small percent attain the top ranks")
        #expect(small.expected.isEmpty && small.group == .counted && small.notes.count == 1)
        let fr = try RecognizersTextCorpus.cases(file: "rt_fr_percent.jsonl")
        #expect(try pick(fr, "100 pour cent").group == .apart(RecognizersTextCorpus.notSupportedAnywhere))
        #expect(try pick(fr, "4,800%").expected.first?.value == ExactDecimal("4.8"))
    }

    @Test func ducklingMoney() throws {
        let fr = try DucklingCorpus.cases(file: "duckling_fr_money.jsonl")
        let more = try pick(fr, "plus de 10 euros")
        #expect(reasons(more, [try figure(more, "10 euros", .money, "10", currency: "EUR", approx: .moreThan)]) == [])
        #expect(reasons(more, [try figure(more, "10 euros", .money, "10", currency: "EUR")]) == [.wrongQualifier])
        let range = try pick(fr, "entre 10 et 20 euro")
        #expect(reasons(range, [try figure(range, "10 et 20 euro", .money, "10", high: "20", currency: "EUR")]) == [])
        #expect(reasons(range, [try figure(range, "20 euro", .money, "20", currency: "EUR")]) == [.wrongValue, .wrongRange])
        let dollar = try pick(fr, "dix dollars")
        #expect(reasons(dollar, [try figure(dollar, "dix dollars", .money, "10", currency: "USD")]) == [])
        let en = try DucklingCorpus.cases(file: "duckling_en_money.jsonl")
        let cent = try pick(en, "10 cent")
        #expect(reasons(cent, [try figure(cent, "10 cent", .money, "0.1", currency: "USD")]) == [])
        let grand = try pick(en, "10 grand", locale: "EN_AU")
        #expect(grand.dollar == "AUD")
        #expect(reasons(grand, [try figure(grand, "10 grand", .money, "10000", currency: "AUD")]) == [])
        #expect(reasons(grand, [try figure(grand, "10 grand", .money, "10000", currency: "USD")]) == [.wrongCurrency])
        let bucks = try pick(en, "42 bucks")
        #expect(reasons(bucks, [try figure(bucks, "42 bucks", .money, "42", currency: "XXX")]) == [])
        #expect(reasons(bucks, [try figure(bucks, "42 bucks", .money, "42")]) == [.wrongCurrency])
        let lakh = try pick(en, "7-9 lakh rupees")
        #expect(reasons(lakh, [try figure(lakh, "7-9 lakh rupees", .money, "700000", high: "900000", currency: "INR")]) == [])
        let negative = try pick(en, "exactly dollars")
        #expect(reasons(negative, []) == [])
        #expect(reasons(negative, [try figure(negative, "dollars", .money, "1", currency: "USD")]) == [.extraFigure])
        #expect(try pick(en, "a quarter", locale: "EN_US").group == .apart(DucklingCorpus.coins))
        #expect(try pick(en, "about 5").group == .apart(DucklingCorpus.latent))
    }

    @Test func seedGoldComparison() throws {
        for g in try SeedGoldTests.gold() {
            let kind = try #require(Figure.Kind(rawValue: g.kind == "percentage_point" ? "points" : g.kind))
            let approx = try #require(Figure.Approximation(rawValue: g.approx == "none" ? "exact" : g.approx))
            var right = Figure(
                start: g.start, end: g.end, text: g.surface, kind: kind, value: try #require(ExactDecimal(json: g.value)),
                currency: g.currency, approximation: approx, change: g.sign.flatMap(Figure.Change.init(rawValue:)),
                period: g.year.map(Period.init))
            #expect(SeedGoldTests.problems(g, against: [right]) == [], "\(g.surface)")
            right.currency = "XXX"
            right.period = Period(from: 2020, to: 2021)
            #expect(SeedGoldTests.problems(g, against: [right]).count == 2, "\(g.surface)")
            #expect(SeedGoldTests.problems(g, against: []) == ["missed"])
        }
    }
}
