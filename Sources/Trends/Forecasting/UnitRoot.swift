import Foundation

/// How many differences make a series stationary, by the KPSS test of level stationarity (Kwiatkowski, Phillips,
/// Schmidt & Shin 1992) at 5 %, as R's `forecast::ndiffs` and statsforecast's `ndiffs` apply it.
enum UnitRoot {
    /// The 5 % critical value of the KPSS level statistic.
    static let criticalValue = 0.463

    /// The number of differences (0...`maximum`): difference while the test rejects, stopping at a constant series.
    static func differences(_ y: [Double], maximum: Int) -> Int {
        var x = y, d = 0
        guard !isConstant(x) else { return 0 }
        while d < maximum, let s = kpss(x), s > criticalValue {
            d += 1
            x = zip(x.dropFirst(), x).map { $0 - $1 }
            if isConstant(x) { break }
        }
        return d
    }

    /// The KPSS level statistic ΣSₜ²/(n²s²), S the partial sums of the demeaned series and s² its long-run variance
    /// with Bartlett weights over ⌊3√n/13⌋ lags; `nil` for fewer than 3 values or a zero variance.
    static func kpss(_ x: [Double]) -> Double? {
        let n = x.count
        guard n >= 3 else { return nil }
        let mean = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - mean }
        var partial = 0.0, eta = 0.0
        for v in e { partial += v; eta += partial * partial }
        let lags = Int(3 * Double(n).squareRoot() / 13)
        var s2 = e.reduce(0) { $0 + $1 * $1 }
        for l in stride(from: 1, through: lags, by: 1) {
            var c = 0.0
            for t in l..<n { c += e[t] * e[t - l] }
            s2 += 2 * (1 - Double(l) / Double(lags + 1)) * c
        }
        s2 /= Double(n)
        guard s2 > 0, s2.isFinite else { return nil }
        return eta / (Double(n) * Double(n) * s2)
    }

    /// Whether every value equals the first.
    static func isConstant(_ x: [Double]) -> Bool { x.allSatisfy { $0 == x.first } }
}
