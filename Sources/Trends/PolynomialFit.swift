import Foundation
import LinearAlgebra

/// A polynomial trend of degree k (2 by default) by least squares.
///
/// The fit runs in the scaled, centred variable v = (x − x̄)/H with H = max|x − x̄|, through a Householder QR of
/// the Vandermonde matrix (LAPACK), then expands to the centred basis (d₀ + d₁u + … with u = x − x̄) and to calendar
/// years (c₀ + c₁x + …). Fitting raw years directly (numpy.polyfit) loses about 7 digits at x ≈ 2000.
public struct PolynomialFit: Sendable {
    /// The degree k.
    public let degree: Int
    /// The number of points.
    public let n: Int
    /// The first and last observed years.
    public let firstYear: Int, lastYear: Int
    /// The centre x̄ (mean year).
    public let center: Double
    /// The scale H = max|x − x̄|.
    public let scale: Double
    /// The coefficients in the scaled variable v = u/H.
    let scaledCoefficients: [Double]
    /// The QR factorization of the scaled Vandermonde matrix, for leverages.
    let qr: QRFactorization
    /// (VᵀV)⁻¹ in the scaled basis.
    let unscaledCovariance: Matrix
    /// The residual sum of squares.
    public let sse: Double
    /// The total sum of squares Σ(y − ȳ)².
    public let sst: Double

    /// Fits a polynomial of `degree` to `series`.
    ///
    /// - Parameters:
    ///   - series: At least `degree + 1` points.
    ///   - degree: The degree k ≥ 1 (2 by default).
    /// - Throws: `TrendError.tooFewPoints`, `.invalidParameter` for k < 1, `.numerical` if the QR fails.
    public init(_ series: Series, degree: Int = 2) throws(TrendError) {
        guard degree >= 1, degree <= 10 else { throw .invalidParameter(name: "degree", detail: "\(degree) is not in 1...10") }
        let model = "poly\(degree)"
        let n = series.count
        guard n >= degree + 1 else { throw .tooFewPoints(series: series.name, model: model, needed: degree + 1, got: n) }
        let center = Double(series.years.reduce(0, +)) / Double(n)
        let scale = series.years.reduce(0.0) { max($0, abs(Double($1) - center)) }
        var v = Matrix(rows: n, columns: degree + 1)
        for i in 0..<n {
            let t = (Double(series.years[i]) - center) / scale
            var power = 1.0
            for j in 0...degree { v[i, j] = power; power *= t }
        }
        let qr: QRFactorization
        let solution: [Double]
        let covariance: Matrix
        do {
            qr = try QRFactorization(v)
            solution = try qr.solve(series.values).solution
            covariance = try qr.unscaledCovariance()
        } catch {
            throw .numerical(series: series.name, model: model, detail: error.description)
        }
        let allEqual = series.values.allSatisfy { $0 == series.values[0] }
        var coefficients = solution
        if allEqual { coefficients = [series.values[0]] + Array(repeating: 0, count: degree) }
        let yMean = series.values.reduce(0, +) / Double(n)
        var sse = 0.0, sst = 0.0
        for i in 0..<n {
            var fitted = 0.0
            for j in stride(from: degree, through: 0, by: -1) { fitted = fitted * v[i, 1] + coefficients[j] }
            let r = series.values[i] - fitted
            sse += r * r
            sst += (series.values[i] - yMean) * (series.values[i] - yMean)
        }
        let noise = Double(n).squareRoot() * 64 * Double.ulpOfOne * series.scale
        self.degree = degree
        self.n = n
        self.firstYear = series.firstYear
        self.lastYear = series.lastYear
        self.center = center
        self.scale = scale
        self.scaledCoefficients = coefficients
        self.qr = qr
        self.unscaledCovariance = covariance
        self.sse = (allEqual || sse <= noise * noise) ? 0 : sse
        self.sst = allEqual ? 0 : sst
    }

