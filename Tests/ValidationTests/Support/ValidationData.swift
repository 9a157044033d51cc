import Figures
import Foundation
import Money
import Tabular
import Validation

/// The data the project ships, read from `datasets/` beside `Tests/`, and small helpers to validate texts.
enum ValidationData {
    /// The repository root, three folders above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Bytes of a file under the repository root, or empty when it cannot be read (tests then fail on it).
    static func bytes(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: root.appendingPathComponent(path)))) ?? []
    }

    /// The shipped ECB rates as check-2 rates, or unavailable when the file cannot be read.
    static let rates: ConversionRates = {
        guard let table = try? ECBRateTable(contentsOf: bytes("datasets/rates/eurofxref-hist.zip")) else {
            return .unavailable("the shipped rates could not be read")
        }
        return .available(CurrencyConverter(table: table), source: "eurofxref-hist.zip")
    }()

    /// The shipped NATO tidy table as reference data, read with Tabular.
    static let nato: ReferenceTable = {
        var table = ReferenceTable()
        guard let csv = try? CSVTable(bytes: bytes("datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv")) else {
            return table
        }
        let rows = csv.rows.compactMap { row -> NATORow? in
            guard let year = row["year"].flatMap({ Int($0) }), let value = try? row.number("value") else { return nil }
            return NATORow(country: row["country"] ?? "", iso3: row["iso3"] ?? "", year: year,
                           measure: row["measure"] ?? "", unit: row["unit"] ?? "", value: value,
                           estimate: row["estimate"] == "true")
        }
        table.addNATO(rows, name: "nato_defence_expenditure_2014_2024_tidy.csv")
        return table
    }()

    /// The seed articles from `datasets/articles/seeds.jsonl`.
    static let seeds: [Document] = {
        let text = String(decoding: bytes("datasets/articles/seeds.jsonl"), as: UTF8.self)
        return text.split(separator: "\n").enumerated().compactMap { n, line in
            try? Document(jsonLine: String(line), fallbackID: "seeds.jsonl:\(n + 1)")
        }
    }()

    /// Validates documents: extracts their figures, adds them, and returns the checks.
    static func validate(
        _ documents: [Document], reference: ReferenceTable = ReferenceTable(), rates: ConversionRates = rates,
        tolerance: Double = 0.05
    ) -> [Check] {
        var validator = Validator(options: ValidationOptions(tolerance: tolerance), reference: reference, rates: rates)
        for d in documents { validator.add(d, figures: extractFigures(from: d)) }
        return validator.checks()
    }

    /// A document from a text, its date and language.
    static func document(_ id: String, _ date: String, _ language: Language, _ text: String) -> Document {
        Document(id: id, text: text, date: CalendarDate(iso: date), language: language)
    }

    /// The claim keys of a text's figures, in order (`nil` where there is none).
    static func keys(_ text: String, _ language: Language, date: String = "2025-03-03") -> [String?] {
        var validator = Validator(rates: .unavailable("no rates in this test"))
        let d = document("t", date, language, text)
        validator.add(d, figures: extractFigures(from: d))
        return validator.claims.map { $0.key?.description }
    }
}

extension Array where Element == Check {
    /// The checks of one kind whose figure (or other side) is the figure written `text` in `document`.
    func of(_ kind: Check.Kind, document: String? = nil, text: String? = nil) -> [Check] {
        filter { c in
            c.kind == kind && (document == nil || c.figure.source == document || c.other?.source == document)
                && (text == nil || c.figure.text == text || c.other?.text == text)
        }
    }
}
