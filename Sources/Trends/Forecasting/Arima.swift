import Foundation

/// A small automatic ARIMA(p,d,q) for annual series, after Hyndman & Khandakar (2008) as R's `auto.arima` and
/// statsforecast's AutoARIMA do it, without seasonal terms:
///
/// - d ∈ {0, 1, 2}: the series is differenced while a KPSS test rejects level stationarity at 5 % (`UnitRoot`);
/// - p, q ≤ 2, with a constant when d ≤ 1 (the mean for d = 0, the drift for d = 1), searched stepwise for the
///   smallest AICc = −2 log L + 2k + 2k(k + 1)/(n − k − 1) kept, k = p + q + [constant] + 1;
/// - each order fitted by exact Gaussian maximum likelihood on the differenced series (`ArmaLikelihood`), φ kept
///   stationary and θ invertible by writing both as partial autocorrelations tanh(x) (R's `transform.pars`),
///   x ∈ [−3, 3], searched with μ by the guarded Nelder–Mead.
public struct Arima: Sendable, Equatable {
    /// The order and coefficients: φ₁…φₚ, θ₁…θ_q, and the constant μ of the differenced series (0 without).
    public let order: ArimaOrder
    /// The innovation variance (maximum likelihood).
    public let sigma2: Double
    /// The criterion the order was chosen on.
    public let aicc: Double
    /// The series.
    let values: [Double]
    /// The filter's state predicted for the year after the last.
    let state: [Double]

    /// Chooses d, then the order with the smallest AICc, and fits it to `y` (at least 6 values).
    public init(_ y: [Double]) throws(TrendError) {
        guard y.count >= Arima.minimumCount else {
            throw .tooFewPoints(series: "", model: "arima", needed: Arima.minimumCount, got: y.count)
        }
        let d = UnitRoot.differences(y, maximum: 2)
        let w = Arima.differenced(y, d)
        // The stepwise search of Hyndman & Khandakar: four starting orders, then moves of p and q by one (within 0...2)
        // and the constant switched, while one lowers the AICc.
        var fits: [ArimaCandidate: Arima?] = [:]
        func fitted(_ c: ArimaCandidate) -> Arima? {
            if let known = fits[c] { return known }
            let f = Arima.fit(y, w: w, p: c.p, d: d, q: c.q, constant: c.constant)
            fits[c] = f
            return f
        }
        let constant = d <= 1
        var starts = [ArimaCandidate(p: 2, q: 2, constant: constant), ArimaCandidate(p: 0, q: 0, constant: constant),
                      ArimaCandidate(p: 1, q: 0, constant: constant), ArimaCandidate(p: 0, q: 1, constant: constant)]
        if constant { starts.append(ArimaCandidate(p: 0, q: 0, constant: false)) }
        var best: (candidate: ArimaCandidate, fit: Arima)?
        for c in starts { if let f = fitted(c), f.aicc < best?.fit.aicc ?? .infinity { best = (c, f) } }
        var moved = true
        while moved, let current = best {
            moved = false
            for c in current.candidate.neighbours(constantAllowed: constant) where fits[c] == nil {
                if let f = fitted(c), f.aicc < current.fit.aicc { best = (c, f); moved = true; break }
            }
        }
        // A constant differenced series has no finite likelihood: it is then forecast as it is (ARIMA(0,d,0)).
        self = best?.fit ?? Arima(y, order: ArimaOrder(d: d, ar: [], ma: [], constant: d <= 1 ? w.first : nil))
    }

    /// The fewest observations: 6 (the differenced series keeps at least 4 values).
    public static let minimumCount = 6

    /// The model with a fixed order and coefficients, run over `y` (state and σ² recomputed).
    public init(_ y: [Double], order: ArimaOrder) {
        let w = Arima.differenced(y, order.d)
        let model = ArmaLikelihood(ar: order.ar, ma: order.ma)
        let k = order.ar.count + order.ma.count + (order.constant == nil ? 0 : 1) + 1
        self.order = order
        values = y
        if let run = model.filter(w, mean: order.constant ?? 0) {
            let n = Double(w.count), K = Double(k)
            sigma2 = run.sigma2
            state = run.state
            aicc = n - K - 1 > 0
                ? run.deviance + n * (1 + Foundation.log(2 * Double.pi)) + 2 * K + 2 * K * (K + 1) / (n - K - 1) : .infinity
        } else {
            sigma2 = 0
            state = [Double](repeating: 0, count: model.r)
            aicc = .infinity
        }
    }

