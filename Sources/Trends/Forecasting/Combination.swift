/// Several methods' forecasts combined step by step by their median or mean.
///
/// Combinations are the most robust choice for annual series in the forecasting competitions (Makridakis &
/// Hibon 2000; Petropoulos & Svetunkov 2020): no single method wins everywhere, and the median of a few good ones
/// is rarely far from the best.
public struct Combination: Sendable, Equatable, Hashable {
    /// How the methods' forecasts are combined.
    public enum Rule: String, Sendable, CaseIterable {
        case median, mean
    }

    /// The methods combined.
    public var methods: [ForecastMethod]
    /// The rule.
    public var rule: Rule

    /// A combination.
    public init(_ methods: [ForecastMethod], rule: Rule) {
        self.methods = methods
        self.rule = rule
    }

    /// The members a multiplicative method can be used for only when every value is positive: the others fall back to
    /// their additive form, so the combination is always defined.
    public func members(for y: [Double]) -> [ForecastMethod] {
        let positive = y.allSatisfy { $0 > 0 }
        return methods.map { positive || !$0.multiplicative ? $0 : ForecastMethod($0.kind) }
    }

    /// The combined forecasts of steps 1...h after `y`, with the members' parameters listed.
    public func forecast(_ y: [Double], steps h: Int, series: String = "") throws(TrendError) -> MethodForecast {
        var forecasts: [MethodForecast] = []
        var used: [String] = []
        for m in members(for: y) where y.count >= m.minimumCount {
            forecasts.append(try m.forecast(y, steps: h, series: series))
            used.append(m.name)
        }
        guard !forecasts.isEmpty else {
            throw .tooFewPoints(series: series, model: "combination", needed: 2, got: y.count)
        }
        let point = (0..<h).map { k in combine(forecasts.map { $0.point[k] }) }
        return MethodForecast(point: point, standardError: nil, parameters: rule.rawValue + "(" + used.joined(separator: ",") + ")")
    }

    /// The median (mean of the middle two for an even count) or the mean.
    func combine(_ values: [Double]) -> Double {
        switch rule {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            let s = values.sorted()
            let m = s.count / 2
            return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
        }
    }
}
