import Workbook

extension Projection {
    /// The projection as a native workbook chart over the years: observed points, the fit, the dashed projection,
    /// the prediction interval's edges with the band between them (up-down bars), and the threshold.
    func workbookChart(levelText: String, unit: String) -> LineChart {
        let years = Array(series.firstYear...(rows.last?.year ?? series.lastYear))
        func column(_ points: [(x: Double, y: Double)]) -> [Double?] {
            var values = [Double?](repeating: nil, count: years.count)
            for p in points {
                let i = Int(p.x.rounded()) - series.firstYear
                if values.indices.contains(i) { values[i] = p.y }
            }
            return values
        }
        let observed = column(zip(series.years, series.values).map { (Double($0), $1) })
        let start = projectionStart ?? fitted.last
        let future = rows.map { (x: Double($0.year), y: $0.fit) }
        var lines: [LineChart.Series] = []
        let low = rows.compactMap { r in r.pred.map { (x: Double(r.year), y: $0.low) } }
        let high = rows.compactMap { r in r.pred.map { (x: Double(r.year), y: $0.high) } }
        let band = !low.isEmpty
        let bandColour: UInt32 = 0x9ECAE9
        if band {
            lines.append(.init(name: "\(levelText) prediction interval, low", values: column((start.map { [$0] } ?? []) + low),
                               look: .thin, colour: 0x6BAED6))
        }
        lines.append(.init(name: "observed", values: observed, look: .points, colour: 0x1F3A5F))
        lines.append(.init(name: "\(modelName) fit", values: column(fitted), look: .line, colour: 0x1F77B4))
        lines.append(.init(name: "projection", values: column((start.map { [$0] } ?? []) + future), look: .dashed,
                           colour: 0xD62728))
        if let threshold {
            lines.append(.init(name: "threshold \(Self.plain(threshold))", values: years.map { _ in threshold }, look: .dotted,
                               colour: 0x555555))
        }
        if band {
            lines.append(.init(name: "\(levelText) prediction interval, high", values: column((start.map { [$0] } ?? []) + high),
                               look: .thin, colour: 0x6BAED6))
        }
        return LineChart(title: "\(series.name): \(modelName) projection to \(years.last ?? series.lastYear)",
                         valueName: unit.isEmpty ? "value" : unit, years: years, series: lines,
                         bandColour: band ? bandColour : nil)
    }

    /// `2` for 2.0, `2.5` for 2.5.
    static func plain(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
