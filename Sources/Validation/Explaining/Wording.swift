/// How numbers and figures are written in explanations: "485 billion USD", "1.3631 USD per GBP",
/// "-7.6%", "'plus de 50 milliards d’euros' (000.txt, 2025-02-13)".
public enum Wording {
    /// An amount in words with one decimal at most: `485 billion USD`, `681.6 million USD`.
    public static func amount(_ value: Double, _ currency: String?) -> String {
        let magnitude = abs(value)
        let (scaled, word): (Double, String)
        if magnitude >= 1e12 { (scaled, word) = (value / 1e12, " trillion") }
        else if magnitude >= 1e9 { (scaled, word) = (value / 1e9, " billion") }
        else if magnitude >= 1e6 { (scaled, word) = (value / 1e6, " million") }
        else { (scaled, word) = (value, "") }
        let number = fixed(scaled, places: 1)
        return number + word + (currency.map { " " + $0 } ?? "")
    }

    /// A percentage with one decimal: `20.9%`, `-7.6%`.
    public static func percent(_ value: Double) -> String { fixed(value, places: 1) + "%" }

    /// A signed percentage with one decimal: `+16.7%`, `-7.6%`.
    public static func signedPercent(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + percent(value)
    }

    /// A rate with four decimals at most: `1.3631`, `1.26`.
    public static func rate(_ value: Double) -> String { fixed(value, places: 4) }

    /// `value` rounded to `places` decimals, trailing zeros removed, no exponent, no grouping.
    ///
    /// Rounds half away from zero on the value's decimal digits (about 12 significant), so that 21.25
    /// computed as 21.249999999999996 is written 21.3, as a reader expects.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = abs(value) * scale
        guard scaled < 1e17 else { return (value < 0 ? "-" : "") + plain(abs(value), significant: 17) }
        let down = scaled.rounded(.down)
        // A half that binary arithmetic left a hair below .5 still rounds up.
        let up = scaled - down >= 0.5 - max(1, scaled) * 1e-12
        let n = UInt64(down) + (up ? 1 : 0)
        var divisor: UInt64 = 1
        for _ in 0..<max(0, places) { divisor *= 10 }
        var fraction = String(n % divisor)
        if places > 0 { fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let body = String(n / divisor) + (places > 0 && !fraction.isEmpty ? "." + fraction : "")
        return (value < 0 && n != 0 ? "-" : "") + body
    }

    /// Plain decimal text of a double: at most `significant` significant digits, no exponent.
    public static func plain(_ value: Double, significant: Int = 15) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return "0" }
        var digits = ""
        var exponent = 0
        // The shortest round-trip text, then the decimal point moved by its exponent.
        let text = String(abs(value))
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        if parts.count == 2 { exponent = Int(parts[1]) ?? 0 }
        var pointAt = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        digits = mantissa.replacingOccurrences(".", "")
        pointAt += exponent
        // Leading zeros do not count as significant.
        var leading = 0
        for c in digits { if c == "0" { leading += 1 } else { break } }
        if digits.count - leading > significant {
            let keep = leading + significant
            let kept = Array(digits.prefix(keep))
            let roundUp = (digits[digits.index(digits.startIndex, offsetBy: keep)].wholeNumberValue ?? 0) >= 5
            var chars = kept.map { $0.wholeNumberValue ?? 0 }
            if roundUp {
                var i = chars.count - 1
                while i >= 0 {
                    if chars[i] == 9 { chars[i] = 0; i -= 1 } else { chars[i] += 1; break }
                }
                if i < 0 { chars.insert(1, at: 0); pointAt += 1 }
            }
            digits = chars.map(String.init).joined()
        }
        if pointAt <= 0 {
            digits = String(repeating: "0", count: -pointAt + 1) + digits
            pointAt = 1
        } else if pointAt > digits.count {
            digits += String(repeating: "0", count: pointAt - digits.count)
        }
        var integer = String(digits.prefix(pointAt))
        var fraction = String(digits.dropFirst(pointAt))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
        let body = fraction.isEmpty ? integer : integer + "." + fraction
        return (value < 0 ? "-" : "") + body
    }
}

extension Substring {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
