import Testing
import Money

@Test func exactDecimalKeepsDigits() {
    #expect(ExactDecimal(significand: 15, exponent: 8).description == "1500000000")
    #expect(ExactDecimal("-12.50")?.description == "-12.5")
    #expect(ExactDecimal("0.001")?.description == "0.001")
    #expect(ExactDecimal("485000000000") == ExactDecimal(significand: 485, exponent: 9))
    #expect(ExactDecimal(significand: 13, exponent: -1).plainText(decimalSeparator: ",") == "1,3")
}

@Test func calendarDateRoundTrips() {
    let d = CalendarDate(iso: "2026-02-12")
    #expect(d?.description == "2026-02-12")
    #expect(d.map { CalendarDate(daysSinceEpoch: $0.daysSinceEpoch) } == d)
    #expect(d?.weekday == 4)  // a Thursday
    #expect(CalendarDate(iso: "2025-02-29") == nil)
}
