import Testing
@testable import Trends

/// The calibration's reruns written in place (`FittedMethod.rerun(prepared:count:into:)`, the combination's buffer of
/// paths) give bit for bit the forecasts of the array path they replace.
@Suite struct RerunInPlaceTests {
    static let series: [[Double]] = [
        FittedForecasterTests.y,
        [5, 3, 8, 2, 9, 4, 7, 1, 6, 10, 3, 8],
        [0.4, -1.2, 2.5, 0.1, -0.3, 1.7, 2.2, -0.8],  // values ≤ 0: multiplicative methods cannot rerun
        [0, 0, 0, 0, 0, 0, 0],
        [1e6, 1.3e6, 1.1e6, 1.8e6, 2.4e6, 2.2e6, 3.1e6, 3.0e6, 3.9e6, 4.6e6],
    ]

    @Test(arguments: ForecastMethod.Kind.allCases)
    func methodRerunInPlaceIsTheArrayRerun(kind: ForecastMethod.Kind) throws {
        for y in Self.series {
            for method in [ForecastMethod(kind), ForecastMethod(kind, multiplicative: true)] {
                guard let fitted = try? method.fitted(y, steps: 3) else { continue }
                let prepared = fitted.prepared(y)
                for count in 1...y.count {
                    for h in 0...4 {
                        let expected = prepared.flatMap { fitted.rerun(prepared: $0, count: count, steps: h) }
                        var out = [Double](repeating: .nan, count: h)
                        let ran = prepared.map { p in out.withUnsafeMutableBufferPointer { fitted.rerun(prepared: p, count: count, into: $0) } } ?? false
                        #expect(ran == (expected != nil), "\(method.name) n=\(count) h=\(h)")
                        if let expected, ran {
                            #expect(out.map(\.bitPattern) == expected.map(\.bitPattern), "\(method.name) n=\(count) h=\(h)")
                        }
                    }
                }
            }
        }
    }

    /// The combination's rerun: each member's array path, combined step by step by the rule.
    @Test(arguments: Combination.Rule.allCases)
    func combinationRerunIsTheMembersCombined(rule: Combination.Rule) throws {
        let combination = Combination([ForecastMethod(.drift), ForecastMethod(.damped), ForecastMethod(.theta, multiplicative: true),
                                       ForecastMethod(.naive)], rule: rule)
        for y in Self.series {
            let fitted = try combination.fitted(y, steps: 4)
            let prepared = fitted.members.map { $0.prepared(y) }
            for count in 1...y.count {
                for h in [1, 4] {  // fewer steps than members too
                    var paths: [[Double]] = [], weights: [Double] = []
                    for (i, m) in fitted.members.enumerated() {
                        guard let p = prepared[i], let path = m.rerun(prepared: p, count: count, steps: h) else { continue }
                        paths.append(path)
                        weights.append(fitted.weights?[i] ?? 1)
                    }
                    let total = weights.reduce(0, +)
                    let expected: [Double]? = paths.isEmpty ? nil : paths.count == 1 ? paths[0] : (0..<h).map { k in
                        Combination([], rule: rule).combine(paths.map { $0[k] }, weights: total > 0 ? weights.map { $0 / total } : nil)
                    }
                    let rerun = fitted.rerun(prepared, fitted.members.map(\.rerunner), count: count, steps: h)
                    #expect(rerun?.map(\.bitPattern) == expected?.map(\.bitPattern), "\(rule) n=\(count) h=\(h)")
                }
            }
        }
    }

    /// The Theta search's SSE from the line's values (or the theta line) computed once is bit for bit the SSE of
    /// `Theta.smoothed`, whose every call computes them.
    @Test func thetaSearchObjectiveIsTheSmoothedSSE() {
        var state: UInt64 = 3
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<300 {
            let y = (0..<(3 + Int(unit() * 40))).map { _ in unit() * 2 - 0.5 }
            let line = Theta.line(y)
            let lineValues = (0..<y.count).map { line.a + line.b * Double($0 + 1) }
            let theta = 1 + unit() * 9, alpha = 1e-4 + unit() * 0.9998
            let expected = Theta.smoothed(y, line: line, theta: theta, alpha: alpha).sse
            let fromLine = y.withUnsafeBufferPointer { y in
                lineValues.withUnsafeBufferPointer { Theta.sse(y, lineValues: $0, theta: theta, alpha: alpha) }
            }
            #expect(fromLine.bitPattern == expected.bitPattern)
            let thetaLine = (0..<y.count).map { theta * y[$0] + (1 - theta) * lineValues[$0] }
            let fromThetaLine = thetaLine.withUnsafeBufferPointer { Theta.sse(thetaLine: $0, theta: theta, alpha: alpha) }
            #expect(fromThetaLine.bitPattern == expected.bitPattern)
        }
    }
}
