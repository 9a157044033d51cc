import ArgumentParser
import Foundation
import Figures
import Money
import Validation
import Workbook

/// One run of `chiffres extract`: reads every input, extracts, writes, reports.
struct ExtractRun {
    var inputs: [String]
    var output: String?
    var format: FigureRows.Format
    var options: ExtractionOptions
    /// `--date`: overrides every document's date.
    var date: (date: CalendarDate, precision: DatePrecision)?
    /// `--encoding`: how text and HTML files are read.
    var encoding: TextEncoding = .auto
    var quiet: Bool
    var summary: Bool
    /// `--to`, `--constant-prices`: the columns to add, or `nil`.
    var conversion: ConversionColumns? = nil
    /// `--claim-key`: end each row with the figure's claim key and its comparison group.
    var claimKeys = false

    /// The most bytes of one part of a long plain text (read in parts cut at
    /// paragraph ends, their offsets continued): ``InputReader/maxDocumentBytes``, so any text up to that size
    /// is one document, read whole.
    var textPartBytes = InputReader.maxDocumentBytes

    /// Flushes the output when this many bytes are buffered.
    static let flushThreshold = 1 << 20
    /// How many parts of a long text are extracted at once on other threads (one per processor, at least two):
    /// memory stays bounded by that many parts and their rows.
    static let partsInFlight = max(2, ProcessInfo.processInfo.activeProcessorCount)

