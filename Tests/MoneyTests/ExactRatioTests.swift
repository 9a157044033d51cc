import Testing
@testable import Money

@Suite struct ExactRatioTests {
    @Test func roundsHalfAwayFromZero() {
        #expect(ExactRatio(dec("1"), over: dec("8"))?.rounded(places: 2) == dec("0.13"))
        #expect(ExactRatio(dec("-1"), over: dec("8"))?.rounded(places: 2) == dec("-0.13"))
        #expect(ExactRatio(dec("1"), over: dec("3"))?.rounded(places: 4) == dec("0.3333"))
        #expect(ExactRatio(dec("2"), over: dec("3"))?.rounded(places: 0) == dec("1"))
        #expect(ExactRatio(dec("1250"), over: dec("1"))?.rounded(places: -2) == dec("1300"))
        #expect(ExactRatio(dec("1"), over: dec("0")) == nil)
    }

    /// Against plain integer arithmetic on small numbers: q = round(a × 10^p / b), half away from zero.
    @Test func agreesWithIntegerArithmetic() {
        var checked = 0
        for a in stride(from: -997, through: 997, by: 13) {
            for b in [1, 2, 3, 7, 8, 16, 125, 999, 1024] {
                for places in 0...4 {
                    var scale = 1
                    for _ in 0..<places { scale *= 10 }
                    let numerator = abs(a) * scale
                    var q = numerator / b
                    if 2 * (numerator % b) >= b { q += 1 }
                    let expected = ExactDecimal(significand: Int64(a < 0 ? -q : q), exponent: -places)
                    let ratio = ExactRatio(ExactDecimal(significand: Int64(a)), over: ExactDecimal(significand: Int64(b)))
                    #expect(ratio?.rounded(places: places) == expected, "\(a)/\(b) to \(places)")
                    checked += 1
                }
            }
        }
        #expect(checked == 154 * 9 * 5)
    }

    @Test func appliesToLargeAmountsExactly() {
        // 485 billion × 1.1874 / 0.8711 = 661,105,498,794.6274824… : exact digits, one rounding.
        let rate = ExactRatio(dec("1.1874"), over: dec("0.8711"))
        #expect(rate?.applied(to: dec("485000000000"), places: 2) == dec("661105498794.63"))
        #expect(rate?.applied(to: dec("500"), places: 2) == dec("681.55"))
        // 18-digit amounts still work; past 18 digits after rounding, nil rather than a wrong value.
        #expect(rate?.applied(to: dec("999999999999999999"), places: 0) == ExactDecimal(significand: 1_363_104_121_226_036_045))
        #expect(rate?.applied(to: dec("999999999999999999"), places: 2) == nil)
    }

    @Test func divisorPastSixtyFourBitsUsesLongDivision() {
        // 10^-30 shifts the divisor past 2^64 and 2^128.
        let tiny = ExactDecimal(significand: 3, exponent: -30)
        #expect(ExactRatio(dec("1"), over: dec("7"))?.applied(to: tiny, places: 2) == .zero)
        let wide = WideUInt(high: 5, low: 12345)
        let divisor = WideUInt(high: 2, low: 0)
        #expect(wide.roundedQuotient(dividingBy: divisor) == 3)  // 2.5 and a bit rounds up
        #expect(WideUInt(high: 4, low: 0).roundedQuotient(dividingBy: divisor) == 2)
        #expect(WideUInt(high: 4, low: 0).roundedQuotient(dividingBy: WideUInt(high: 3, low: 0)) == 1)
    }

    @Test func significantDigits() {
        #expect(ExactRatio(dec("1.1874"), over: dec("0.8711"))?.rounded(significantDigits: 8) == dec("1.3631041"))
        #expect(ExactRatio(dec("1"), over: dec("20275.17"))?.rounded(significantDigits: 4) == dec("0.00004932"))
        #expect(ExactRatio(dec("655.957"), over: dec("1"))?.rounded(significantDigits: 3) == dec("656"))
    }

    @Test func multipliesAndInverts() {
        let a = ExactRatio(dec("1.1874"), over: dec("0.8711"))
        let b = a?.inverse
        #expect(a.flatMap { x in b.flatMap { x.multiplied(by: $0) } }?.rounded(places: 18) == dec("1"))
        let c = ExactRatio(dec("313.689"), over: dec("292.655"))
        #expect(a.flatMap { c.flatMap($0.multiplied(by:)) }?.applied(to: dec("100"), places: 4)
                == dec("146.1075"))  // 100 × 1.1874/0.8711 × 313.689/292.655 = 146.1074537…
    }

    @Test func plainDoubles() {
        #expect(ExactDecimal(rounding: -7.5617, places: 2) == dec("-7.56"))
        #expect(ExactDecimal(rounding: 0.125, places: 2) == dec("0.13"))
        #expect(ExactDecimal(rounding: .nan, places: 2) == nil)
        #expect(dec("2.675").rounded(places: 2) == dec("2.68"))
        #expect(dec("3").multiplied(by: dec("0.5")) == dec("1.5"))
    }
}

@Suite struct PlainTextTests {
    @Test func padsToThePlacesRoundedTo() {
        #expect(dec("681.5").plainText(places: 2) == "681.50")
        #expect(dec("54119023437.5").plainText(places: 2, decimalSeparator: ",") == "54119023437,50")
        #expect(dec("1000").plainText(places: 2) == "1000.00")
        #expect(dec("1000").plainText(places: 0) == "1000")
        #expect(dec("-0.125").plainText(places: 2) == "-0.125")
    }
}
