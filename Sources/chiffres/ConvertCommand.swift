import ArgumentParser
import Foundation
import Money
import Tabular

/// `chiffres convert 500 GBP --to USD --date 2026-02-12`: one amount at the ECB rate of a day or a year.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an amount between currencies with the ECB's reference rates.",
        discussion: """
            Rates go through the euro (GBP to USD is the ECB's USD rate over its GBP rate). A weekend or \
            holiday takes the last fixing before it, and the output says which day was used. Legacy euro \
            currencies (FRF, DEM, ITL, …) and the CFA francs (XOF, XAF) convert at their fixed euro rates. \
            A date outside the rates file gives no value, never an invented rate.

            The value is computed exactly from the amount's digits and the published rates, then rounded \
            half away from zero to the target currency's minor unit (2 places for USD, 0 for JPY) or to \
            --places. The rate is shown to 8 significant digits.

            --csv prints a header and one row: amount, currency, date, value_<target>, rate, rate_date, \
            rate_source, places.

            Examples:
              chiffres convert 500000000 GBP --to USD --date 2026-02-12
              chiffres convert 20000000000 FRF --to EUR
              chiffres convert 1.5 USD --to JPY --csv
            """
    )

    @Argument(help: "The amount, a plain decimal (500, 1.5, 20000000000).")
    var amount: String

    @Argument(help: "Its ISO 4217 currency code (GBP).")
    var currency: String

    @Option(help: "The currency to convert to (USD).")
    var to: String

    @Option(help: "The day of the rate (YYYY-MM-DD); default: the last day of the rates file.")
    var date: String?

    @Option(help: "Use the average of the ECB's daily rates over this year instead of a day's rate.")
    var year: Int?

    @Option(help: "Digits after the decimal point (default: the target currency's minor unit).")
    var places: Int?

    @Option(help: "The rates file: the ECB's eurofxref-hist.zip or its CSV (default: the shipped rates/eurofxref-hist.zip of the datasets folder; see chiffres --help).")
    var rates: String?

    @Flag(help: "Print a CSV header and row instead of text.")
    var csv = false

    func validate() throws {
        guard ExactDecimal(amount) != nil else {
            throw ValidationError("'\(amount)' is not an amount; write a plain decimal such as 500 or 1.5 (no grouping, at most 18 digits).")
        }
        for code in [currency, to] where FixedEuroRate.all[code.uppercased()] == nil {
            do { _ = try Currency.resolve(code) } catch { throw ValidationError(error.description) }
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("'\(date)' is not a date; write it as YYYY-MM-DD (2026-02-12).")
        }
        if date != nil, year != nil {
            throw ValidationError("Give --date or --year, not both.")
        }
        if let places, !(0...12).contains(places) {
            throw ValidationError("--places takes 0 to 12.")
        }
    }

    mutating func run() throws {
        let (table, _) = try MoneyData.rateTable(at: rates)
        let converter = CurrencyConverter(table: table)
        let amount = MoneyAmount(ExactDecimal(self.amount) ?? .zero, currency.uppercased())
        let target = to.uppercased()
        let day = date.flatMap { CalendarDate(iso: $0) } ?? table.lastDate
        let conversion = year.map { converter.convert(amount, to: target, averageOf: $0, places: places) }
            ?? converter.convert(amount, to: target, on: day, places: places)
        let asked = year.map(String.init) ?? day.description
        for warning in conversion.warnings {
            standardError("warning: \(warning)")
        }
        if csv {
            try printCSV(conversion, asked: asked)
        } else {
            try StandardOutput.write(lines: textLines(conversion, asked: asked))
        }
        if conversion.value == nil { throw ExitCode(1) }
    }

    private func textLines(_ c: Conversion, asked: String) -> [String] {
        var lines: [String] = []
        guard let value = c.value, let rate = c.rate else {
            lines.append("\(c.amount) = no value in \(c.target) at \(asked) (the warning on standard error says why)")
            return lines
        }
        lines.append("\(c.amount) = \(value.plainText(places: c.places)) \(c.target)")
        lines.append("rate        1 \(rate.from) = \(rate.displayValue.map(String.init(describing:)) ?? "?") \(rate.to)")
        let used = rate.basis.description
        switch rate.basis {
        case .day(let d) where d.description != asked: lines.append("rate date   \(used) (the last fixing on or before \(asked))")
        case .day, .year, .month: lines.append("rate date   \(used)")
        case .fixed: lines.append("rate date   none (fixed rates)")
        }
        lines.append("source      \(rate.source)")
        lines.append("rounded     half away from zero to \(c.places) decimal place\(c.places == 1 ? "" : "s")")
        return lines
    }

    private func printCSV(_ c: Conversion, asked: String) throws {
        var writer = CSVWriter()
        writer.writeRecord(["amount", "currency", "date", "value_" + c.target.lowercased(),
                            "rate", "rate_date", "rate_source", "places"])
        writer.writeDecimal(c.amount.value.description)
        writer.writeText(c.amount.currency)
        writer.writeText(asked)
        if let value = c.value { writer.writeDecimal(value.plainText(places: c.places)) } else { writer.writeEmpty() }
        if let rate = c.rate?.displayValue { writer.writeDecimal(rate.description) } else { writer.writeEmpty() }
        writer.writeText(c.rate?.basis.description ?? "")
        writer.writeText(c.rate?.source.description ?? "")
        writer.writeInteger(c.places)
        writer.endRecord()
        try writer.flush { try StandardOutput.write(String(decoding: $0, as: UTF8.self)) }
    }
}
