/// A chart of one or more series with their fits and projections, drawn as a self-contained SVG (no dependency).
///
/// One panel per series, laid out in a grid. Each panel draws its observed points, any number of lines (fits,
/// projections), shaded interval bands, an optional threshold, labelled axes with round ticks, and a legend.
public struct Chart: Sendable {
    /// The chart's title, drawn on top.
    public var title: String
    /// The panels, drawn left to right, top to bottom.
    public var panels: [ChartPanel]
    /// The label of the y axis (for example "USD million" or "% of GDP").
    public var yLabel: String

    /// Creates a chart.
    public init(title: String, yLabel: String = "", panels: [ChartPanel]) {
        self.title = title
        self.yLabel = yLabel
        self.panels = panels
    }
}

/// One series' panel.
public struct ChartPanel: Sendable {
    /// The panel's title (the series name).
    public var title: String
    /// The observed points.
    public var points: [(x: Double, y: Double)]
    /// Lines: fits and projections.
    public var lines: [ChartLine]
    /// Shaded bands: intervals.
    public var bands: [ChartBand]
    /// A horizontal threshold line, if any.
    public var threshold: Double?

    /// Creates a panel.
    public init(title: String, points: [(x: Double, y: Double)], lines: [ChartLine] = [], bands: [ChartBand] = [],
                threshold: Double? = nil) {
        self.title = title
        self.points = points
        self.lines = lines
        self.bands = bands
        self.threshold = threshold
    }
}

/// A polyline in a panel.
public struct ChartLine: Sendable {
    /// The legend label.
    public var label: String
    /// The vertices, in x order.
    public var points: [(x: Double, y: Double)]
    /// Whether the line is dashed (projections).
    public var dashed: Bool
    /// The colour index into the chart palette.
    public var colour: Int

    /// Creates a line.
    public init(label: String, points: [(x: Double, y: Double)], dashed: Bool = false, colour: Int = 0) {
        self.label = label
        self.points = points
        self.dashed = dashed
        self.colour = colour
    }
}

/// A shaded band between a lower and an upper curve.
public struct ChartBand: Sendable {
    /// The legend label.
    public var label: String
    /// (x, low, high) triples in x order.
    public var points: [(x: Double, low: Double, high: Double)]
    /// The fill opacity (0...1).
    public var opacity: Double
    /// The colour index into the chart palette.
    public var colour: Int

    /// Creates a band.
    public init(label: String, points: [(x: Double, low: Double, high: Double)], opacity: Double = 0.18, colour: Int = 0) {
        self.label = label
        self.points = points
        self.opacity = opacity
        self.colour = colour
    }
}
