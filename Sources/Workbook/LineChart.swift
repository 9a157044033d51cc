import CXlsxWriter

/// A native line chart over years: its data goes to the sheet "chart data", the chart to the sheet
/// "chart", where Excel and LibreOffice can restyle it.
public struct LineChart: Sendable {
    /// How a series is drawn.
    public enum Look: Sendable {
        /// Markers only (observed points).
        case points
        /// A solid line.
        case line
        /// A dashed line (a projection).
        case dashed
        /// A thin line (an interval's edge).
        case thin
        /// A thin dotted line (a threshold).
        case dotted
    }

    /// One series: its name, one value per year (`nil`: a gap), its look and colour (`0xRRGGBB`).
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]
        public var look: Look
        public var colour: UInt32

        /// Creates a series.
        public init(name: String, values: [Double?], look: Look, colour: UInt32) {
            self.name = name
            self.values = values
            self.look = look
            self.colour = colour
        }
    }

    public var title: String
    /// The axis's name for the values (the unit).
    public var valueName: String
    /// The categories, in order.
    public var years: [Int]
    public var series: [Series]
    /// Fills the band between the first and the last series (up-down bars) in this colour.
    public var bandColour: UInt32?

    /// Creates a chart.
    public init(title: String, valueName: String, years: [Int], series: [Series], bandColour: UInt32? = nil) {
        self.title = title
        self.valueName = valueName
        self.years = years
        self.series = series
        self.bandColour = bandColour
    }
}

extension Workbook {
    /// Adds a line chart below the previous ones, its data in the sheet "chart data".
    public func addChart(_ spec: LineChart) throws(WorkbookError) {
        if chartSheets == nil {
            chartSheets = (try addWorksheet("chart"), try addWorksheet("chart data"))
            if let charts = chartSheets?.charts { Self.printWide(charts, repeatHeader: false) }
        }
        guard let (charts, data) = chartSheets, !spec.years.isEmpty else { return }
        let top = chartRows.data
        let bold = format(CellFormat(bold: true, underline: true))
        check(worksheet_write_string(data, top, 0, TableSheet.cellText(spec.title), bold), "chart data")
        for (k, s) in spec.series.enumerated() {
            check(worksheet_write_string(data, top, UInt16(k + 1), TableSheet.cellText(s.name), bold), "chart data")
        }
        let number = format(CellFormat(numberFormat: "General"))
        for (i, year) in spec.years.enumerated() {
            let r = top + 1 + UInt32(i)
            check(worksheet_write_number(data, r, 0, Double(year), format(CellFormat(numberFormat: "0"))), "chart data")
            for (k, s) in spec.series.enumerated() {
                if i < s.values.count, let v = s.values[i], v.isFinite {
                    check(worksheet_write_number(data, r, UInt16(k + 1), v, number), "chart data")
                }
            }
        }
        let first = top + 1
        let last = top + UInt32(spec.years.count)
        chartRows.data = last + 2

        let chart = try addChart(LXW_CHART_LINE)
        chart_title_set_name(chart, TableSheet.cellText(spec.title))
        chart_axis_set_name(chart.pointee.y_axis, spec.valueName)
        chart_axis_set_name(chart.pointee.x_axis, "year")
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
        for (k, s) in spec.series.enumerated() {
            guard let series = chart_add_series(chart, nil, nil) else { continue }
            chart_series_set_categories(series, "chart data", first, 0, last, 0)
            chart_series_set_values(series, "chart data", first, UInt16(k + 1), last, UInt16(k + 1))
            chart_series_set_name(series, TableSheet.cellText(s.name))
            style(series, s)
        }
        if let band = spec.bandColour {
            var upLine = lxw_chart_line(color: 0, none: 1, width: 0, dash_type: 0, transparency: 0)
            var downLine = upLine
            var upFill = lxw_chart_fill(color: band, none: 0, transparency: 50)
            var downFill = upFill
            chart_set_up_down_bars_format(chart, &upLine, &upFill, &downLine, &downFill)
        }
        var options = lxw_chart_options(x_offset: 0, y_offset: 0, x_scale: 1.6, y_scale: 1.5, object_position: 0,
                                        description: nil, decorative: 0)
        check(worksheet_insert_chart_opt(charts, chartRows.charts, 0, chart, &options), "chart")
        chartRows.charts += 24
    }

    private func style(_ series: UnsafeMutablePointer<lxw_chart_series>, _ s: LineChart.Series) {
        var line = lxw_chart_line(color: s.colour, none: 0, width: 2.25, dash_type: 0, transparency: 0)
        switch s.look {
        case .points:
            line.none = 1
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(series, 6)
            var fill = lxw_chart_fill(color: s.colour, none: 0, transparency: 0)
            var edge = lxw_chart_line(color: s.colour, none: 0, width: 1, dash_type: 0, transparency: 0)
            chart_series_set_marker_fill(series, &fill)
            chart_series_set_marker_line(series, &edge)
        case .line:
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        case .dashed:
            line.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        case .thin:
            line.width = 0.75
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        case .dotted:
            line.width = 1.5
            line.dash_type = UInt8(LXW_CHART_LINE_DASH_ROUND_DOT.rawValue)
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        }
        chart_series_set_line(series, &line)
    }
}
