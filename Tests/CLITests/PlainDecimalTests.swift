import Testing
@testable import SeriesTable

/// The fast reading of plain decimals in series tables gives the very double `Double(_:)` gives, or leaves the text to it.
struct PlainDecimalTests {
    @Test func readsTheDoubleTheGeneralParserReads() {
        var state: UInt64 = 7
        func next(_ bound: UInt64) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % bound)
        }
        var read = 0
        for _ in 0..<50_000 {
            var text = next(4) == 0 ? "-" : ""
            let length = 1 + next(18)
            let point = next(3) == 0 ? -1 : next(UInt64(length + 1))
            for i in 0..<length {
                if i == point { text += "." }
                text += String(next(10))
            }
            if point == length { text += "." }
            guard let fast = PlainDecimal.value(text) else { continue }
            read += 1
            #expect(fast.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        #expect(read > 20_000, "most short decimals take the fast path")
    }

    @Test func leavesEverythingElseToTheGeneralParser() {
        for text in ["", "-", ".", "5.", ".5", "-.5", "1.2.3", "1e5", "+1", " 1", "1,5", "0x10", "inf", "nan",
                     "1234567890123456", "12345678.90123456"] {
            #expect(PlainDecimal.value(text) == nil, "\(text)")
        }
        #expect(PlainDecimal.value("-0")?.sign == .minus)
        #expect(PlainDecimal.value("940.66") == 940.66)
        #expect(PlainDecimal.value("0.1") == 0.1)
    }
}
