import Figures

/// What the digits of two figures say: whether they agree up to the rounding of the less precise
/// ("413 milliards" and "413,3 milliards"), and whether they differ as a misprint does (a scale
/// misplaced by a power of ten, one digit mistyped, two digits swapped).
enum WrittenPrecision {
    /// Half a unit of the last digit written (0.5 billion for "413 milliards" and for "400 milliards",
    /// 0.05 billion for "413,3 milliards"): read from the digits of the figure's text and its value.
    static func halfUnit(_ figure: Figure) -> Double {
        if let written = writtenStep(figure) { return 0.5 * written }
        var step = 1.0
        if figure.value.exponent >= 0 {
            for _ in 0..<min(figure.value.exponent, 30) { step *= 10 }
        } else {
            for _ in 0..<min(-figure.value.exponent, 30) { step /= 10 }
        }
        return 0.5 * step
    }

    /// The unit of the last digit written: the number's decimals times the scale word (milliards,
    /// billion), or `nil` when the text has no digits or its number does not give the value by a
    /// power of ten.
    static func writtenStep(_ figure: Figure) -> Double? {
        let bytes = Array(figure.text.utf8)
        guard let first = bytes.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var digits: [UInt8] = []
        var decimals = 0
        var afterSeparator: Int?
        var i = first
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                digits.append(b)
                if let after = afterSeparator { afterSeparator = after + 1 }
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                guard i + 1 < bytes.count, bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 else { break }
                afterSeparator = 0
            } else if b == 0x20 || b == 0xC2 || b == 0xA0 || b == 0xE2 || b == 0x80 || b == 0xAF {
                // Spaces that group thousands (plain, no-break, narrow no-break).
                guard i + 1 < bytes.count, bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 || bytes[i + 1] >= 0x80 else { break }
            } else {
                break
            }
            i += 1
        }
        // Three digits after the only separator group thousands ("1,200"), fewer are decimals ("413,3").
        if let after = afterSeparator, after != 3 { decimals = after }
        guard !digits.isEmpty, digits.count <= 15, let number = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        let written = number * unit
        let value = abs(figure.value.doubleValue)
        guard written > 0, value > 0 else { return nil }
        let scale = value / written
        var power = 1e-6
        while power <= 1e15 {
            if abs(scale / power - 1) < 1e-6 { return unit * power }
            power *= 10
        }
        return nil
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
    ///
    /// `digitMistypes` says whether one digit changed counts: between articles published months apart it is as
    /// likely a revision (a ceiling raised from 25,8 to 29,8 billion) as a slip, so the caller turns it off there.
    static func misprint(_ a: Figure, _ b: Figure, digitMistypes: Bool = true) -> Bool {
        let x = abs(a.value.doubleValue)
        let y = abs(b.value.doubleValue)
        guard x > 0, y > 0, x.isFinite, y.isFinite, !agree(a, b) else { return false }
        let ratio = max(x, y) / min(x, y)
        for power in [10.0, 100, 1000, 1_000_000] where abs(ratio / power - 1) < 0.02 { return true }
        let da = digits(x)
        let db = digits(y)
        guard da.count == db.count, da.count >= 2 else { return false }
        let differ = da.indices.filter { da[$0] != db[$0] }
        // One digit changed in a number of three digits or more (two digits differing by one are a revision).
        if digitMistypes, differ.count == 1, da.count >= 3, abs(x / y - 1) < 0.5 { return true }
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
