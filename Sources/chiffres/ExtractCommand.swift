import ArgumentParser
import Figures
import Money
import Tabular

/// `chiffres extract`: articles in, one CSV row per money amount or percentage out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract money amounts and percentages from articles into CSV.",
        discussion: """
            Inputs are text files (.txt, .md), HTML pages (.html, .htm), JSON Lines files (.jsonl: one \
            {"id", "text", "date"?, "lang"?, "url"?, "country"?, "currency"?} object per line), folders (read recursively, in sorted \
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

            The sentence cell holds at most 1,000 characters: a longer sentence is cut around the figure, with … \
            at each cut. Control characters in text cells are written as spaces. A JSON line or an HTML page holds \
            at most 16 MiB; a longer plain text (file or standard input) is read in parts of about 1 MiB cut at \
            paragraph ends, its rows keeping its name and offsets in the whole text (a single line over 16 MiB is \
            skipped and named); devices and FIFOs are refused. Dates (JSON date, --date): \
            YYYY-MM-DD, ISO date-times, YYYY-MM, YYYY (kept as written; converted at the year's average rate), \
            RFC 2822 and written dates (12 février 2025, February 12, 2025).

            Exit status: 0 when all went well, 1 when part of an input could not be read (an input, a JSON line, \
            a number past 18 digits, a date: each is named on standard error; the rest still gives its rows), \
            2 for usage errors.

            Examples:
              chiffres extract datasets/articles/seeds.jsonl --output figures.csv --summary
              chiffres extract articles/ --to EUR --excel-fr -o figures.csv
              cat page.html | chiffres extract - --lang en --dollar CAD --format jsonl
            """
    )

    /// The output formats.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl, xlsx
    }

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (-).")
    var output: String?

    @Option(help: """
        Output format: csv, jsonl, or xlsx (a workbook: typed cells, frozen header, filters, an About sheet; \
        needs --output; numbers as doubles, the exact decimals are in the CSV).
        """)
    var format: OutputFormat = .csv

    @OptionGroup(title: "CSV dialect")
    var csv: CSVDialectOptions

    @Option(help: "The currency a bare $ or \"dollars\" stands for when the document does not show whose (USD, CAD, AUD, …; default USD).")
    var dollar: String?

    @Option(help: "The currency bare \"francs\" stand for when the document does not show whose (CHF, XOF, XAF, FRF, …; default FRF).")
    var franc: String?

    @Option(help: "The language of documents that do not say (fr or en); otherwise detected.")
    var lang: Language?

    @Option(help: "The date of every document (YYYY-MM-DD, YYYY-MM or YYYY); otherwise the JSON Lines date or the date in the text.")
    var date: String?

    @Option(help: "How text and HTML files are encoded: auto (UTF-8, else Windows-1252 with a warning), utf-8, latin-1 or windows-1252.")
    var encoding: TextEncoding = .auto

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
        if format != .csv, csv.isGiven {
            throw ValidationError("--delimiter, --decimal-comma, --bom, --quote-text, --excel and --excel-fr apply to CSV output, "
                + "not --format \(format.rawValue).")
        }
        if format == .xlsx { try WorkbookOutputCheck.validate(output) }
        if let date, DocumentDate.read(date) == nil {
            throw ValidationError("'\(date)' is not a date; write it as YYYY-MM-DD (2026-02-12), YYYY-MM or YYYY.")
        }
        if let dollar {
            let currency = try Self.currency(dollar, option: "--dollar")
            guard currency.symbols.contains(where: { $0.contains("$") })
                || currency.englishNames.contains(where: { $0.contains("dollar") })
            else {
                throw ValidationError("\(currency.code) is not a dollar; --dollar takes USD, CAD, AUD and the like.")
            }
        }
        if let franc {
            let currency = try Self.currency(franc, option: "--franc")
            guard currency.englishNames.contains(where: { $0.hasSuffix("franc") }) else {
                throw ValidationError("\(currency.code) is not a franc; --franc takes CHF, XOF, XAF, FRF and the like.")
            }
        }
        try OutputTarget.validate(output, option: "--output",
                                  inputs: inputs + [conversion.rates, conversion.deflator].compactMap { $0 })
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
            format: format == .csv ? .csv(csv.dialect) : format == .xlsx ? .workbook : .jsonLines,
            options: ExtractionOptions(dollar: dollar.flatMap { Currency.named($0)?.code },
                                       franc: franc.flatMap { Currency.named($0)?.code }, language: lang),
            date: date.flatMap { DocumentDate.read($0) }, encoding: encoding, quiet: quiet, summary: summary, conversion: columns,
            claimKeys: claimKey)
        let failures = try run.execute()
        if failures > 0 { throw ExitCode(1) }
    }
}

extension Extract {
    /// The ISO 4217 currency an option names, or a usage error with the closest codes.
    static func currency(_ code: String, option: String) throws -> Currency {
        guard let currency = Currency.named(code) else {
            let close = Currency.closestCodes(to: code).joined(separator: ", ")
            throw ValidationError("\(option): '\(code)' is not an ISO 4217 currency code; did you mean \(close)?")
        }
        return currency
    }
}

extension Language: ExpressibleByArgument {}
