import Money
import Tabular

extension Figure {
    /// The figures CSV's columns, exactly in this order (add new ones at the end only).
    public static let columns = [
        "doc", "start", "end", "text", "kind", "value", "high", "currency", "approx", "change", "year", "date",
        "sentence", "year_resolved", "currency_basis",
    ]

    /// Writes this figure's ``columns`` (found in `document`) into the writer's current record, which stays open
    /// for more fields: CSV or a workbook sheet alike.
    @inlinable
    public func writeColumns(of document: Document, into w: inout some RecordWriter) {
        w.writeText(document.id)
        w.writeInteger(start)
        w.writeInteger(end)
        w.writeText(text)
        w.writeText(kind.rawValue)
        w.writeDecimal(significand: value.significand, exponent: value.exponent)
        if let high { w.writeDecimal(significand: high.significand, exponent: high.exponent) } else { w.writeEmpty() }
        w.writeText(currency ?? "")
        w.writeText(approximation.rawValue)
        w.writeText(change?.rawValue ?? "")
        w.writeText(period?.written ?? "")
        w.writeText(document.dateText ?? "")
        w.writeText(sentence)
        w.writeText(resolvedPeriod?.written ?? "")
        w.writeText(currencyBasis?.rawValue ?? "")
    }
}
