/// The Theta method (Assimakopoulos & Nikolopoulos 2000) in its general form (Fiorucci et al. 2016): the series'
/// least-squares line Lₜ = A + Bt and the theta line Zₜ = θyₜ + (1 − θ)Lₜ, smoothed by simple exponential
/// smoothing; the forecast is (1 − 1/θ)·L(n+h) + (1/θ)·ℓₙ(Z).
///
/// θ = 2 is the classic method (equivalent to simple smoothing with half the line's slope as drift, Hyndman &
/// Billah 2003); with `optimised`, θ ∈ [1, 10] and α are chosen together to minimize the one-step squared error
/// on y (the optimised Theta method, OTM), which nests simple smoothing (θ = 1).
public struct Theta: Sendable, Equatable {
    /// θ: the weight of the data in the theta line.
    public let theta: Double
    /// The smoothing parameter of the theta line.
    public let alpha: Double
    /// The least-squares line's intercept (at t = 1) and slope.
    public let intercept: Double, slope: Double
    /// The final level of the smoothed theta line.
    public let level: Double
    /// The one-step innovation variance on y: SSE/n.
    public let sigma2: Double
    /// The number of observations.
    public let count: Int

    /// Fits the classic (θ = 2) or the optimised Theta method to `y` (at least 3 values).
    public init(_ y: [Double], optimised: Bool) throws(TrendError) {
        let n = y.count
        guard n >= 3 else { throw .tooFewPoints(series: "", model: optimised ? "otm" : "theta", needed: 3, got: n) }
        let line = Theta.line(y)
        // The line's values (and for the classic method the theta line itself) computed once for every trial of
        // the search, with the same products and sums each trial made.
        let lineValues = (0..<n).map { line.a + line.b * Double($0 + 1) }
        var best: (point: [Double], value: Double) = ([], .infinity)
        if optimised {
            let search = NelderMead(lower: [1, 1e-4], upper: [10, 0.9999], maxEvaluations: 200)
            y.withUnsafeBufferPointer { y in
                lineValues.withUnsafeBufferPointer { lineValues in
                    for s in [[2.0, 0.3], [1.5, 0.8]] {
                        let found = search.minimize({ Theta.sse(y, lineValues: lineValues, theta: $0[0], alpha: $0[1]) }, start: s)
                        if found.value < best.value || best.point.isEmpty { best = found }
                    }
                }
            }
        } else {
            let search = NelderMead(lower: [1e-4], upper: [0.9999], maxEvaluations: 80)
            let theta = 2.0
            let thetaLine = (0..<n).map { theta * y[$0] + (1 - theta) * lineValues[$0] }
            thetaLine.withUnsafeBufferPointer { z in
                for s in [[0.2], [0.8]] {
                    let found = search.minimize({ Theta.sse(thetaLine: z, theta: theta, alpha: $0[0]) }, start: s)
                    if found.value < best.value || best.point.isEmpty { best = found }
                }
            }
            best.point = [theta] + best.point
        }
        self.init(y, theta: best.point[0], alpha: best.point[1])
    }

    /// The method with fixed θ and α run over `y` (at least 2 values): the line and the initial level are fitted.
    init(_ y: [Double], theta: Double, alpha: Double) {
        let line = Theta.line(y)
        let final = Theta.smoothed(y, line: line, theta: theta, alpha: alpha)
        self.theta = theta
        self.alpha = alpha
        intercept = line.a + line.b
        slope = line.b
        level = final.level
        sigma2 = final.sse / Double(y.count)
        count = y.count
    }

    /// The least-squares line A + Bt on t = 1...n.
    static func line(_ y: [Double]) -> (a: Double, b: Double) {
        y.withUnsafeBufferPointer { line($0) }
    }

    /// The same over a buffer.
    static func line(_ y: UnsafeBufferPointer<Double>) -> (a: Double, b: Double) {
        let n = y.count
        let tMean = Double(n + 1) / 2
        var yMean = 0.0
        for v in y { yMean += v / Double(n) }
        var sxy = 0.0, sxx = 0.0
        for (i, v) in y.enumerated() { let d = Double(i + 1) - tMean; sxy += d * (v - yMean); sxx += d * d }
        let b = sxx > 0 ? sxy / sxx : 0
        return (yMean - b * tMean, b)
    }