    /// Residual degrees of freedom, n − (k + 1).
    public var df: Int { n - degree - 1 }
    /// Coefficients in the centred basis: y = d₀ + d₁u + d₂u² + … with u = year − `center`.
    public var centeredCoefficients: [Double] {
        var h = 1.0
        return scaledCoefficients.map { c in defer { h *= scale }; return c / h }
    }
    /// Coefficients for calendar years: y = c₀ + c₁·year + c₂·year² + … (numpy.polyfit order reversed).
    public var rawCoefficients: [Double] {
        let d = centeredCoefficients
        var c = [Double](repeating: 0, count: degree + 1)
        // (x − x̄)^j = Σ_i C(j, i) x^i (−x̄)^(j−i)
        for j in 0...degree {
            var binomial = 1.0
            for i in 0...j {
                if i > 0 { binomial = binomial * Double(j - i + 1) / Double(i) }
                c[i] += d[j] * binomial * pow(-center, Double(j - i))
            }
        }
        return c
    }
    /// The residual variance SSE/df (`nil` when df = 0).
    public var residualVariance: Double? { df > 0 ? sse / Double(df) : nil }
    /// The residual standard error.
    public var residualStandardError: Double? { residualVariance.map { $0.squareRoot() } }
    /// Standard errors of the centred coefficients dⱼ (`nil` when df = 0).
    public var centeredStandardErrors: [Double]? {
        guard let s = residualStandardError else { return nil }
        var h = 1.0
        return (0...degree).map { j in defer { h *= scale }; return s * unscaledCovariance[j, j].squareRoot() / h }
    }
    /// Standard errors of the calendar-year coefficients cⱼ (from the covariance carried through the expansion).
    public var rawStandardErrors: [Double]? {
        guard let s2 = residualVariance else { return nil }
        // c = T·e with T[i][j] = C(j,i)(−x̄)^(j−i)/H^j; cov(c) = s²·T·C·Tᵀ.
        let k = degree + 1
        var t = Matrix(rows: k, columns: k)
        for j in 0..<k {
            var binomial = 1.0
            for i in 0...j {
                if i > 0 { binomial = binomial * Double(j - i + 1) / Double(i) }
                t[i, j] = binomial * pow(-center, Double(j - i)) / pow(scale, Double(j))
            }
        }
        guard let tc = try? multiply(t, unscaledCovariance), let cov = try? multiply(tc, t, transposeB: .transposed) else {
            return nil
        }
        return (0..<k).map { (s2 * max(cov[$0, $0], 0)).squareRoot() }
    }
    /// R² = 1 − SSE/SST (`nil` for a constant series).
    public var r2: Double? { sst > 0 ? 1 - sse / sst : nil }
    /// Adjusted R² = 1 − (1 − R²)(n − 1)/df.
    public var adjustedR2: Double? {
        guard df > 0, let r2 else { return nil }
        return 1 - (1 - r2) * Double(n - 1) / Double(df)
    }
    /// F = (SSreg/k)/s² (`nil` when infinite or undefined).
    public var f: Double? {
        guard let s2 = residualVariance, s2 > 0, sst > 0 else { return nil }
        return (sst - sse) / Double(degree) / s2
    }

    /// The two-sided t quantile at df = n − k − 1.
    public func tQuantile(level: Double) -> Double? {
        df > 0 ? StudentT.quantile((1 + level) / 2, degreesOfFreedom: Double(df)) : nil
    }

    /// The fitted value at year `x`.
    public func value(at x: Double) -> Double {
        let v = (x - center) / scale
        var y = 0.0
        for j in stride(from: degree, through: 0, by: -1) { y = y * v + scaledCoefficients[j] }
        return y
    }

    /// The prediction at `x` with h = gᵀ(VᵀV)⁻¹g, g = (1, v₀, v₀², …), computed as ‖R⁻ᵀg‖².
    public func prediction(at x: Double, level: Double = 0.95) -> Prediction {
        let fit = value(at: x)
        let v = (x - center) / scale
        var g = [Double](repeating: 1, count: degree + 1)
        for j in 1...degree { g[j] = g[j - 1] * v }
        guard let s = residualStandardError, let t = tQuantile(level: level), let h = try? qr.quadraticForm(g) else {
            return Prediction(x: x, fit: fit, meanStandardError: nil, observationStandardError: nil,
                              meanInterval: nil, predictionInterval: nil)
        }
        let seMean = s * h.squareRoot(), seObs = s * (1 + h).squareRoot()
        return Prediction(x: x, fit: fit, meanStandardError: seMean, observationStandardError: seObs,
                          meanInterval: Interval(center: fit, halfWidth: t * seMean),
                          predictionInterval: Interval(center: fit, halfWidth: t * seObs))
    }

    /// The first year after the last observed year at which the curve reaches `threshold`, found by scanning whole
    /// years up to `horizon` for a sign change and refining by bisection; `nil` if it does not within the horizon.
    public func crossing(threshold: Double, horizon: Int) -> ThresholdCrossing? {
        var previous = value(at: Double(lastYear)) - threshold
        guard horizon > lastYear else { return nil }
        for year in (lastYear + 1)...horizon {
            let current = value(at: Double(year)) - threshold
            if previous == 0 || (previous < 0) != (current < 0) {
                var lo = Double(year - 1), hi = Double(year)
                let rising = current > previous
                for _ in 0..<200 {
                    let mid = (lo + hi) / 2
                    if mid == lo || mid == hi { break }
                    if (value(at: mid) - threshold < 0) == rising { lo = mid } else { hi = mid }
                }
                return ThresholdCrossing(threshold: threshold, year: (lo + hi) / 2, direction: rising ? .up : .down,
                                         lastObservedYear: lastYear)
            }
            previous = current
        }
        return nil
    }
}
