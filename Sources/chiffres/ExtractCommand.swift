import ArgumentParser
import Figures
import Money
import Tabular

/// `chiffres extract`: articles in, one CSV row per money amount or percentage out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract money amounts and percentages from articles into CSV.",
        discussion: """
            Inputs are text files (.txt, .md), HTML pages (.html, .htm), JSON Lines files (.jsonl: one \
            {"id", "text", "date"?, "lang"?, "url"?} object per line), folders (read recursively, in sorted \
            order), or - for standard input (JSON Lines when it starts with {, HTML with <, else text).

            Columns: doc, start, end, text, kind, value, high, currency, approx, change, year, date, sentence, \
            year_resolved (the stated year, or a relative one such as "cette année" resolved against the date). \
            --claim-key adds claim_key and claim_group after every other column: the key `validate` gives the \
            figure, and the group of keys its checks compare (the Spark job shuffles by it).

            Conversion (ECB reference rates, datasets/rates/eurofxref-hist.zip): --to EUR adds value_eur (named \
            after the target), rate, rate_date, rate_source, then pair, implied_rate, reference_rate, deviation_pct \
            for amounts stated twice ("£8.7 billion ($11.8 billion)"): pair is the start offset of the other \
            statement, the rates are in units of the second currency per unit of the first, the reference is the ECB \
            rate of the article's date. --constant-prices 2024 adds value_real and price_base (US CPI-U for USD \
            values, or --deflator FILE). Values are computed exactly and rounded half away from zero to the \
            currency's minor unit (2 places for EUR, 0 for JPY) or --places; rates have 8 significant digits, \
            deviation_pct 2 decimals. Percentages are left alone. A figure without a rate gets empty cells and a \
            warning on standard error.

            Exit status: 0 when all went well, 1 when some inputs failed (each error is on standard error; \
            the other inputs still give their rows), 2 for usage errors.
            """
    )

    /// The output formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (-).")
    var output: String?

    @Option(help: "Output format: csv or jsonl.")
    var format: OutputFormat = .csv

    @OptionGroup(title: "CSV dialect")
    var csv: CSVDialectOptions

    @Option(help: "The currency a bare $ or \"dollars\" stands for (USD, CAD, AUD, …).")
    var dollar = "USD"

    @Option(help: "The language of documents that do not say (fr or en); otherwise detected.")
    var lang: Language?

    @Option(help: "The date of every document (YYYY-MM-DD); otherwise the JSON Lines date or the date in the text.")
    var date: String?

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    @Flag(help: "After writing, print counts by kind and currency and the first rows.")
    var summary = false

    @OptionGroup(title: "Conversion")
    var conversion: ConversionOptions

    @Flag(help: "End each row with claim_key and claim_group, as `validate` reads the figure (empty when it has no key).")
    var claimKey = false

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("Give at least one input: files, folders, or - for standard input.")
        }
        if inputs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
        if format == .jsonl, csv.delimiter != nil || csv.decimalComma || csv.excelFrench {
            throw ValidationError("--delimiter, --decimal-comma and --excel-fr apply to CSV output, not --format jsonl.")
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("'\(date)' is not a date; write it as YYYY-MM-DD (2026-02-12).")
        }
        guard let currency = Currency.named(dollar) else {
            let close = Currency.closestCodes(to: dollar).joined(separator: ", ")
            throw ValidationError("'\(dollar)' is not an ISO 4217 currency code; did you mean \(close)?")
        }
        guard currency.symbols.contains(where: { $0.contains("$") })
            || currency.englishNames.contains(where: { $0.contains("dollar") })
        else {
            throw ValidationError("\(currency.code) is not a dollar; --dollar takes USD, CAD, AUD and the like.")
        }
        if let output, output != "-" {
            if inputs.contains(output) {
                throw ValidationError("The output \(output) is also an input; write to another file.")
            }
            let folder = output.lastIndex(of: "/").map { String(output[..<$0]) } ?? "."
            if case .success(.folder) = FileIO.kind(of: folder.isEmpty ? "/" : folder) {} else {
                throw ValidationError("The folder of --output \(output) does not exist; create it first.")
            }
            if case .success(.folder) = FileIO.kind(of: output) {
                throw ValidationError("--output \(output) is a folder; give a file name.")
            }
        }
    }


    mutating func run() throws {
        let columns: ConversionColumns?
        do {
            columns = try conversion.makeColumns()
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
        var run = ExtractRun(
            inputs: inputs, output: output == "-" ? nil : output,
            format: format == .csv ? .csv(csv.dialect) : .jsonLines,
            options: ExtractionOptions(dollar: Currency.named(dollar)?.code ?? "USD", language: lang),
            date: date.flatMap { CalendarDate(iso: $0) }, quiet: quiet, summary: summary, conversion: columns,
            claimKeys: claimKey)
        let failures = try run.execute()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension Language: ExpressibleByArgument {}
