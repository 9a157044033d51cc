import Testing
import Tabular

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
