import ArgumentParser

@main
struct Chiffres: ParsableCommand {
    /// The version `--version` prints and workbooks record.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "chiffres",
        abstract: "The numbers in the news: money amounts and percentages as clean data.",
        version: Chiffres.version,
        subcommands: [Extract.self, Convert.self, Rates.self, Trend.self, Project.self, Backtest.self, Validate.self]
    )
}
