/// Which claims of one key, in two documents, speak of the same value: each is paired only with the
/// nearest value of the other document, both ways.
///
/// A document that gives several values under one key (400 billion of budget credits and 413
/// billion of needs, both "military spending for 2024-2030") speaks of several quantities the key
/// does not tell apart; comparing each with every value of another article would make conflicts of
/// different things. Only mutually nearest values (relative distance) are compared; values of one
/// document that agree within their written rounding ("413" and "413,3 milliards") count as one.
enum NearestValues {
    /// At most this many claims of one key per document are paired (bounded work on odd inputs).
    static let perDocument = 48

    /// The mutually nearest pairs `(a, b)` of claims `a` of one document and `b` of another.
    static func pairs(_ claims: [Claim], _ a: [Int], _ b: [Int]) -> [(Int, Int)] {
        let a = Array(a.prefix(perDocument))
        let b = Array(b.prefix(perDocument))
        var found: [(Int, Int)] = []
        for x in a {
            for y in b where isNearest(y, to: x, among: b, claims) && isNearest(x, to: y, among: a, claims) {
                found.append((x, y))
            }
        }
        // A lower bound ("plus de 400 milliards") rounds down a value above it: it also meets the nearest
        // value of the other document above it, within a revision's reach.
        for (from, to, flipped) in [(a, b, false), (b, a, true)] {
            for x in from where StatedRange(claims[x].figure).isLowerBound {
                let above = to.filter {
                    claims[$0].value > claims[x].value * (1 + 1e-9)
                        && claims[$0].value <= claims[x].value * (1 + SameQuantityCheck.revision)
                }
                guard let nearest = above.min(by: { claims[$0].value < claims[$1].value }) else { continue }
                for y in above where y == nearest || WrittenPrecision.agree(claims[y].figure, claims[nearest].figure) {
                    let pair = flipped ? (y, x) : (x, y)
                    if !found.contains(where: { $0 == pair }) { found.append(pair) }
                }
            }
        }
        return found
    }

    /// Whether `candidate` is among the values of `among` nearest to `target`.
    private static func isNearest(_ candidate: Int, to target: Int, among: [Int], _ claims: [Claim]) -> Bool {
        let d = distance(claims[candidate].value, claims[target].value)
        return among.allSatisfy {
            distance(claims[$0].value, claims[target].value) >= d - 1e-12
                || WrittenPrecision.agree(claims[$0].figure, claims[candidate].figure)
        }
    }

    /// `|log(x / y)|`, or the absolute difference when a value is not positive.
    private static func distance(_ x: Double, _ y: Double) -> Double {
        if x > 0, y > 0 { return abs((x / y).logarithm) }
        return abs(x - y)
    }
}

private extension Double {
    /// The natural logarithm, by the series of atanh (no Foundation); NaN when not positive and finite.
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
