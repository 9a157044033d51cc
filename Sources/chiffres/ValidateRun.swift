import ArgumentParser
import Figures
import Money
import Tabular
import Validation

/// One run of `chiffres validate`: reads references, rates and inputs, validates, writes the checks
/// CSV, the report and the summary.
struct ValidateRun {
    var inputs: [String]
    var references: [String]
    var report: String?
    var output: String?
    /// `--rates`, or `nil` for the shipped file.
    var rates: String?
    var tolerance: Double
    var dialect: CSVDialect
    /// CSV, or an `.xlsx` workbook (needs `output`).
    var format: TableFormat = .csv
    var language: Language?
    /// `--date`: overrides every document's date.
    var date: CalendarDate?
    var quiet: Bool
    /// `--explain-lang`: `nil` for each article's language.
    var explanationLanguage: ExplanationLanguage? = nil

    /// Runs and returns the number of input errors (each already reported on standard error).
    mutating func execute() throws -> Int {
        var failures = 0
        let problem: (ValidateInputError) -> Void = { error in
            if error.isWarning {
                standardError("warning: \(error)")
            } else {
                failures += 1
                standardError("chiffres: \(error)")
            }
        }
        var context: [String] = []
        var table = ReferenceTable()
        for path in references {
            switch readInputFile(path) {
            case .failure(let error): problem(error)
            case .success(let bytes):
                let before = table.points.count
                let sourcesBefore = table.sources.count
                ReferenceInput.read(bytes, path: path, into: &table, report: problem)
                for source in table.sources[sourcesBefore...] {
                    context.append("reference: \(source.name), \(source.edition) (\(table.points.count - before) values used)")
                }
            }
        }
        let conversionRates = loadRates(&failures, context: &context)
        var validator = Validator(options: ValidationOptions(tolerance: tolerance, explanationLanguage: explanationLanguage),
                                  reference: table, rates: conversionRates)
        var figureCount = 0
        let figureFiles = inputs.filter { $0 != "-" && $0.lowercased().hasSuffix(".csv") }
        for path in figureFiles {
            switch readInputFile(path) {
            case .failure(let error): problem(error)
            case .success(let bytes):
                for entry in FiguresCSVInput.read(bytes, path: path, date: date, language: language, report: problem) {
                    figureCount += entry.figures.count
                    validator.add(entry.document, figures: entry.figures)
                }
            }
        }
        let articles = inputs.filter { !figureFiles.contains($0) }
        if !articles.isEmpty {
            let options = ExtractionOptions(language: language)
            let preparation = ExtractRun(inputs: [], output: nil, format: .jsonLines, options: options, date: date.map { ($0, .day) },
                                         quiet: true, summary: false)
            let reportInput: (InputError) -> Void = { error in
                failures += 1
                standardError("chiffres: \(error)")
            }
            var progress = Progress(quiet: quiet, rowsToStandardOutput: output == nil)
            for source in InputReader.sources(for: articles, report: reportInput) {
                try InputReader.read(source, progress: &progress, report: reportInput) { document in
                    let prepared = preparation.prepare(document)
                    let figures = extractFigures(from: prepared, options: options)
                    figureCount += figures.count
                    validator.add(prepared, figures: figures)
                }
            }
            progress.finish()
        }
        let checks = validator.checks()
        let keyed = validator.claims.filter { $0.key != nil }.count
        context.insert("\(validator.documentCount) documents, \(figureCount) figures, \(keyed) with a claim key; "
            + "tolerance \(Wording.percent(tolerance * 100)), widened for approximate figures", at: 0)
        let dialect = self.dialect
        if format == .xlsx, let output {
            try writeWorkbook(checks, to: output, context: context)
        } else {
            try write(to: output) { sink in try ChecksCSV.write(checks, dialect: dialect) { try sink.write($0) } }
        }
        if let report {
            let text = ValidationReport(checks: checks, context: context).markdown
            try write(to: report) { try $0.write(Array(text.utf8)) }
        }
        let summary = ValidateSummary(documents: validator.documentCount, figures: figureCount, keyed: keyed, checks: checks,
                                      context: context, destination: output, failures: failures)
        standardError(summary.text)
        return failures
    }

    /// The rates for in-text conversions: the file given, or the shipped one. A missing shipped file
    /// leaves those checks unverifiable (with a note); a file given that cannot be read is an error.
    private func loadRates(_ failures: inout Int, context: inout [String]) -> ConversionRates {
        do {
            let (table, path) = try MoneyData.rateTable(at: rates)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            context.append("rates: \(name), ECB reference rates \(table.firstDate) to \(table.lastDate)")
            return .available(CurrencyConverter(table: table), source: "ECB rates (\(name))")
        } catch {
            if rates != nil {
                failures += 1
                standardError("chiffres: \(error)")
            } else {
                standardError("note: \(error) In-text conversions are unverifiable.")
            }
            context.append("rates: none (\(error))")
            return .unavailable("the ECB rates are not available: \(error)")
        }
    }

    /// Writes the checks as a workbook: verdicts coloured, explanations wrapped, what was read in the About sheet.
    private func writeWorkbook(_ checks: [Check], to path: String, context: [String]) throws {
        do {
            let book = try WorkbookOutput(path: path)
            var sheet = try book.table("checks", columns: ChecksCSV.columns, colours: ["verdict": ChecksCSV.verdictColours])
            for c in checks { ChecksCSV.row(c, into: &sheet) }
            var about = About(inputs: inputs)
            for line in context { about.add("read", line) }
            if !references.isEmpty { about.add("references", references.joined(separator: "\n")) }
            about.addShippedSources(references)
            try book.finish(about: about)
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
    }

    /// Writes to a file atomically, or to standard output.
    private func write(to path: String?, _ body: (OutputSink) throws -> Void) throws {
        do {
            let sink = try OutputSink(path: path)
            try body(sink)
            try sink.commit()
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
    }
}
