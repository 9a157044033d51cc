import Foundation
import Figures
import Money

/// The Recognizers-Text specification cases of `Tests/Fixtures/recognizers-text/` (see its PROVENANCE.md).
///
/// Reading rules:
/// - `value` is RT's string ("75000000", "10%", French "1,2" with a decimal comma); `end` is inclusive.
/// - A case is RT-supported unless RT marks it unsupported on every platform it ships
///   (dotnet, java, javascript, python, in `notSupported` or `notSupportedByDesign`): such cases are run and
///   reported apart. The column "py" repeats the count on the narrower subset the Python release claims,
///   which is where PROVENANCE.md's anchor scores (0.953, 0.969) were measured.
/// - An expected entity without a value (a bare "dollar" or "percent") is not a figure in Chiffres: it is
///   dropped from the case's expectations, and the case is judged on what remains.
/// - Currency files judge money figures, percent files percent and points figures; other kinds are ignored.
enum RecognizersTextCorpus {
    static let folder = "recognizers-text"
    static let platforms = ["dotnet", "java", "javascript", "python"]

    /// The files, as PROVENANCE.md lists them, with their case counts.
    static let files = [
        "rt_fr_currency.jsonl": 114, "rt_fr_percent.jsonl": 35, "rt_en_currency.jsonl": 180, "rt_en_percent.jsonl": 20,
    ]

    static let notSupportedAnywhere = SetAside(
        name: "rt-unsupported",
        reason: "Recognizers-Text marks it unsupported on every platform; the floor is on the cases RT supports")
    static let percentOfNumber = SetAside(
        name: "percent-of-N",
        reason: "RT reads \"percent of 10\" / \"pourcentage de vingt\" as 10 % / 20 %: a convention of its grammar; "
            + "in news text the phrase names a share of N, not the figure N %")
    static let exponent = SetAside(
        name: "exponent",
        reason: "RT computes \"1,1^23 pourcent\" as 8.95 %; no news text writes a percentage as a power")

    struct Row: Decodable {
        var caseIndex: Int
        var lang: String
        var kind: String
        var input: String
        var expected: [Entity]
        var notSupported: String?
        var notSupportedByDesign: String?
    }

    struct Entity: Decodable {
        var text: String
        var value: String?
        var unit: String?
        var iso: String?
        var start: Int?
        var end: Int?
    }

    /// Every case of one file.
    static func cases(file: String) throws -> [EvaluationCase] {
        try Fixtures.jsonLines(Row.self, from: Fixtures.fixture("\(folder)/\(file)")).map { try evaluationCase($0, file: file) }
    }

    /// Unit names of a file that ``UnitTable`` does not read.
    static func unmappedUnits(file: String) throws -> [String] {
        try Fixtures.jsonLines(Row.self, from: Fixtures.fixture("\(folder)/\(file)"))
            .flatMap(\.expected)
            .compactMap { entity in
                guard let unit = entity.unit else { return nil }
                return UnitTable.recognizersText(unit: unit, iso: entity.iso) == nil ? unit : nil
            }
    }

    static func evaluationCase(_ row: Row, file: String) throws -> EvaluationCase {
        guard let language = Language(rawValue: row.lang) else { throw CorpusError.badField("lang", row.lang) }
        let isMoney = row.kind == "currency"
        var result = EvaluationCase(
            file: file, name: "#\(row.caseIndex)", input: row.input, language: language,
            judgedKinds: isMoney ? [.money] : [.percent, .points], expected: [])
        for entity in row.expected {
            guard let raw = entity.value, raw != "null" else {
                result.notes.append("\"\(entity.text)\" has no value in RT: a unit word, not a figure; not expected")
                continue
            }
            result.expected.append(try expectation(entity, raw: raw, isMoney: isMoney, input: row.input))
        }
        let unsupported = [row.notSupported, row.notSupportedByDesign].compactMap { $0 }.joined(separator: ",")
        let listed = Set(unsupported.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        result.inAnchorSubset = !listed.contains("python")
        if let aside = setAside(row) {
            result.group = .apart(aside)
        } else if Set(platforms).isSubset(of: listed) {
            result.group = .apart(notSupportedAnywhere)
        }
        return result
    }

    static func setAside(_ row: Row) -> SetAside? {
        for entity in row.expected where entity.value != nil && entity.value != "null" {
            let text = entity.text.lowercased()
            if text.contains("^") { return exponent }
            if row.kind == "percent", text.hasPrefix("per") || text.hasPrefix("pour") { return percentOfNumber }
        }
        return nil
    }

    static func expectation(_ entity: Entity, raw: String, isMoney: Bool, input: String) throws -> ExpectedFigure {
        let plain = raw.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ",", with: ".")
        guard var value = ExactDecimal(plain) else { throw CorpusError.badField("value", raw) }
        var currency = CurrencyRule.notMoney
        if isMoney {
            guard let unit = entity.unit, let reading = UnitTable.recognizersText(unit: unit, iso: entity.iso) else {
                throw CorpusError.badField("unit", entity.unit ?? "null")
            }
            value = value.scaled(byPowerOfTen: reading.power)
            currency = reading.currencies.map(CurrencyRule.oneOf) ?? .any
        }
        let span: Range<Int>
        if let start = entity.start, let end = entity.end {
            span = start..<(end + 1)
        } else if let found = input.codePointRanges(of: entity.text, caseInsensitive: true).first {
            span = found
        } else {
            throw CorpusError.badField("text", entity.text)
        }
        return ExpectedFigure(
            text: entity.text, span: span, spanRule: .exact, kind: isMoney ? .money : .percent,
            value: value, high: nil, approximations: nil, currency: currency)
    }
}

/// A corpus line the harness cannot read.
enum CorpusError: Error, CustomStringConvertible {
    case badField(String, String)

    var description: String {
        switch self {
        case .badField(let field, let value): return "cannot read field \(field): \(value)"
        }
    }
}
