import Foundation
import Testing
import Figures
import Money

/// The five seed articles against the 14 hand-made gold figures of `datasets/articles/` (issue 2).
///
/// Texts and dates come from `datasets/articles/seeds.jsonl`, checked equal to the plain texts of
/// `datasets/articles/text/`; the gold from `datasets/articles/seeds.gold.jsonl`. `swift test --filter SeedGoldTests`.
@Suite("Seed articles against the gold figures")
struct SeedGoldTests {
    struct Article: Decodable {
        var id: String
        var date: String?
        var lang: String
        var text: String
    }

    struct Gold: Decodable {
        var id: String
        var start: Int
        var end: Int
        var surface: String
        var kind: String
        var value: Double
        var currency: String?
        var approx: String
        var rangeWith: NullableJSON?
        var sign: String?
        var year: Int?
    }

    /// What the seeds PROVENANCE.md lists as not figures, on purpose.
    static let nonFigures = [
        "un million de drones", "18 Alliés", "20 pays", "F-16", "Steadfast Defender 24", "trois, cinq ou sept ans",
        "16:1212/02/2026", "des milliards supplémentaires",
    ]

    static func articles() throws -> [Article] {
        try Fixtures.jsonLines(Article.self, from: Fixtures.package("datasets/articles/seeds.jsonl"))
    }

    static func gold() throws -> [Gold] {
        try Fixtures.jsonLines(Gold.self, from: Fixtures.package("datasets/articles/seeds.gold.jsonl"))
    }

    static func figures(of article: Article) -> [Figure] {
        let document = Document(
            id: article.id, text: article.text, date: article.date.flatMap { CalendarDate(iso: $0) },
            language: Language(rawValue: article.lang))
        return extractFigures(from: document)
    }

    @Test("The JSON Lines articles are the plain texts, unchanged, and the gold offsets fall on their surfaces")
    func shippedCopiesMatch() throws {
        let articles = try Self.articles()
        #expect(articles.map(\.id) == (try Fixtures.packageFiles(in: "datasets/articles/text", extension: "txt")))
        for article in articles {
            #expect(article.text == (try Fixtures.text(Fixtures.package("datasets/articles/text/\(article.id)"))), "\(article.id)")
            #expect(article.date.flatMap { CalendarDate(iso: $0) } != nil, "\(article.id) has a date")
        }
        let gold = try Self.gold()
        #expect(gold.count == 14)
        for g in gold {
            let text = articles.first { $0.id == g.id }?.text
            #expect(text?.codePoints(g.start..<g.end) == g.surface, "gold offsets of \(g.id) \"\(g.surface)\"")
        }
    }

    /// For each gold figure, one message per field that does not come out as annotated.
    static func goldProblems() throws -> [(gold: Gold, problems: [String])] {
        let articles = try articles()
        return try gold().map { g in
            let figures = articles.first { $0.id == g.id }.map(figures(of:)) ?? []
            return (g, problems(g, against: figures))
        }
    }

    static func problems(_ g: Gold, against figures: [Figure]) -> [String] {
        let overlapping = figures.filter { $0.start < g.end && g.start < $0.end }
        guard let f = overlapping.first(where: { $0.start == g.start }) ?? overlapping.first else {
            return ["missed"]
        }
        var problems: [String] = []
        func field(_ name: String, _ want: String?, _ got: String?) {
            if want != got { problems.append("\(name): expected \(want ?? "none"), got \(got ?? "none")") }
        }
        field("start", String(g.start), String(f.start))
        field("end", String(g.end), String(f.end))
        field("text", g.surface, f.text)
        field("value", ExactDecimal(json: g.value)?.description, f.value.description)
        field("kind", g.kind == "percentage_point" ? "points" : g.kind, f.kind.rawValue)
        field("currency", g.currency, f.currency)
        field("approx", g.approx == "none" ? "exact" : g.approx, f.approximation.rawValue)
        field("change", g.sign, f.change?.rawValue)
        field("year", g.year.map(String.init), f.period?.description)
        if g.rangeWith?.isNull ?? true {
            field("high", nil, f.high?.description)
        } else {
            problems.append("range_with: the gold has a range this test does not read yet")
        }
        if overlapping.count > 1 { problems.append("\(overlapping.count) figures overlap it") }
        return problems
    }

    @Test("Report: each gold figure's status, and the figures that are not gold")
    func report() throws {
        let results = try Self.goldProblems()
        #expect(results.count == 14)
        var out = "\nSeeds: gold figures (\(results.filter(\.problems.isEmpty).count)/\(results.count) right)\n"
        for (g, problems) in results {
            out += "  \(g.id.prefix(3)) \(g.start)..<\(g.end) \"\(g.surface)\": "
            out += problems.isEmpty ? "ok\n" : problems.joined(separator: "; ") + "\n"
        }
        let gold = try Self.gold()
        var extracted = 0
        var extras: [String] = []
        for article in try Self.articles() {
            let figures = Self.figures(of: article)
            extracted += figures.count
            for f in figures where !gold.contains(where: { $0.id == article.id && $0.start < f.end && f.start < $0.end }) {
                extras.append("  \(article.id.prefix(3)) \(f.start)..<\(f.end) \(f.kind.rawValue) \(f.value) \(f.currency ?? "") \"\(f.text)\"")
            }
        }
        out += "Seeds: \(extracted) figures extracted, \(extras.count) not gold"
        if extracted > 0 {
            out += String(format: " (precision %.1f %%)", 100 * Double(extracted - extras.count) / Double(extracted))
        }
        print(out + "\n" + extras.joined(separator: "\n"))
    }

    @Test("Every gold figure comes out with its span, value, kind, currency, qualifier, change and year")
    func goldFigures() throws {
        for (g, problems) in try Self.goldProblems() {
            for problem in problems { Issue.record("\(g.id.prefix(3)) \"\(g.surface)\" at \(g.start)..<\(g.end): \(problem)") }
        }
    }

    @Test("None of the non-figures of the seeds PROVENANCE.md comes out")
    func nonFigures() throws {
        let readme = try Fixtures.text(Fixtures.package("datasets/articles/PROVENANCE.md"))
        let articles = try Self.articles()
        for phrase in Self.nonFigures {
            #expect(readme.contains("\"\(phrase)\""), "PROVENANCE.md lists \"\(phrase)\"")
            var occurrences = 0
            for article in articles {
                let spans = article.text.codePointRanges(of: phrase)
                occurrences += spans.count
                guard !spans.isEmpty else { continue }
                for f in Self.figures(of: article) {
                    for span in spans where f.start < span.upperBound && span.lowerBound < f.end {
                        Issue.record("\(article.id.prefix(3)) \"\(phrase)\" came out as \(f.kind.rawValue) \"\(f.text)\"")
                    }
                }
            }
            #expect(occurrences > 0, "\"\(phrase)\" is in a seed article")
        }
    }
}