    /// The fitted model of one order; `nil` when w is too short for its AICc or the likelihood has no finite value.
    static func fit(_ y: [Double], w: [Double], p: Int, d: Int, q: Int, constant: Bool) -> Arima? {
        let k = p + q + (constant ? 1 : 0) + 1
        guard w.count - k - 1 > 0 else { return nil }
        let mean = w.reduce(0, +) / Double(w.count)
        let spread = w.reduce(0) { Swift.max($0, abs($1 - mean)) }
        func order(_ x: [Double]) -> ArimaOrder {
            ArimaOrder(d: d, ar: Arima.partialToCoefficients(Array(x[0..<p])),
                       ma: Arima.partialToCoefficients(Array(x[p..<(p + q)])).map { -$0 },
                       constant: constant ? x[p + q] : nil)
        }
        guard p + q > 0 else { return Arima(y, order: order(constant ? [mean] : [])).finite }
        let n = p + q + (constant ? 1 : 0)
        var lower = [Double](repeating: -3, count: p + q), upper = [Double](repeating: 3, count: p + q)
        var start = [Double](repeating: 0, count: p + q), steps = [Double](repeating: 0.5, count: p + q)
        if constant {
            lower.append(mean - 10 * spread); upper.append(mean + 10 * spread)
            start.append(mean); steps.append(0.5 * spread)
        }
        let search = NelderMead(lower: lower, upper: upper, maxEvaluations: 60 * n, tolerance: 1e-6, pointTolerance: 1e-3)
        let found = search.minimize({ x in
            let o = order(x)
            return ArmaLikelihood(ar: o.ar, ma: o.ma).filter(w, mean: o.constant ?? 0)?.deviance ?? .infinity
        }, start: start, steps: steps)
        return Arima(y, order: order(found.point)).finite
    }

    /// The model when its criterion is finite.
    var finite: Arima? { aicc.isFinite ? self : nil }

    /// Partial autocorrelations tanh(x) to the coefficients of a stationary AR polynomial (Durbin–Levinson).
    static func partialToCoefficients(_ x: [Double]) -> [Double] {
        var phi = x.map { Foundation.tanh($0) }
        for j in phi.indices.dropFirst() {
            let a = phi[j]
            let previous = phi
            for k in 0..<j { phi[k] = previous[k] - a * previous[j - k - 1] }
        }
        return phi
    }

    /// `y` differenced `d` times.
    static func differenced(_ y: [Double], _ d: Int) -> [Double] {
        var w = y
        for _ in 0..<d where w.count > 1 { w = zip(w.dropFirst(), w).map { $0 - $1 } }
        return w
    }

    /// The forecasts of steps 1...h (future errors 0, the differences summed back) and their standard errors
    /// σ√(ψ₀² + … + ψ²ₖ₋₁), ψ the MA(∞) weights of φ(B)(1 − B)ᵈyₜ = θ(B)eₜ.
    public func forecast(steps h: Int) -> MethodForecast {
        let point = points(steps: h)
        let phi = Arima.integratedAR(order.ar, d: order.d)
        var psi: [Double] = [1], sum = 0.0, se: [Double] = []
        for k in 0..<h {
            if k > 0 {
                var v = k <= order.ma.count ? order.ma[k - 1] : 0
                for i in 0..<Swift.min(k, phi.count) { v += phi[i] * psi[k - i - 1] }
                psi.append(v)
            }
            sum += psi[k] * psi[k]
            se.append((sigma2 * sum).squareRoot())
        }
        return MethodForecast(point: point, standardError: se, parameters: Arima.describe(order))
    }

    /// The order as the method column writes it: "order=(1,1,0) drift=2.5".
    static func describe(_ order: ArimaOrder) -> String {
        var text = "order=(\(order.ar.count),\(order.d),\(order.ma.count))"
        if let c = order.constant { text += " " + parameterText(order.d == 0 ? "mean" : "drift", c) }
        return text
    }

    /// The coefficients of φ(B)(1 − B)ᵈ written as yₜ = Σφ*ᵢyₜ₋ᵢ + ….
    static func integratedAR(_ ar: [Double], d: Int) -> [Double] {
        var poly = [1.0] + ar.map { -$0 }          // 1 − φ₁B − …
        for _ in 0..<d {
            var next = [Double](repeating: 0, count: poly.count + 1)
            for (i, c) in poly.enumerated() { next[i] += c; next[i + 1] -= c }
            poly = next
        }
        return poly.dropFirst().map { -$0 }
    }

    /// The point forecasts of steps 1...h alone: the ARMA forecasts of the differences plus μ, summed back d times.
    func points(steps h: Int) -> [Double] {
        let mu = order.constant ?? 0
        var path = ArmaLikelihood(ar: order.ar, ma: order.ma).forecast(from: state, steps: h).map { $0 + mu }
        for level in stride(from: order.d - 1, through: 0, by: -1) {
            var last = Arima.differenced(values, level).last ?? 0
            for k in path.indices { last += path[k]; path[k] = last }
        }
        return path
    }
}

/// An order the stepwise search fits.
struct ArimaCandidate: Hashable {
    var p: Int, q: Int, constant: Bool

    /// The orders one move away, in the order R's `auto.arima` tries them (p and q within 0...2).
    func neighbours(constantAllowed: Bool) -> [ArimaCandidate] {
        let moves = [(-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (-1, 1), (1, -1)]
        var out = moves.map { ArimaCandidate(p: p + $0.0, q: q + $0.1, constant: constant) }
            .filter { (0...2).contains($0.p) && (0...2).contains($0.q) }
        if constantAllowed { out.append(ArimaCandidate(p: p, q: q, constant: !constant)) }
        return out
    }
}

/// The order and coefficients of an ARIMA model.
public struct ArimaOrder: Sendable, Equatable, Hashable {
    /// The number of differences.
    public var d: Int
    /// φ₁…φₚ and θ₁…θ_q.
    public var ar: [Double], ma: [Double]
    /// The constant of the differenced series (the mean when d = 0, the drift when d = 1); `nil` without.
    public var constant: Double?
}
