import Foundation

/// Special functions behind the Student-t distribution, in double precision.
enum SpecialFunctions {
    /// `ln B(a, b)`. When `b = ½` and `a ≥ 20` (Student t with 40 or more degrees of freedom) the gamma ratio
    /// `ln Γ(a+½) − ln Γ(a)` comes from its asymptotic series, which keeps full precision where subtracting two
    /// large `lgamma` values would lose digits.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        if b == 0.5 && a >= 20 { return 0.5 * log(Double.pi) - logGammaRatioHalf(a) }
        if a == 0.5 && b >= 20 { return 0.5 * log(Double.pi) - logGammaRatioHalf(b) }
        return lgamma(a) + lgamma(b) - lgamma(a + b)
    }

    /// `ln Γ(a+½) − ln Γ(a)` for `a ≥ 20`: `½ ln a − 1/(8a) + 1/(192a³) − 1/(640a⁵) + 17/(14336a⁷) − 31/(18432a⁹)`,
    /// with a truncation error below 2e-17 at `a = 20`.
    static func logGammaRatioHalf(_ a: Double) -> Double {
        let r = 1 / a, r2 = r * r
        let series = r * (-1.0 / 8 + r2 * (1.0 / 192 + r2 * (-1.0 / 640 + r2 * (17.0 / 14336 + r2 * (-31.0 / 18432)))))
        return 0.5 * log(a) + series
    }

    /// The regularized incomplete beta function `I_x(a, b)`, with `y = 1 − x` passed separately so that
    /// callers who know `1 − x` more precisely than `x` keep that precision.
    ///
    /// Continued fraction (modified Lentz), using the symmetry `I_x(a,b) = 1 − I_y(b,a)` on the side where
    /// it converges fast. Relative accuracy about 1e-15 for the `a, b` used by Student's t.
    ///
    /// `logX` and `logY` (`ln x`, `ln y`) may be given when the caller knows them more precisely than `log(x)`:
    /// with `a` in the thousands, an error of one ulp in `x` would otherwise cost `a` ulps in the result.
    static func regularizedIncompleteBeta(
        x: Double, y: Double, a: Double, b: Double, logX: Double? = nil, logY: Double? = nil
    ) -> Double {
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        let logFront = a * (logX ?? log(x)) + b * (logY ?? log(y)) - logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x: x, y: y, a: a, b: b) / a
        } else {
            return 1 - exp(logFront) * continuedFraction(x: y, y: x, a: b, b: a) / b
        }
    }

    /// The continued fraction of `I_x(a, b)` (Numerical Recipes' `betacf`, modified Lentz).
    private static func continuedFraction(x: Double, y: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 3e-16 { break }
        }
        return h
    }
}