    /// Runs and returns the number of input errors (each already reported on standard error).
    mutating func execute() throws -> Int {
        var failures = 0
        let report: (InputError) -> Void = { error in
            failures += 1
            standardError("chiffres: \(error)")
        }
        let sources = InputReader.sources(for: inputs, report: report)
        // A file found in an input folder may be the output itself.
        if let output, let input = OutputTarget.input(sameAs: output, among: sources.map(\.path)) {
            standardError("chiffres: --output \(output) is the same file as the input \(input); write to another file.")
            throw ExitCode(2)
        }
        let sink: OutputSink?
        let workbook: WorkbookOutput?
        var rows: FigureRows
        do {
            if case .workbook = format, let output {
                let book = try WorkbookOutput(path: output)
                let header = FigureRows.columns + (conversion?.header ?? []) + (claimKeys ? FigureRows.claimKeyColumns : [])
                let sheet = try book.table("figures", columns: header)
                guard let writer = sheet.sheet else { throw OutputError(path: output, cause: "no sheet") }
                rows = FigureRows(sheet: writer, extraColumns: conversion?.header ?? [], claimKeys: claimKeys)
                (sink, workbook) = (nil, book)
            } else {
                rows = FigureRows(format: format, extraColumns: conversion?.header ?? [], claimKeys: claimKeys)
                (sink, workbook) = (try OutputSink(path: output), nil)
            }
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
        var progress = Progress(quiet: quiet, rowsToStandardOutput: output == nil)
        progress.totalFiles = sources.count
        var totals = ExtractSummary()
        /// Writes the rows of one document or part, with its warnings, claim keys and conversions.
        func write(_ found: FigureExtraction, of prepared: Document, part: DocumentPart) throws {
            var extraction = found
            if extraction.unreadableCount > 0 {
                failures += 1
                extraction.shift(by: part.codePointOffset)
                standardError(Self.unreadableMessage(extraction, document: prepared.id))
            }
            var figures = extraction.figures
            let keys = claimKeys ? Validator.claimKeys(of: prepared, figures: figures) : []
            if part.codePointOffset > 0 {
                for k in figures.indices {
                    figures[k].start += part.codePointOffset
                    figures[k].end += part.codePointOffset
                }
            }
            if let converted = conversion?.convert(figures, date: prepared.datePrecision == .day ? prepared.date : nil,
                                                   periodYear: prepared.date?.year,
                                                   periodMonth: prepared.datePrecision == .month
                                                       ? prepared.date.map { ($0.year, $0.month) } : nil) {
                for line in converted.messages(document: prepared.id) { standardError(line) }
                for (index, figure) in figures.enumerated() {
                    rows.write(figure, of: prepared, extra: converted, index: index, key: index < keys.count ? keys[index] : nil)
                    if let sink, rows.bufferedCount >= Self.flushThreshold { try rows.flush { try sink.write($0) } }
                }
            } else {
                for (index, figure) in figures.enumerated() {
                    rows.write(figure, of: prepared, index: index, key: index < keys.count ? keys[index] : nil)
                    if let sink, rows.bufferedCount >= Self.flushThreshold { try rows.flush { try sink.write($0) } }
                }
            }
            if summary { totals.add(figures, of: prepared, newDocument: part.index == 0) }
        }
        do {
            for source in sources {
                // The first part of a long text settles the language and date of the parts after it.
                var firstPart: Document?
                // The parts of a long text are extracted on other threads, a few at a time, while this one reads the
                // next parts and writes the rows of the oldest, in text order.
                var pending: [PartExtraction] = []
                defer { for other in pending { _ = other.wait() } }
                try InputReader.read(source, progress: &progress, encoding: encoding, textPartBytes: textPartBytes,
                                     report: report) { document, part in
                    let prepared = part.index == 0 || firstPart == nil ? prepare(document) : settled(document, as: firstPart)
                    if part.index == 0 { firstPart = prepared }
                    guard part.ofLongText else {
                        try write(extractFiguresReporting(from: prepared, options: options), of: prepared, part: part)
                        return
                    }
                    pending.append(PartExtraction(prepared, part: part, options: options))
                    if pending.count > Self.partsInFlight {
                        let oldest = pending.removeFirst()
                        try write(oldest.wait(), of: oldest.document, part: oldest.part)
                    }
                }
                while !pending.isEmpty {
                    let oldest = pending.removeFirst()
                    try write(oldest.wait(), of: oldest.document, part: oldest.part)
                }
            }
            if let sink {
                try rows.flush { try sink.write($0) }
                try sink.commit()
            }
            try workbook?.finish(about: about())
        } catch let error as OutputError {
            progress.finish()
            sink?.abandon()
            workbook?.abandon()
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        } catch let error as WorkbookError {
            progress.finish()
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
        progress.finish()
        if summary {
            let text = totals.text(destination: output, failures: failures)
            if output == nil { standardError(text) } else { try StandardOutput.write(text) }
        }
        return failures
    }

    /// The workbook's About sheet: the inputs, the rates and the price index used.
    func about() -> About {
        var about = About(inputs: inputs)
        var files: [String] = []
        if let table = conversion?.converter?.table {
            about.addRates(file: conversion?.ratesFile ?? MoneyData.shippedPath(MoneyData.ratesFile),
                           first: table.firstDate.description, last: table.lastDate.description)
        }
        if conversion?.deflator != nil {
            let path = conversion?.deflatorFile ?? MoneyData.shippedPath(MoneyData.deflatorFile)
            about.add("price index", path)
            files.append(path)
        }
        about.addShippedSources(files)
        return about
    }

    /// The warning for numbers too large to read exactly: where the first ones are, and how many.
    static func unreadableMessage(_ extraction: FigureExtraction, document: String) -> String {
        let shown = extraction.unreadable.prefix(3).map { "'\($0.text)' at offset \($0.start)" }
        let more = extraction.unreadableCount - shown.count
        return "chiffres: \(document): \(extraction.unreadableCount == 1 ? "a number" : "\(extraction.unreadableCount) numbers") "
            + "too large to read exactly (more than 18 significant digits): \(shown.joined(separator: ", "))"
            + (more > 0 ? " and \(more) more" : "") + "; no figure was made of \(extraction.unreadableCount == 1 ? "it" : "them")"
    }

    /// A later part of a long text, with the language and date its first part settled.
    func settled(_ part: Document, as first: Document?) -> Document {
        var d = part
        d.language = first?.language ?? d.language
        d.date = first?.date ?? d.date
        d.datePrecision = first?.datePrecision ?? d.datePrecision
        return d
    }

    /// The document with its date and language settled: `--date`, else the record's date, else
    /// the first date in the text; the record's language, else `--lang`, else detected.
    func prepare(_ document: Document) -> Document {
        var d = document
        if d.language == nil { d.language = options.language ?? Language.detect(in: d.text) }
        if let date {
            d.date = date.date
            d.datePrecision = date.precision
        } else if d.date == nil { d.date = DocumentDate.find(in: d.text, language: d.language) }
        return d
    }
}

extension FigureExtraction {
    /// Moves the unreadable numbers' offsets by `offset` code points (those of a part, made the document's).
    mutating func shift(by offset: Int) {
        for k in unreadable.indices {
            unreadable[k].start += offset
            unreadable[k].end += offset
        }
    }
}
