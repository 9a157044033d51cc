import CXlsxWriter

/// The look of a cell: number format, wrapping, bold, fill. One libxlsxwriter format per distinct value.
struct CellFormat: Hashable {
    /// An Excel number format (`#,##0.00`), or `nil` for General.
    var numberFormat: String?
    var bold = false
    var wrap = false
    /// Fill colour, `0xRRGGBB`.
    var fill: UInt32?
    /// A thin line under the cell (the header row).
    var underline = false

    /// Sets this look on a libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if bold { format_set_bold(format) }
        if wrap {
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if underline { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    }

    /// `#,##0`, `#,##0.00` (`places` zeros), with `suffix` quoted after it; `grouping: false` drops the separator.
    static func number(places: Int, grouping: Bool = true, suffix: String = "") -> String {
        var text = grouping ? "#,##0" : "0"
        if places > 0 { text += "." + String(repeating: "0", count: min(places, 20)) }
        if !suffix.isEmpty { text += "\"\(suffix)\"" }
        return text
    }
}
