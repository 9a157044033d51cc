import ArgumentParser

@main
struct Chiffres: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chiffres",
        abstract: "The numbers in the news: money amounts and percentages as clean data.",
        subcommands: [Extract.self, Convert.self, Rates.self, Trend.self, Project.self, Backtest.self, Validate.self]
    )
}
