import Foundation
import Testing
@testable import Trends

/// The automatic ARIMA's pieces on series whose answer is known by construction.
@Suite struct ArimaTests {
    /// Partial autocorrelations map to a stationary AR(2): φ₂ = r₂ and φ₁ = r₁(1 − r₂).
    @Test func partialAutocorrelationsGiveStationaryCoefficients() {
        let phi = Arima.partialToCoefficients([0.5, -1.0])
        let r1 = tanh(0.5), r2 = tanh(-1.0)
        #expect(abs(phi[0] - r1 * (1 - r2)) < 1e-15 && abs(phi[1] - r2) < 1e-15)
        #expect(abs(phi[1]) < 1 && phi[0] + phi[1] < 1 && phi[1] - phi[0] < 1)
    }

    /// φ(B)(1 − B)ᵈ: (1 − 0.5B)(1 − B) = 1 − 1.5B + 0.5B², so yₜ = 1.5yₜ₋₁ − 0.5yₜ₋₂ + ….
    @Test func integratedPolynomial() {
        #expect(Arima.integratedAR([0.5], d: 1) == [1.5, -0.5])
        #expect(Arima.integratedAR([], d: 2) == [2, -1])
    }

    /// A straight line is differenced to a constant: d = 1, and the forecast continues the line exactly.
    @Test func lineIsContinued() throws {
        let y = (0..<12).map { 3 + 2 * Double($0) }
        let f = try ForecastMethod(.arima).forecast(y, steps: 3)
        for (k, v) in f.point.enumerated() { #expect(abs(v - (3 + 2 * Double(12 + k))) < 1e-9) }
        // The drift is written in the series' units, not the scaled ones the model is fitted to.
        #expect(f.parameters.hasPrefix("order=(") && f.parameters.hasSuffix(",1,0) drift=2.0"), "\(f.parameters)")
    }

    /// A random walk with drift is found to need one difference, with a drift near the true one; the 95 % model
    /// interval of an ARIMA(0,1,0) grows as σ√h.
    @Test func randomWalkWithDrift() throws {
        var g = CalibrationTests.Gaussian(state: 11)
        var y = [100.0]
        for _ in 0..<59 { y.append(y[y.count - 1] + 1 + g.next()) }
        #expect(UnitRoot.differences(y, maximum: 2) == 1)
        let m = try Arima(y)
        #expect(m.order.d == 1)
        if m.order.ar.isEmpty && m.order.ma.isEmpty {
            let c = try #require(m.order.constant)
            #expect(abs(c - 1) < 0.5)
            let se = m.forecast(steps: 4).standardError ?? []
            #expect(abs(se[3] / se[0] - 2) < 1e-9)
        }
    }

    /// White noise around a level mostly needs no difference (a 5 % test rejects about one series in twenty, a
    /// little more with few lags), and is then forecast near its mean.
    @Test func stationarySeriesAreRarelyDifferenced() throws {
        var g = CalibrationTests.Gaussian(state: 5)
        var kept = 0
        for _ in 0..<100 {
            let y = (0..<40).map { _ in 50 + g.next() }
            guard UnitRoot.differences(y, maximum: 2) == 0 else { continue }
            kept += 1
            let f = try ForecastMethod(.arima).forecast(y, steps: 2)
            #expect(abs(f.point[1] - 50) < 1)
        }
        #expect(kept >= 85, "\(kept) of 100 kept undifferenced")
    }

    @Test func tooShortSeriesThrows() {
        #expect(throws: TrendError.self) { try ForecastMethod(.arima).forecast([1, 2, 3, 4, 5], steps: 1) }
    }
}
