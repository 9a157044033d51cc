import Foundation
import ArgumentParser
import Tabular
import Trends
import SeriesTable

/// The options that say where the series are and how to read them (shared by `trend` and `project`).
struct SeriesInputOptions: ParsableArguments {
    /// The input layouts.
    typealias Layout = SeriesTableOptions.Layout

    @Argument(help: "A CSV file, or - for standard input.")
    var file: String

    @Option(help: "Input layout: auto (decided from the header), long (series,year,value or any tidy table), wide (a year column and one column per series), figures (the CSV of chiffres extract).")
    var layout: Layout = .auto

    @Option(help: "Column(s) naming the series in a long/tidy table, comma-separated (default: series).")
    var series: String?

    @Option(help: "The year column.")
    var year = "year"

    @Option(help: "The value column of a long table.")
    var value = "value"

    @Option(name: .customLong("where"), help: "Keep only rows where COLUMN=VALUE (repeatable; all must hold).")
    var filters: [String] = []

    @Option(help: "Figures CSV: the column(s) that form a series, comma-separated (default: kind,currency).")
    var by: String?

    @Option(help: "Several values in one year: an error, or their mean, first, last or max.")
    var duplicates: DuplicatePolicy = .error

    func validate() throws {
        for f in filters where !f.contains("=") {
            throw ValidationError("--where '\(f)' needs the form COLUMN=VALUE, e.g. --where measure=defence_expenditure_share_of_gdp")
        }
    }
}

extension DuplicatePolicy: ExpressibleByArgument {}

extension SeriesTableOptions.Layout: ExpressibleByArgument {}

extension SeriesInputOptions {
    /// The reading options these command-line options stand for.
    var tableOptions: SeriesTableOptions {
        SeriesTableOptions(layout: layout, series: series, year: year, value: value, filters: filters, by: by, duplicates: duplicates)
    }
}

/// Series read from the table the command line names.
typealias SeriesInput = SeriesTable

extension SeriesTable {
    /// Reads and groups the rows of `bytes` as the command-line `options` say.
    init(bytes: [UInt8], source: String, options: SeriesInputOptions) throws(SeriesProblem) {
        try self.init(bytes: bytes, source: source, options: options.tableOptions)
    }
}
