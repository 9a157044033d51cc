import Foundation
import Testing
@testable import Trends

@Suite struct DistributionTests {
    /// Every t quantile of the reference table (p = 0.95, 0.975, 0.995; df = 1...60) to 1e-12 relative.
    @Test func studentTQuantilesMatchReferenceTable() throws {
        let reference = try ReferenceSuite.load()
        let table = try #require(reference["t_quantiles"] as? [String: [String: Any]])
        var compared = 0
        var worst = 0.0
        for (pText, row) in table {
            let p = try #require(Double(pText))
            for (dfText, value) in row {
                let df = try #require(Double(dfText))
                let expected = try #require(ReferenceValue.double(value))
                let got = try #require(StudentT.quantile(p, degreesOfFreedom: df))
                let rel = abs(got - expected) / expected
                worst = max(worst, rel)
                #expect(rel <= 1e-12, "t(\(p), \(df)) = \(got), reference \(expected)")
                compared += 1
            }
        }
        #expect(compared >= 180)
        print("t quantiles: \(compared) compared, worst relative error \(worst)")
    }

    @Test func normalQuantilesMatchReference() throws {
        let reference = try ReferenceSuite.load()
        let table = try #require(reference["z_quantiles"] as? [String: Any])
        #expect(table.count == 3)
        for (pText, value) in table {
            let p = try #require(Double(pText))
            let expected = try #require(ReferenceValue.double(value))
            let got = try #require(Normal.quantile(p))
            #expect(abs(got - expected) <= 1e-15 * expected, "z(\(p)) = \(got), reference \(expected)")
        }
    }

    /// The quantile inverts the distribution function across a wide range, including large and fractional ν.
    /// (The tail on the side of `p` is compared, relative to itself: a CDF near 1 cannot be more precise than 1e-16.)
    @Test(arguments: [0.5, 1.5, 3, 7, 30, 61, 250, 2_000, 9_000])
    func quantileInvertsCDF(nu: Double) throws {
        for p in [1e-10, 0.001, 0.1, 0.3, 0.6, 0.9, 0.975, 0.999, 0.999999] {
            let t = try #require(StudentT.quantile(p, degreesOfFreedom: nu))
            let tail = p < 0.5 ? StudentT.cdf(t, degreesOfFreedom: nu) : StudentT.upperTail(t, degreesOfFreedom: nu)
            let expected = p < 0.5 ? p : 1 - p
            #expect(abs(tail - expected) <= 1e-12 * expected, "nu \(nu) p \(p): t \(t) tail \(tail)")
        }
    }

    /// From 1e4 degrees of freedom the Cornish–Fisher expansion is used. Values from mpmath (40 digits, root of
    /// the regularized incomplete beta) on both sides of the switch.
    @Test(arguments: [
        (9_999.0, 0.975, 1.9602012636213573003), (10_000.0, 0.975, 1.9602012398906258778),
        (10_000.0, 0.995, 2.5763210466685285853), (30_000.0, 0.975, 1.9600430633839347104),
        (100_000.0, 0.9, 1.2815600314493611406), (100_000.0, 0.995, 2.5758784699083749963),
    ])
    func largeDegreesOfFreedom(nu: Double, p: Double, expected: Double) throws {
        let t = try #require(StudentT.quantile(p, degreesOfFreedom: nu))
        #expect(abs(t - expected) <= 1e-12 * expected, "t(\(p), \(nu)) = \(t)")
    }

    @Test func largeDegreesOfFreedomApproachNormal() throws {
        let t = try #require(StudentT.quantile(0.975, degreesOfFreedom: 1e9))
        let z = try #require(Normal.quantile(0.975))
        #expect(abs(t - z) < 1e-8)
        #expect(StudentT.quantile(1, degreesOfFreedom: 3) == nil)
        #expect(StudentT.quantile(0.9, degreesOfFreedom: 0) == nil)
        let lower = try #require(StudentT.quantile(0.025, degreesOfFreedom: 9))
        let upper = try #require(StudentT.quantile(0.975, degreesOfFreedom: 9))
        #expect(abs(lower + upper) <= 1e-15 * upper)
    }
}
