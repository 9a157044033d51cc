/// The rule that keeps spreadsheets from evaluating text cells.
///
/// Excel, LibreOffice and Google Sheets treat a cell that begins with `=`, `+`, `-` or `@`
/// as a formula, and some also after a leading tab or carriage return. A text such as
/// `+20 %` or `=HYPERLINK(…)` is therefore written with an apostrophe in front (`'+20 %`),
/// which every spreadsheet shows as text. A cell that is a lone `-` (the document id of standard
/// input) is no formula and stays as it is. Numbers are written by the number methods of
/// ``CSVWriter`` and are never prefixed.
public enum SpreadsheetSafety {
    /// The apostrophe put in front of a neutralized cell.
    public static let prefix: UInt8 = 0x27

    /// Whether a text cell that begins with `byte` must be neutralized.
    ///
    /// - Parameter byte: The first UTF-8 byte of the cell.
    /// - Returns: `true` for `=`, `+`, `-`, `@`, tab and carriage return.
    @inlinable
    public static func triggers(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Whether a text cell must be written with a leading `'`: it begins with a trigger and is not
    /// a lone `-`.
    ///
    /// - Parameter utf8: The cell's text, as UTF-8.
    public static func needsPrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, triggers(first) else { return false }
        return !(utf8.count == 1 && first == 0x2D)
    }

    /// The text as a spreadsheet must receive it: with a leading `'` when it would be evaluated.
    ///
    /// - Parameter text: A text cell.
    /// - Returns: `text`, or `'` followed by `text`.
    public static func neutralized(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { needsPrefix($0) } ? "'" + text : text
    }
}
