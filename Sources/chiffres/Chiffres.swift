import ArgumentParser

@main
struct Chiffres: ParsableCommand {
    /// The version `--version` prints and workbooks record.
    static let version = "0.1.0"

    // Every command gives its name (commandName): derived from the type's name, it costs each start a
    // String(describing:) of the type, whose protocol lookups scan every conformance of the binary.
    static let configuration = CommandConfiguration(
        commandName: "chiffres",
        abstract: "The numbers in the news: money amounts and percentages as clean data.",
        discussion: """
            Data: conversions and constant prices read the ECB rates (rates/eurofxref-hist.zip) and the US CPI \
            (cpi/us-cpi-u-annual.csv) from a datasets folder, the first that has the file of: $CHIFFRES_DATASETS; \
            <executable's folder>/../share/chiffres/datasets (make install); the datasets/ folder of the repository \
            the executable was built in; ./datasets. --rates FILE and --deflator FILE name other files.

            Examples:
              chiffres extract datasets/articles/seeds.jsonl --to EUR -o figures.csv
              chiffres convert 500000000 GBP --to USD --date 2026-02-12
              chiffres help trend
            """,
        version: Chiffres.version,
        subcommands: [Extract.self, Convert.self, Rates.self, Trend.self, Project.self, Backtest.self, Validate.self]
    )
}
