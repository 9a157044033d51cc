import Figures
import Money
import Tabular

/// The conversion columns of one document's figures, ready to write after each figure's own columns.
///
/// A class: each figure's row passes it along, and a reference is one count to keep, not four arrays.
final class DocumentConversions: Sendable {
    let settings: ConversionColumns.Settings
    /// One per figure, in order.
    let rows: [FigureConversion]
    let figures: [Figure]
    /// Why cells are empty, and what to know about the others.
    let warnings: [FigureWarning]

    init(settings: ConversionColumns.Settings, rows: [FigureConversion], figures: [Figure], warnings: [FigureWarning]) {
        self.settings = settings
        self.rows = rows
        self.figures = figures
        self.warnings = warnings
    }

    /// Appends the extra fields of figure `index` to the writer's current record (call before `endRecord()`).
    func write(_ index: Int, into writer: inout some FieldSink) {
        write(index, to: &writer)
    }

    /// The extra fields of figure `index` as typed fields (for other writers, such as JSON Lines).
    func fields(_ index: Int) -> [CSVField] {
        var collector = FieldCollector()
        write(index, to: &collector)
        return collector.fields
    }

    private func write(_ index: Int, to sink: inout some FieldSink) {
        let row = rows.indices.contains(index) ? rows[index] : FigureConversion()
        if settings.target != nil {
            Self.write(row.value, places: row.places, to: &sink)
            Self.write(row.rate?.display, to: &sink)
            sink.writeText(row.rate?.dateText ?? "")
            sink.writeText(row.rate?.sourceText ?? "")
        }
        if let base = settings.constantPrices {
            Self.write(row.real, places: row.places, to: &sink)
            if row.real != nil { sink.writeInteger(base) } else { sink.writeEmpty() }
        }
        if settings.target != nil {
            if let pair = row.pair { sink.writeInteger(pair) } else { sink.writeEmpty() }
            Self.write(row.implied, to: &sink)
            Self.write(row.reference, to: &sink)
            Self.write(row.deviation, places: 2, to: &sink)
        }
    }

    /// `warning: DOC 1529-1560 '500 millions de livres sterling': …`, one line per warning.
    func messages(document: String) -> [String] {
        warnings.map { w in
            let f = figures[w.figure]
            return "warning: \(document) \(f.start)-\(f.end) '\(f.text)': \(w.warning)"
        }
    }

    private static func write(_ value: ExactDecimal?, places: Int? = nil, to writer: inout some FieldSink) {
        guard let value else { return writer.writeEmpty() }
        // Written with exactly `places` decimals (681.50), the rounding the value had.
        if let places, value.exponent > -places {
            let (scaled, overflow) = value.significand.multipliedReportingOverflow(
                by: powersOfTen[min(value.exponent + places, 18)])
            if !overflow { return writer.writeDecimal(significand: scaled, exponent: -places) }
        }
        writer.writeDecimal(significand: value.significand, exponent: value.exponent)
    }

    /// `10^0 … 10^18`.
    private static let powersOfTen: [Int64] = (0...18).map { n in (0..<n).reduce(1) { power, _ in power * 10 } }
}

/// Where conversion cells go: a ``CSVWriter`` or a list of fields.
protocol FieldSink {
    mutating func writeDecimal(significand: Int64, exponent: Int)
    mutating func writeText(_ text: String)
    mutating func writeInteger(_ value: Int)
    mutating func writeEmpty()
}

extension CSVWriter: FieldSink {}

/// Collects cells as typed fields.
struct FieldCollector: FieldSink {
    var fields: [CSVField] = []

    /// `(68150, -2)` is `681.50`: the digits as given, not normalized.
    mutating func writeDecimal(significand: Int64, exponent: Int) {
        var digits = String(significand.magnitude)
        if exponent >= 0 {
            if significand != 0 { digits += String(repeating: "0", count: exponent) }
        } else {
            let shift = -exponent
            if digits.count <= shift { digits = String(repeating: "0", count: shift - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -shift))
        }
        fields.append(.decimal(significand < 0 ? "-" + digits : digits))
    }

    mutating func writeText(_ text: String) { fields.append(text.isEmpty ? .empty : .text(text)) }
    mutating func writeInteger(_ value: Int) { fields.append(.integer(value)) }
    mutating func writeEmpty() { fields.append(.empty) }
}
