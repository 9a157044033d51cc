import Figures

/// What the digits of two figures say: whether they agree up to the rounding of the less precise
/// ("413 milliards" and "413,3 milliards"), and whether they differ as a misprint does (a scale
/// misplaced by a power of ten, one digit mistyped, two digits swapped).
enum WrittenPrecision {
    /// Half a unit of the last digit written (0.5 billion for "413 milliards").
    static func halfUnit(_ figure: Figure) -> Double {
        var step = 1.0
        if figure.value.exponent >= 0 {
            for _ in 0..<min(figure.value.exponent, 30) { step *= 10 }
        } else {
            for _ in 0..<min(-figure.value.exponent, 30) { step /= 10 }
        }
        return 0.5 * step
    }

    /// Whether the values agree within the rounding of the less precise figure.
    static func agree(_ a: Figure, _ b: Figure) -> Bool {
        let x = a.value.doubleValue
        let y = b.value.doubleValue
        return abs(x - y) <= max(halfUnit(a), halfUnit(b)) * (1 + 1e-9)
    }

    /// Whether the values differ by one unit of the last digit written at most (2,2 and 2,3 %).
    static func lastDigitApart(_ a: Figure, _ b: Figure) -> Bool {
        abs(a.value.doubleValue - b.value.doubleValue) <= 2 * max(halfUnit(a), halfUnit(b)) * (1 + 1e-9)
    }

    /// Whether two different values look like a misprint of one another: a ratio of 10, 100 or 1000
    /// (a misplaced scale), or the same number of significant digits with one digit changed (three
    /// digits or more) or two neighbours swapped.
    static func misprint(_ a: Figure, _ b: Figure) -> Bool {
        let x = abs(a.value.doubleValue)
        let y = abs(b.value.doubleValue)
        guard x > 0, y > 0, !agree(a, b) else { return false }
        let ratio = max(x, y) / min(x, y)
        for power in [10.0, 100, 1000, 1_000_000] where abs(ratio / power - 1) < 0.02 { return true }
        let da = digits(x)
        let db = digits(y)
        guard da.count == db.count, da.count >= 2 else { return false }
        let differ = da.indices.filter { da[$0] != db[$0] }
        // One digit changed in a number of three digits or more (two digits differing by one are a revision).
        if differ.count == 1, da.count >= 3, abs(x / y - 1) < 0.5 { return true }
        if differ.count == 2, differ[1] == differ[0] + 1, da[differ[0]] == db[differ[1]], da[differ[1]] == db[differ[0]] {
            return true
        }
        return false
    }

    /// The significant digits of a value (trailing zeros dropped), up to 9.
    private static func digits(_ v: Double) -> [Int] {
        var m = v
        while m >= 1e9 { m /= 10 }
        while m < 1e8 { m *= 10 }
        var n = Int(m.rounded())
        var out: [Int] = []
        while n > 0 { out.append(n % 10); n /= 10 }
        out.reverse()
        while out.count > 1, out.last == 0 { out.removeLast() }
        return out
    }
}
