/// How a column of a table sheet shows its cells, chosen from the column's name so that every
/// command's rows get the same treatment (the CSV contracts name their columns consistently).
public enum ColumnStyle: Equatable, Sendable {
    /// Text as given; numbers with thousands separators.
    case general
    /// Dates: `YYYY-MM-DD` text becomes a date cell shown as `yyyy-mm-dd`; other text stays text.
    case date
    /// Years: `2024` (text or integer) becomes the number 2024 without separator; ranges stay text.
    case year
    /// Offsets and counts: integers without separator.
    case count
    /// Percentages as written (2.5 is shown `2.50 %`, never divided by 100).
    case percent
    /// Long text wrapped at this width (in characters).
    case wrapped(width: Double)

    /// The style of a column from its name: `date`, `…_date`; `year`, `…_year`, `year_resolved`,
    /// `price_base`; `start`, `end`, `…_start`, `pair`, `n`, `df`; `…_pct`; `sentence`,
    /// `explanation`, `error`.
    public static func named(_ name: String) -> ColumnStyle {
        switch name {
        case "date": return .date
        case "year", "year_resolved", "price_base": return .year
        case "start", "end", "pair", "n", "df": return .count
        case "sentence": return .wrapped(width: 70)
        case "explanation", "error": return .wrapped(width: 80)
        default: break
        }
        if name.hasSuffix("_date") { return .date }
        if name.hasSuffix("_year") { return .year }
        if name.hasSuffix("_start") { return .count }
        if name.hasSuffix("_pct") { return .percent }
        return .general
    }
}
