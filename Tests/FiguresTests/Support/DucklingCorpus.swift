import Figures
import Money

/// Duckling's AmountOfMoney examples in `Tests/Fixtures/duckling/` (see its PROVENANCE.md).
///
/// Reading rules:
/// - `value` is a float; an interval has `from`/`to`: a range is Chiffres's value/high, `direction: above` is a
///   lower bound (Chiffres's `more_than` or `at_least`), `under` an upper bound (`less_than`, `at_most`,
///   `up_to`). Duckling does not tell "more than" from "at least", so either is accepted.
/// - Units per ``UnitTable``. A regional corpus decides `$` and "grand" by locale (EN_AU: AUD): its cases are
///   read with that currency as the document hint (`ExtractionOptions.dollar`), as a user passes `--dollar AUD`
///   for Australian news; where the corpus gives `iso`, `iso` is expected. Other locales keep USD.
/// - Duckling has no offsets; its `text` is the whole input. The figure must lie within it (``SpanRule/within``).
/// - A negative example (empty `expected`) passes when no money figure comes out.
enum DucklingCorpus {
    static let folder = "duckling"

    /// The files, as PROVENANCE.md lists them, with their case counts.
    static let files = ["duckling_fr_money.jsonl": 37, "duckling_en_money.jsonl": 338]

    /// The currency each regional corpus gives a bare `$` or "grand".
    static let localeDollar = [
        "EN_AU": "AUD", "EN_CA": "CAD", "EN_NZ": "NZD", "EN_JM": "JMD", "EN_TT": "TTD", "EN_US": "USD", "EN_GB": "GBP",
    ]

    static let latent = SetAside(
        name: "latent",
        reason: "Duckling reports these bare numbers (\"5\", \"about 5\") only when asked for latent matches; "
            + "for Chiffres a number with no money around it is not money")
    static let coins = SetAside(
        name: "coin-names",
        reason: "US coin names (\"a quarter\", \"four quarters\", \"ten dimes\", \"nickel\"): in news text a quarter is "
            + "three months or a fraction and nickel a metal; the issue asks for no coin names")

    /// Corpus expectations corrected here, each with its reason.
    static let errata: [String: (from: Double, reason: String)] = [
        "7-9 lakh rupees": (700_000, "Duckling gives from = 7: it does not carry \"lakh\" to the first end, which the "
            + "issue asks for (unit, scale and currency carried over from the second end to the first)")
    ]

    struct Row: Decodable {
        var locale: String
        var lang: String
        var latent: Bool
        var input: String
        var expected: [Entity]
    }

    struct Entity: Decodable {
        var text: String
        var type: String
        var value: Double?
        var from: Double?
        var to: Double?
        var unit: String
        var iso: String?
        var direction: String?
    }

    /// Every case of one file.
    static func cases(file: String) throws -> [EvaluationCase] {
        let rows = try Fixtures.jsonLines(Row.self, from: Fixtures.fixture("\(folder)/\(file)"))
        var seen: [String: Int] = [:]
        return try rows.map { row in
            seen[row.locale, default: 0] += 1
            return try evaluationCase(row, file: file, name: "\(row.locale):\(seen[row.locale] ?? 0)")
        }
    }

    /// Unit names of a file that ``UnitTable`` does not read.
    static func unmappedUnits(file: String) throws -> [String] {
        try Fixtures.jsonLines(Row.self, from: Fixtures.fixture("\(folder)/\(file)"))
            .flatMap(\.expected)
            .compactMap { UnitTable.duckling(unit: $0.unit, iso: $0.iso, dollar: "USD") == nil ? $0.unit : nil }
    }

    static func evaluationCase(_ row: Row, file: String, name: String) throws -> EvaluationCase {
        guard let language = Language(rawValue: row.lang) else { throw CorpusError.badField("lang", row.lang) }
        let dollar = localeDollar[row.locale] ?? "USD"
        var result = EvaluationCase(
            file: file, name: name, input: row.input, language: language, dollar: dollar,
            judgedKinds: [.money], expected: [])
        for entity in row.expected {
            result.expected.append(try expectation(entity, dollar: dollar, input: row.input, notes: &result.notes))
        }
        if row.latent {
            result.group = .apart(latent)
        } else if !row.expected.isEmpty, mentionsCoins(row.input) {
            result.group = .apart(coins)
        }
        return result
    }

    static func mentionsCoins(_ input: String) -> Bool {
        let words = input.lowercased().split { !$0.isLetter }
        return words.contains { ["quarter", "quarters", "dime", "dimes", "nickel", "nickels"].contains($0) }
    }

    static func expectation(
        _ entity: Entity, dollar: String, input: String, notes: inout [String]
    ) throws -> ExpectedFigure {
        guard let reading = UnitTable.duckling(unit: entity.unit, iso: entity.iso, dollar: dollar) else {
            throw CorpusError.badField("unit", entity.unit)
        }
        func exact(_ number: Double?) throws -> ExactDecimal? {
            guard let number else { return nil }
            guard let decimal = ExactDecimal(json: number) else { throw CorpusError.badField("value", "\(number)") }
            return decimal.scaled(byPowerOfTen: reading.power)
        }
        var from = entity.from
        if let fix = errata[input] {
            notes.append("corrected: from \(from.map { "\($0)" } ?? "null") → \(fix.from): \(fix.reason)")
            from = fix.from
        }
        var value: ExactDecimal?
        var high: ExactDecimal?
        var approximations: Set<Figure.Approximation>?
        switch (entity.type, entity.direction) {
        case ("value", _):
            value = try exact(entity.value)
        case ("interval", "above"):
            value = try exact(from)
            approximations = [.moreThan, .atLeast]
        case ("interval", "under"):
            value = try exact(entity.to)
            approximations = [.lessThan, .atMost, .upTo]
        case ("interval", _):
            value = try exact(from)
            high = try exact(entity.to)
        default:
            throw CorpusError.badField("type", entity.type)
        }
        guard let value else { throw CorpusError.badField("value", entity.text) }
        guard let span = input.codePointRanges(of: entity.text).first else { throw CorpusError.badField("text", entity.text) }
        return ExpectedFigure(
            text: entity.text, span: span, spanRule: .within, kind: .money, value: value, high: high,
            approximations: approximations, currency: reading.currencies.map(CurrencyRule.oneOf) ?? .any)
    }
}
