import Tabular
import Validation

/// Writes checks as the checks CSV: one row per check, header first.
enum ChecksCSV {
    /// The columns, exactly in this order (add new ones at the end only).
    static let columns = [
        "check", "verdict", "key", "doc", "start", "text", "value", "other_doc", "other_start", "other_text",
        "other_value", "compared", "expected", "unit", "deviation_pct", "tolerance_pct", "basis", "explanation",
    ]

    /// The CSV text of the checks.
    static func bytes(_ checks: [Check], dialect: CSVDialect) -> [UInt8] {
        var out: [UInt8] = []
        write(checks, dialect: dialect) { out.append(contentsOf: $0) }
        return out
    }

    /// Writes the CSV text of the checks, handing it to `sink` a megabyte at a time.
    static func write(_ checks: [Check], dialect: CSVDialect, to sink: ([UInt8]) throws -> Void) rethrows {
        var w = CSVWriter(dialect: dialect, capacity: 1 << 20)
        w.writeRecord(columns)
        for c in checks {
            row(c, into: &w)
            if w.bytes.count >= 1 << 20 { try w.flush(sink) }
        }
        try w.flush(sink)
    }

    /// One check's row, then the record's end; for CSV and workbook sheets alike.
    static func row(_ c: Check, into w: inout some RecordWriter) {
        w.writeText(c.kind.rawValue)
        w.writeText(c.verdict.rawValue)
        w.writeText(c.key)
        w.writeText(c.figure.source)
        integer(c.figure.start, &w)
        w.writeText(c.figure.text)
        number(c.figure.value, &w)
        w.writeText(c.other?.source ?? "")
        integer(c.other?.start, &w)
        w.writeText(c.other?.text ?? "")
        number(c.other?.value, &w)
        let places = Self.places(unit: c.unit)
        double(c.compared, places: places, &w)
        double(c.expected, places: places, &w)
        w.writeText(c.unit)
        double(c.deviationPercent, places: 2, &w)
        double(c.tolerancePercent, places: 2, &w)
        w.writeText(c.basis)
        w.writeText(c.explanation)
        w.endRecord()
    }

    /// The fill colours of verdicts in a workbook: green, yellow, red, grey.
    static let verdictColours: [String: UInt32] = [
        Verdict.consistent.rawValue: 0xC6EFCE, Verdict.compatible.rawValue: 0xFFEB9C,
        Verdict.conflict.rawValue: 0xFFC7CE, Verdict.unverifiable.rawValue: 0xEDEDED,
    ]

    /// Decimals for compared and expected values: 7 for rates, 4 for percentages, 2 for amounts.
    static func places(unit: String) -> Int {
        if unit.contains(" per ") { return 7 }
        if unit == "%" || unit == "points" { return 4 }
        return 2
    }

    private static func integer(_ value: Int?, _ w: inout some RecordWriter) {
        if let value { w.writeInteger(value) } else { w.writeEmpty() }
    }

    private static func double(_ value: Double?, places: Int, _ w: inout some RecordWriter) {
        if let value, value.isFinite { w.writeDouble(value, places: places) } else { w.writeEmpty() }
    }

    private static func number(_ value: Check.Number?, _ w: inout some RecordWriter) {
        switch value {
        case .exact(let d)?: w.writeDecimal(significand: d.significand, exponent: d.exponent)
        case .computed(let d)?: double(d, places: abs(d) >= 1000 ? 2 : 6, &w)
        case nil: w.writeEmpty()
        }
    }
}
