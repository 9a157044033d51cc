import ArgumentParser
import Figures
import Money
import Validation

/// One run of `chiffres extract`: reads every input, extracts, writes, reports.
struct ExtractRun {
    var inputs: [String]
    var output: String?
    var format: FigureRows.Format
    var options: ExtractionOptions
    /// `--date`: overrides every document's date.
    var date: CalendarDate?
    var quiet: Bool
    var summary: Bool
    /// `--to`, `--constant-prices`: the columns to add, or `nil`.
    var conversion: ConversionColumns? = nil
    /// `--claim-key`: end each row with the figure's claim key and its comparison group.
    var claimKeys = false

    /// Flushes the output when this many bytes are buffered.
    static let flushThreshold = 1 << 20

    /// Runs and returns the number of input errors (each already reported on standard error).
    mutating func execute() throws -> Int {
        var failures = 0
        let report: (InputError) -> Void = { error in
            failures += 1
            standardError("chiffres: \(error)")
        }
        let sources = InputReader.sources(for: inputs, report: report)
        let sink: OutputSink
        do {
            sink = try OutputSink(path: output)
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
        var rows = FigureRows(format: format, extraColumns: conversion?.header ?? [], claimKeys: claimKeys)
        var progress = Progress(quiet: quiet, rowsToStandardOutput: output == nil)
        progress.totalFiles = sources.count
        var totals = ExtractSummary()
        do {
            for source in sources {
                try InputReader.read(source, progress: &progress, report: report) { document in
                    let prepared = prepare(document)
                    let figures = extractFigures(from: prepared, options: options)
                    let keys = claimKeys ? Validator.claimKeys(of: prepared, figures: figures) : []
                    let converted = conversion?.convert(figures, date: prepared.date)
                    if let converted {
                        for line in converted.messages(document: prepared.id) { standardError(line) }
                    }
                    for (index, figure) in figures.enumerated() {
                        rows.write(figure, of: prepared, extra: converted, index: index, key: index < keys.count ? keys[index] : nil)
                    }
                    if summary { totals.add(figures, of: prepared) }
                    if rows.bufferedCount >= Self.flushThreshold { try rows.flush { try sink.write($0) } }
                }
            }
            try rows.flush { try sink.write($0) }
            try sink.commit()
        } catch let error as OutputError {
            progress.finish()
            sink.abandon()
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
        progress.finish()
        if summary {
            let text = totals.text(destination: output, failures: failures)
            if output == nil { standardError(text) } else { print(text, terminator: "") }
        }
        return failures
    }

    /// The document with its date and language settled: `--date`, else the record's date, else
    /// the first date in the text; the record's language, else `--lang`, else detected.
    func prepare(_ document: Document) -> Document {
        var d = document
        if d.language == nil { d.language = options.language ?? Language.detect(in: d.text) }
        if let date { d.date = date } else if d.date == nil { d.date = DocumentDate.find(in: d.text, language: d.language) }
        return d
    }
}
