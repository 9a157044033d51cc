import ArgumentParser
import Money

/// The options of `chiffres extract` that add conversion columns: `--to`, `--rate-basis`,
/// `--constant-prices`, `--deflator`, `--rates`, `--places`. Add them to a command with
/// `@OptionGroup var conversion: ConversionOptions`, then call ``makeColumns()``.
struct ConversionOptions: ParsableArguments {
    /// Which rate a figure is converted at.
    enum Basis: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// The ECB fixing of the article's date (the last one on or before it).
        case date
        /// The average of the year the figure refers to ("485 milliards de dollars en 2024").
        case year
    }

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "Convert money figures to this currency (ISO 4217 code): adds value_<code>, rate, rate_date, rate_source, then pair, implied_rate, reference_rate, deviation_pct.",
        valueName: "code"))
    var target: String?

    @Option(help: "date: the ECB rate of the article's date; year: the average of the year the figure refers to (the article's date when it names none).")
    var rateBasis: Basis = .date

    @Option(help: ArgumentHelp("Add value_real and price_base: the value in prices of this year.", valueName: "year"))
    var constantPrices: Int?

    @Option(help: "A deflator CSV (year,index) for --constant-prices; default: the shipped US CPI-U, for USD values.")
    var deflator: String?

    @Option(help: "The ECB rates file (default: the shipped rates/eurofxref-hist.zip of the datasets folder; see chiffres --help).")
    var rates: String?

    @Option(help: "Digits after the decimal point of converted values (default: the currency's minor unit, 2 for EUR).")
    var places: Int?

    func validate() throws {
        if let target {
            do { _ = try Currency.resolve(target) } catch { throw ValidationError(error.description) }
        }
        if let constantPrices, !(1000...9999).contains(constantPrices) {
            throw ValidationError("--constant-prices takes a four-digit year (2024).")
        }
        if deflator != nil, constantPrices == nil {
            throw ValidationError("--deflator needs --constant-prices YEAR.")
        }
        if let places, !(0...12).contains(places) {
            throw ValidationError("--places takes 0 to 12.")
        }
        if target == nil, rateBasis != .date || rates != nil || places != nil {
            throw ValidationError("--rate-basis, --rates and --places need --to CODE.")
        }
    }

    /// Whether any conversion column is asked for.
    var isActive: Bool { target != nil || constantPrices != nil }

    /// Reads the rates and deflator files and returns the columns to add, or `nil` when no option asks for any.
    ///
    /// - Throws: ``MoneyDataError`` naming the file that cannot be used (with line and column).
    func makeColumns() throws(MoneyDataError) -> ConversionColumns? {
        guard isActive else { return nil }
        var converter: CurrencyConverter?
        if target != nil { converter = CurrencyConverter(table: try MoneyData.rateTable(at: rates).table) }
        var prices: Deflator?
        if constantPrices != nil { prices = try MoneyData.deflator(at: deflator) }
        let settings = ConversionColumns.Settings(
            target: target.map { $0.uppercased() }, basis: rateBasis, constantPrices: constantPrices, places: places)
        var columns = ConversionColumns(settings: settings, converter: converter, deflator: prices)
        columns.ratesFile = rates
        columns.deflatorFile = deflator
        return columns
    }
}