    /// Simple smoothing of the theta line Zₜ = θyₜ + (1 − θ)Lₜ from its least-squares initial level: the final level
    /// and the SSE on y (yₜ − ŷₜ = (Zₜ − ℓₜ₋₁)/θ, so it is the theta line's over θ²).
    static func smoothed(_ y: [Double], line: (a: Double, b: Double), theta: Double, alpha: Double) -> (level: Double, sse: Double) {
        y.withUnsafeBufferPointer { smoothed($0, line: line, theta: theta, alpha: alpha) }
    }

    /// The same over a buffer.
    static func smoothed(_ y: UnsafeBufferPointer<Double>, line: (a: Double, b: Double), theta: Double,
                         alpha: Double) -> (level: Double, sse: Double) {
        let z = { (t: Int) -> Double in theta * y[t] + (1 - theta) * (line.a + line.b * Double(t + 1)) }
        let profile = SmoothingRecursion.simpleProfile(count: y.count, alpha: alpha, z)
        var level = profile.level0
        for t in 0..<y.count { level += alpha * (z(t) - level) }
        return (level, profile.sse / (theta * theta))
    }

    /// The SSE of `smoothed` alone (what the search minimizes), without the pass that makes the final level, from
    /// the line's values Lₜ already computed.
    static func sse(_ y: UnsafeBufferPointer<Double>, lineValues: UnsafeBufferPointer<Double>, theta: Double, alpha: Double) -> Double {
        let z = { (t: Int) -> Double in theta * y[t] + (1 - theta) * lineValues[t] }
        return SmoothingRecursion.simpleProfile(count: y.count, alpha: alpha, z).sse / (theta * theta)
    }

    /// The same from the theta line Zₜ already computed (θ fixed).
    static func sse(thetaLine z: UnsafeBufferPointer<Double>, theta: Double, alpha: Double) -> Double {
        SmoothingRecursion.simpleProfile(count: z.count, alpha: alpha) { z[$0] }.sse / (theta * theta)
    }

    /// The forecasts of steps 1...h and the standard error of simple smoothing on the theta line, scaled to y.
    public func forecast(steps h: Int) -> MethodForecast {
        let n = Double(count)
        var point: [Double] = [], se: [Double] = []
        point.reserveCapacity(max(h, 1)); se.reserveCapacity(max(h, 1))
        for k in 1...max(h, 1) {
            let lineValue = intercept + slope * (n - 1 + Double(k))
            point.append((1 - 1 / theta) * lineValue + level / theta)
            se.append((sigma2 * (1 + Double(k - 1) * alpha * alpha)).squareRoot())
        }
        return MethodForecast(point: h > 0 ? point : [], standardError: h > 0 ? se : [],
                              parameters: parameterText("theta", theta) + " " + parameterText("alpha", alpha))
    }

    /// The point forecasts of steps 1...h alone.
    func points(steps h: Int) -> [Double] {
        let n = Double(count)
        return (1...Swift.max(h, 1)).prefix(h).map { k in
            (1 - 1 / theta) * (intercept + slope * (n - 1 + Double(k))) + level / theta
        }
    }

    /// The point forecasts of steps 1...out.count after `y` with fixed θ and α, written into `out`: what
    /// `Theta(y, theta:alpha:).points(steps:)` gives, without its arrays (the calibration's reruns).
    static func points(_ y: UnsafeBufferPointer<Double>, theta: Double, alpha: Double, into out: UnsafeMutableBufferPointer<Double>) {
        let line = Theta.line(y)
        let level = Theta.smoothed(y, line: line, theta: theta, alpha: alpha).level
        let intercept = line.a + line.b, slope = line.b
        let n = Double(y.count)
        for k in 0..<out.count {
            out[k] = (1 - 1 / theta) * (intercept + slope * (n - 1 + Double(k + 1))) + level / theta
        }
    }
}
