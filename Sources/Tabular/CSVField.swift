/// One CSV field with the type that decides how it is written.
public enum CSVField: Hashable, Sendable {
    /// Text: quoted as needed and neutralized when a spreadsheet would evaluate it.
    case text(String)
    /// A plain decimal literal (`485000000000`, `-1.5`) written as a number in the dialect's
    /// decimal separator; text that is not such a literal is written as ``text(_:)``.
    case decimal(String)
    /// An integer.
    case integer(Int)
    /// A double, written without exponent, with `places` fixed decimals or, when `nil`, the
    /// shortest digits that read back to the same double.
    case double(Double, places: Int?)
    /// Nothing.
    case empty
}
