import Testing
@testable import Tabular
import Foundation

@Test(arguments: [
    (0.1, "0.1"), (1.5, "1.5"), (3.0, "3"), (-0.0, "0"), (0.0, "0"), (1e-7, "0.0000001"),
    (1e22, "10000000000000000000000"), (1.2345e16, "12345000000000000"), (-2.5e-5, "-0.000025"),
    (123456.789, "123456.789"), (Double.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),
])
func shortestDigitsWithoutExponent(value: Double, expected: String) {
    #expect(PlainNumberFormat.format(value) == expected)
    if let text = PlainNumberFormat.format(value) { #expect(Double(text) == value) }
}

@Test(arguments: [
    (1.5, 2, "1.50"), (2.675, 2, "2.68"), (0.004, 2, "0.00"), (0.005, 2, "0.01"), (0.0005, 2, "0.00"),
    (9.999, 2, "10.00"), (-0.001, 2, "0.00"), (-1.005, 2, "-1.01"), (1234.5, 0, "1235"), (1e21, 1, "1000000000000000000000.0"),
    (99.5, 0, "100"), (0.96, 1, "1.0"), (7, 3, "7.000"),
])
func fixedPlaces(value: Double, places: Int, expected: String) {
    #expect(PlainNumberFormat.format(value, places: places) == expected)
}

@Test func nonFiniteIsNil() {
    #expect(PlainNumberFormat.format(.nan) == nil)
    #expect(PlainNumberFormat.format(.infinity, places: 2) == nil)
    #expect(PlainNumberFormat.format(-.infinity) == nil)
}

@Test func decimalCommaSeparator() {
    #expect(PlainNumberFormat.format(-12.25, decimalSeparator: UInt8(ascii: ",")) == "-12,25")
    #expect(PlainNumberFormat.format(3, places: 1, decimalSeparator: UInt8(ascii: ",")) == "3,0")
}

@Test func manyDoublesRoundTrip() {
    // A deterministic spread of magnitudes: every shortest text reads back to the same double.
    var x = 1.0e-12
    var checked = 0
    while x < 1.0e25 {
        for v in [x, -x, x * 1.000_000_1, x / 3] {
            let text = PlainNumberFormat.format(v)
            #expect(text.flatMap { Double($0) } == v)
            #expect(text?.contains("e") == false)
            checked += 1
        }
        x *= 1.37
    }
    #expect(checked > 1000)
}

/// The fixed-decimals fast path (the scaled value rounded as an integer) writes exactly what rounding the
/// shortest decimal digits writes, on a deterministic spread of values, near-ties included; it takes most of them.
@Test func scaledPathMatchesShortestDigits() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11
    }
    var values: [Double] = [0, -0.0, 2.675, 1.005, -1.005, 0.125, 0.375, 99.995, 1e-9, 999_999.999_5, 0.1 + 0.2]
    for _ in 0..<20_000 {
        let unit = Double(next()) / Double(1 << 53)                  // [0, 1)
        let magnitude = pow(10, Double(Int(next() % 13)) - 6)         // 1e-6 … 1e6
        values.append((next() & 1 == 0 ? 1 : -1) * unit * magnitude)
        let cents = Double(Int(next() % 2_000_000)) / 1000 + 0.0005    // near a tie at 3 places
        values.append(cents)
    }
    var compared = 0
    var scaled = 0
    for value in values {
        for places in 0...8 {
            var fast: [UInt8] = []
            var reference: [UInt8] = []
            PlainNumberFormat.appendFromShortestDigits(value, places: places, decimalSeparator: 0x2E, to: &reference)
            if PlainNumberFormat.appendScaled(value, places: places, decimalSeparator: 0x2E, to: &fast) {
                #expect(fast == reference, "\(value) to \(places) places")
                scaled += 1
            }
            compared += 1
        }
    }
    #expect(compared == values.count * 9)
    #expect(scaled > compared * 2 / 3, "the fast path takes most values (not ties, not past 10^9 once scaled)")
}

/// The shortest-digits path with its digits on the stack writes what the array path writes, for doubles of every
/// magnitude and sign (random bit patterns included) and both decimal separators.
@Test func shortestDigitsOnTheStackMatchTheArrayPath() {
    var state: UInt64 = 0x5EED
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
    var values: [Double] = [0, -0.0, 1, -1, 0.1, 1e-7, 1e22, 123456789012345678, 5e-324, .greatestFiniteMagnitude,
                            -.leastNormalMagnitude, 2.675, 1234.5, 0.000123, 100, 1e15, 1e16, 1e17]
    for _ in 0..<20_000 {
        values.append(Double(bitPattern: next()))
        values.append(Double(Int64(bitPattern: next()) >> 20) / 1000)
        values.append((Double(next() >> 11) / Double(1 << 53)) * pow(10, Double(Int(next() % 40)) - 20))
    }
    for value in values where value.isFinite {
        for separator in [UInt8(ascii: "."), UInt8(ascii: ",")] {
            var fast: [UInt8] = [], reference: [UInt8] = []
            PlainNumberFormat.appendShortest(value, decimalSeparator: separator, to: &fast)
            PlainNumberFormat.appendFromShortestDigits(value, places: nil, decimalSeparator: separator, to: &reference)
            #expect(fast == reference, "\(value)")
        }
    }
}
