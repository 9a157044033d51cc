/// Which claims of one key, in two documents, speak of the same value: each is paired only with the
/// nearest value of the other document, both ways.
///
/// A document that gives several values under one key (400 billion of budget credits and 413
/// billion of needs, both "military spending for 2024-2030") speaks of several quantities the key
/// does not tell apart; comparing each with every value of another article would make conflicts of
/// different things. Only mutually nearest values (relative distance) are compared.
struct NearestValues {
    private let claims: [Claim]
    private let byDocument: [String: [Int]]

    init(_ claims: [Claim], members: [Int]) {
        self.claims = claims
        var d: [String: [Int]] = [:]
        for i in members { d[claims[i].document, default: []].append(i) }
        byDocument = d
    }

    /// Whether `a` is among the nearest of its document's values to `b`, and `b` among the nearest of
    /// its document's values to `a`.
    func mutual(_ a: Int, _ b: Int) -> Bool {
        isNearest(a, to: b) && isNearest(b, to: a)
    }

    /// Values of one document that agree within their written rounding ("413" and "413,3 milliards")
    /// count as one value.
    private func isNearest(_ a: Int, to b: Int) -> Bool {
        let others = byDocument[claims[a].document] ?? [a]
        let d = distance(a, b)
        return others.allSatisfy {
            distance($0, b) >= d - 1e-12 || WrittenPrecision.agree(claims[$0].figure, claims[a].figure)
        }
    }

    /// `|log(x / y)|`, or the absolute difference when a value is not positive.
    private func distance(_ a: Int, _ b: Int) -> Double {
        let x = claims[a].value
        let y = claims[b].value
        if x > 0, y > 0 { return abs((x / y).logarithm) }
        return abs(x - y)
    }
}

private extension Double {
    /// The natural logarithm, by the series of atanh (no Foundation).
    var logarithm: Double {
        guard self > 0, isFinite else { return .nan }
        var m = self
        var e = 0.0
        while m > 2 { m /= 2; e += 1 }
        while m < 1 { m *= 2; e -= 1 }
        let z = (m - 1) / (m + 1)
        var term = z
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= z * z
            k += 2
        }
        return 2 * sum + e * 0.6931471805599453
    }
}
