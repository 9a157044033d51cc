import ArgumentParser
import Figures
import Money
import Tabular

/// `chiffres validate`: which figures of a set of articles agree, which contradict each other or
/// the reference data, and why.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check figures across articles and against reference data.",
        discussion: """
            Inputs are articles as for extract (text, HTML, JSON Lines files, folders, or - for standard \
            input) or figures CSV files written by `chiffres extract` (.csv). Each figure is read as a claim \
            whose key (kind/currency/period/[donor>]subject/measure, e.g. \
            money/USD/2024/europe-canada/defence-spending or money/EUR/2024/fra>ukraine/military-aid) says who, \
            what and when; only figures with one key are compared. Then five checks run: the same quantity in two articles, in-text \
            conversions against the ECB rate of the article's date, a stated change against the previous \
            year's value found elsewhere, figures against reference data, and the arithmetic of a sentence. \
            Figures nothing could be compared with get an unverifiable row.

            A figures CSV holds each figure's sentence but not the rest of the text: a subject named only in a \
            sentence without figures is not seen, so an article can give more checks than its figures CSV.

            References: NATO's tidy defence expenditure CSV (datasets/nato/…) or any long CSV with columns \
            series,year,value,unit (optional: edition, price_basis, estimate) whose series names say the \
            subject and measure ("NATO Europe and Canada defence spending").

            Columns: check, verdict, key, doc, start, text, value, other_doc, other_start, other_text, \
            other_value, compared, expected, unit, deviation_pct, tolerance_pct, basis, explanation.

            Exit status: 0 when all inputs were read (whatever the verdicts), 1 when some input, reference \
            or the rates file given with --rates could not be read (the others still give their checks), \
            2 for usage errors.

            Examples:
              chiffres validate datasets/articles/seeds.jsonl \\
                --reference datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv \\
                --report report.md -o checks.csv
              chiffres extract articles/ -o figures.csv
              chiffres validate figures.csv --tolerance 0.02
            """
    )

    @Argument(help: "Articles (files, folders, - for standard input) or figures CSV files.")
    var inputs: [String] = []

    @Option(name: .customLong("reference"), help: ArgumentHelp("Reference data CSV (repeatable).", valueName: "file"))
    var references: [String] = []

    @Option(help: ArgumentHelp("Also write a Markdown report grouping the checks by claim.", valueName: "file"))
    var report: String?

    @Option(help: "Relative tolerance: figures within it agree (0.05 is 5%). Approximate figures widen it.")
    var tolerance = 0.05

    @Option(help: "The ECB rates file (default: the shipped rates/eurofxref-hist.zip of the datasets folder; see chiffres --help).")
    var rates: String?

    @Option(name: .shortAndLong, help: "Write the checks CSV to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: """
        Output format: csv, or xlsx (a workbook: verdicts coloured, explanations wrapped, an About sheet; needs --output).
        """)
    var format: TableFormat = .csv

    @OptionGroup var csv: CSVDialectOptions

    @Option(help: "The language of documents that do not say (fr or en); otherwise detected.")
    var lang: Language?

    @Option(help: "The date of every document (YYYY-MM-DD); otherwise the JSON Lines date or the date in the text.")
    var date: String?

    @Flag(name: .shortAndLong, help: "No progress on standard error (the summary is still printed).")
    var quiet = false

    /// `--explain-lang`: the language of explanations.
    enum ExplainLanguage: String, ExpressibleByArgument, CaseIterable {
        case auto, en, fr
    }

    @Option(name: .customLong("explain-lang"),
            help: "Language of the explanations: auto (each article's: French for French articles), en or fr. Every check is explained in that language, numbers written its way (French: 20,9 %).")
    var explainLang: ExplainLanguage = .auto

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("Give at least one input: articles, folders, figures CSV files, or - for standard input.")
        }
        if inputs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
        guard tolerance.isFinite, tolerance >= 0, tolerance < 1 else {
            throw ValidationError("--tolerance takes a fraction from 0 to 1 (0.05 for 5%), not \(tolerance).")
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("'\(date)' is not a date; write it as YYYY-MM-DD (2026-02-12).")
        }
        for (name, path) in [("--output", output), ("--report", report)] {
            try OutputTarget.validate(path, option: name, inputs: inputs + references + [rates].compactMap { $0 })
        }
        if format == .xlsx {
            if csv.isGiven { throw ValidationError("The CSV dialect options do not apply to --format xlsx.") }
            try WorkbookOutputCheck.validate(output)
        }
        if let output, output == report {
            throw ValidationError("--output and --report name the same file; give two files.")
        }
    }

    mutating func run() throws {
        var run = ValidateRun(
            inputs: inputs, references: references, report: report, output: output, rates: rates,
            tolerance: tolerance, dialect: csv.dialect, format: format, language: lang,
            date: date.flatMap { CalendarDate(iso: $0) },
            quiet: quiet, explanationLanguage: explainLang == .auto ? nil : (explainLang == .fr ? .fr : .en))
        let failures = try run.execute()
        if failures > 0 { throw ExitCode(1) }
    }
}
