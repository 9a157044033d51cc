import Foundation

extension Chart {
    /// The colours of lines and bands (colour-blind-safe: blue, orange, green, purple).
    static let palette = ["#1f5fa8", "#d9731a", "#2a8c4a", "#7a4fa0"]

    /// The chart as SVG text: a grid of panels of 440 × 300 units each, at most 3 per row.
    ///
    /// - Returns: A complete SVG document (UTF-8, deterministic for the same chart).
    public func svg() -> String {
        let columns = min(3, max(1, panels.count))
        let rows = (panels.count + columns - 1) / max(columns, 1)
        let panelWidth = 440.0, panelHeight = 300.0, top = yLabel.isEmpty ? 44.0 : 62.0
        let width = Double(columns) * panelWidth, height = top + Double(max(rows, 1)) * panelHeight + 8
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(width))" height="\(fmt(height))" \
        viewBox="0 0 \(fmt(width)) \(fmt(height))" font-family="Helvetica, Arial, sans-serif">
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="\(fmt(width / 2))" y="28" text-anchor="middle" font-size="18" font-weight="bold" fill="#222">\(escape(title))</text>

        """
        if !yLabel.isEmpty {
            out += "<text x=\"\(fmt(width / 2))\" y=\"48\" text-anchor=\"middle\" font-size=\"12\" fill=\"#555\">y: \(escape(yLabel))</text>\n"
        }
        for (i, panel) in panels.enumerated() {
            let x0 = Double(i % columns) * panelWidth, y0 = top + Double(i / columns) * panelHeight
            out += panelSVG(panel, x: x0, y: y0, width: panelWidth, height: panelHeight)
        }
        out += "</svg>\n"
        return out
    }

    /// One panel: frame, grid, ticks, bands, lines, points, threshold, legend.
    private func panelSVG(_ panel: ChartPanel, x: Double, y: Double, width: Double, height: Double) -> String {
        let left = x + 62, right = x + width - 14, plotTop = y + 30, bottom = y + height - 78
        var xs = panel.points.map(\.x), ys = panel.points.map(\.y)
        for line in panel.lines { xs += line.points.map(\.x); ys += line.points.map(\.y) }
        for band in panel.bands { xs += band.points.map(\.x); ys += band.points.flatMap { [$0.low, $0.high] } }
        if let t = panel.threshold { ys.append(t) }
        xs = xs.filter(\.isFinite)
        ys = ys.filter(\.isFinite)
        guard let xMin = xs.min(), let xMax = xs.max(), let yMinRaw = ys.min(), let yMaxRaw = ys.max() else { return "" }
        let xTicks = Chart.ticks(xMin, xMax, target: 6, integer: true).filter { $0 >= xMin - 1e-9 && $0 <= xMax + 1e-9 }
        let yTicks = Chart.ticks(yMinRaw, yMaxRaw, target: 5, integer: false)
        let xPad = max((xMax - xMin) * 0.02, 0.5)
        let xLo = xMin - xPad, xHi = xMax + xPad
        let yLo = min(yMinRaw, yTicks.first ?? yMinRaw), yHi = max(yMaxRaw, yTicks.last ?? yMaxRaw)
        let xSpan = xHi > xLo ? xHi - xLo : 1, ySpan = yHi > yLo ? yHi - yLo : 1
        func px(_ v: Double) -> Double { left + (v - xLo) / xSpan * (right - left) }
        func py(_ v: Double) -> Double { bottom - (v - yLo) / ySpan * (bottom - plotTop) }

        var s = "<g>\n"
        s += "<text x=\"\(fmt(x + width / 2))\" y=\"\(fmt(y + 18))\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">\(escape(panel.title))</text>\n"
        // Grid and ticks.
        let yDecimals = Chart.decimals(yTicks)
        for t in yTicks {
            s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(py(t)))\" x2=\"\(fmt(right))\" y2=\"\(fmt(py(t)))\" stroke=\"#e4e4e4\" stroke-width=\"1\"/>\n"
            s += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(py(t) + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"#444\">\(Chart.label(t, decimals: yDecimals))</text>\n"
        }
        for t in xTicks {
            s += "<line x1=\"\(fmt(px(t)))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(px(t)))\" y2=\"\(fmt(bottom + 4))\" stroke=\"#444\" stroke-width=\"1\"/>\n"
            s += "<text x=\"\(fmt(px(t)))\" y=\"\(fmt(bottom + 17))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(Int(t))</text>\n"
        }
        s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(bottom))\" stroke=\"#444\" stroke-width=\"1\"/>\n"
        s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(plotTop))\" x2=\"\(fmt(left))\" y2=\"\(fmt(bottom))\" stroke=\"#444\" stroke-width=\"1\"/>\n"
        s += "<text x=\"\(fmt((left + right) / 2))\" y=\"\(fmt(bottom + 32))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">year</text>\n"
        // Bands, then lines, then points on top.
        for band in panel.bands where !band.points.isEmpty {
            let upper = band.points.map { "\(fmt(px($0.x))),\(fmt(py($0.high)))" }
            let lower = band.points.reversed().map { "\(fmt(px($0.x))),\(fmt(py($0.low)))" }
            s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(Chart.colour(band.colour))\" fill-opacity=\"\(fmt(band.opacity))\" stroke=\"none\"/>\n"
        }
        if let t = panel.threshold {
            s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(py(t)))\" x2=\"\(fmt(right))\" y2=\"\(fmt(py(t)))\" stroke=\"#b22222\" stroke-width=\"1.2\" stroke-dasharray=\"2 3\"/>\n"
        }
        for line in panel.lines where line.points.count >= 2 {
            let path = line.points.map { "\(fmt(px($0.x))),\(fmt(py($0.y)))" }.joined(separator: " ")
            let dash = line.dashed ? " stroke-dasharray=\"6 4\"" : ""
            s += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(Chart.colour(line.colour))\" stroke-width=\"2\"\(dash)/>\n"
        }
        for p in panel.points {
            s += "<circle cx=\"\(fmt(px(p.x)))\" cy=\"\(fmt(py(p.y)))\" r=\"3.2\" fill=\"#222\"/>\n"
        }
        // Legend below the axis, in two columns.
        var entries: [(String, String)] = [("<circle cx=\"6\" cy=\"0\" r=\"3.2\" fill=\"#222\"/>", "observed")]
        for line in panel.lines where line.points.count >= 2 {
            let dash = line.dashed ? " stroke-dasharray=\"6 4\"" : ""
            entries.append(("<line x1=\"0\" y1=\"0\" x2=\"14\" y2=\"0\" stroke=\"\(Chart.colour(line.colour))\" stroke-width=\"2\"\(dash)/>", line.label))
        }
        for band in panel.bands where !band.points.isEmpty {
            entries.append(("<rect x=\"0\" y=\"-5\" width=\"14\" height=\"10\" fill=\"\(Chart.colour(band.colour))\" fill-opacity=\"\(fmt(band.opacity))\"/>", band.label))
        }
        if let t = panel.threshold {
            entries.append(("<line x1=\"0\" y1=\"0\" x2=\"14\" y2=\"0\" stroke=\"#b22222\" stroke-width=\"1.2\" stroke-dasharray=\"2 3\"/>", "threshold \(Chart.label(t, decimals: Chart.decimals([t])))"))
        }
        let columnWidth = (right - left) / 2
        for (k, entry) in entries.enumerated() {
            let ex = left + Double(k % 2) * columnWidth, ey = bottom + 48 + Double(k / 2) * 15
            s += "<g transform=\"translate(\(fmt(ex)) \(fmt(ey)))\">\(entry.0)<text x=\"20\" y=\"4\" font-size=\"11\" fill=\"#333\">\(escape(entry.1))</text></g>\n"
        }
        s += "</g>\n"
        return s
    }

    /// Round tick values covering [lo, hi]: steps of 1, 2 or 5 × 10ᵏ.
    static func ticks(_ lo: Double, _ hi: Double, target: Int, integer: Bool) -> [Double] {
        var lo = lo, hi = hi
        if hi <= lo { lo -= max(abs(lo) * 0.1, 1); hi += max(abs(hi) * 0.1, 1) }
        let raw = (hi - lo) / Double(max(target, 1))
        let magnitude = pow(10, floor(log10(raw)))
        var step = magnitude
        for m in [1.0, 2, 5, 10] where m * magnitude >= raw { step = m * magnitude; break }
        if integer { step = max(1, step.rounded()) }
        let first = floor(lo / step) * step, last = ceil(hi / step) * step
        var out: [Double] = []
        var v = first
        while v <= last + step * 1e-9 && out.count < 50 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }

    /// How many decimals the tick labels need.
    static func decimals(_ ticks: [Double]) -> Int {
        guard ticks.count >= 2 else {
            return ticks.first.map { $0 == $0.rounded() ? 0 : 2 } ?? 0
        }
        let step = abs(ticks[1] - ticks[0])
        return step >= 1 ? 0 : min(6, Int(ceil(-log10(step))))
    }

    /// A tick label without exponent, with thin grouping for large numbers.
    static func label(_ v: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", v)
        guard decimals == 0, abs(v) >= 10_000 else { return text }
        var digits = Array(text.hasPrefix("-") ? text.dropFirst() : Substring(text))
        var grouped: [Character] = []
        while digits.count > 3 { grouped = [" "] + digits.suffix(3) + grouped; digits.removeLast(3) }
        return (v < 0 ? "-" : "") + String(digits + grouped)
    }

    static func colour(_ i: Int) -> String { palette[((i % palette.count) + palette.count) % palette.count] }
}

/// A coordinate with at most two decimals, deterministic.
func fmt(_ v: Double) -> String {
    let r = (v * 100).rounded() / 100
    return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
}

/// XML text escaping.
func escape(_ s: String) -> String {
    var out = ""
    for c in s {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.append(c)
        }
    }
    return out
}
