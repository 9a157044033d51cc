import Foundation
import Testing

/// `chiffres convert` and `chiffres rates` on the shipped data, run as a user would.
@Suite struct MoneyCommandsTests {
    @Test func convertsPoundsToDollars() throws {
        let run = try MoneyCLI.run(["convert", "500", "GBP", "--to", "USD", "--date", "2026-02-12"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "500 GBP = 681.55 USD")
        #expect(lines.contains("rate        1 GBP = 1.3631041 USD"))
        #expect(lines.contains("rate date   2026-02-12"))
        #expect(lines.contains("source      ECB"))
        #expect(lines.contains("rounded     half away from zero to 2 decimal places"))
        #expect(run.stderr.isEmpty)
    }

    @Test func csvRowAndWeekend() throws {
        let run = try MoneyCLI.run(["convert", "500", "GBP", "--to", "usd", "--date", "2026-02-14", "--csv"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            amount,currency,date,value_usd,rate,rate_date,rate_source,places
            500,GBP,2026-02-14,680.47,1.3609454,2026-02-13,ECB,2

            """)
        let text = try MoneyCLI.run(["convert", "500", "GBP", "--to", "USD", "--date", "2026-02-14"])
        #expect(text.stdout.contains("rate date   2026-02-13 (the last fixing on or before 2026-02-14)"))
    }

    @Test func legacyYearAverageAndFixedRates() throws {
        let francs = try MoneyCLI.run(["convert", "20000000000", "FRF", "--to", "EUR", "--date", "1998-06-15"])
        #expect(francs.status == 0)
        #expect(francs.stdout.hasPrefix("20000000000 FRF = 3048980344.75 EUR\n"))
        #expect(francs.stdout.contains("source      fixed FRF 6.55957"))
        let average = try MoneyCLI.run(["convert", "50000000000", "EUR", "--to", "USD", "--year", "2024", "--csv"])
        #expect(average.stdout.hasSuffix("50000000000,EUR,2024,54119023437.50,1.0823805,2024,ECB year average,2\n"))
        let cfa = try MoneyCLI.run(["convert", "655957", "XOF", "--to", "XAF", "--csv"])
        #expect(cfa.stdout.contains(",655957,1,,fixed XOF 655.957 XAF 655.957,0\n"))
    }

    @Test func missingRatesAreEmptyWithAWarning() throws {
        let before = try MoneyCLI.run(["convert", "20000000000", "FRF", "--to", "USD", "--date", "1998-06-15", "--csv"])
        #expect(before.status == 1)
        #expect(before.stdout.hasSuffix("20000000000,FRF,1998-06-15,,,,,2\n"))
        #expect(before.stderr == "warning: no rate on 1998-06-15: the rate table starts on 1999-01-04\n")
        let naira = try MoneyCLI.run(["convert", "1000", "NGN", "--to", "EUR", "--date", "2024-05-02"])
        #expect(naira.status == 1)
        #expect(naira.stderr.contains("no rate for NGN"))
        let rouble = try MoneyCLI.run(["convert", "1000", "RUB", "--to", "EUR", "--date", "2023-05-02"])
        #expect(rouble.status == 1)
        #expect(rouble.stderr.contains("stopped publishing it after 2022-03-01"))
    }

    @Test func badInputIsRefusedWithWhatToDo() throws {
        let unknown = try MoneyCLI.run(["convert", "5", "GPB", "--to", "USD"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown currency code 'GPB'"))
        #expect(unknown.stderr.contains("GBP"))
        let amount = try MoneyCLI.run(["convert", "5e9", "GBP", "--to", "USD"])
        #expect(amount.status != 0)
        #expect(amount.stderr.contains("'5e9' is not an amount"))
        let noFile = try MoneyCLI.run(["convert", "5", "GBP", "--to", "USD", "--rates", "nowhere.zip"])
        #expect(noFile.status == 1)
        #expect(noFile.stderr.contains("rates file nowhere.zip does not exist"))
    }

    @Test func datasetsFolderFromTheEnvironment() throws {
        let prefix = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = try MoneyCLI.copyOfBinary(into: prefix)
        let lost = try MoneyCLI.run(["convert", "5", "GBP", "--to", "USD"], in: prefix, binary: binary)
        #expect(lost.status == 1)
        #expect(lost.stderr.contains("rates file datasets/rates/eurofxref-hist.zip not found; looked in:"))
        #expect(lost.stderr.contains("\(prefix.path)/share/chiffres/datasets/rates/eurofxref-hist.zip (installed beside the executable)"))
        #expect(lost.stderr.contains("  datasets/rates/eurofxref-hist.zip (the current directory)"))
        #expect(lost.stderr.contains("Set CHIFFRES_DATASETS"))
        #expect(lost.stderr.contains("--rates FILE"))
        let found = try MoneyCLI.run(
            ["convert", "5", "GBP", "--to", "USD", "--date", "2026-02-12", "--csv"], in: prefix, binary: binary,
            environment: ["CHIFFRES_DATASETS": MoneyCLI.root.appendingPathComponent("datasets").path])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.hasSuffix("5,GBP,2026-02-12,6.82,1.3631041,2026-02-12,ECB,2\n"))
        let missing = try MoneyCLI.run(["convert", "5", "GBP", "--to", "USD"], in: prefix, binary: binary,
                                       environment: ["CHIFFRES_DATASETS": "/nonexistent/chiffres-data"])
        #expect(missing.stderr.contains("/nonexistent/chiffres-data/rates/eurofxref-hist.zip ($CHIFFRES_DATASETS)"))
    }

    @Test func datasetsInstalledBesideTheExecutable() throws {
        let prefix = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = try MoneyCLI.copyOfBinary(into: prefix)
        let rates = prefix.appendingPathComponent("share/chiffres/datasets/rates")
        try FileManager.default.createDirectory(at: rates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: MoneyCLI.root.appendingPathComponent("datasets/rates/eurofxref-hist.zip"),
            to: rates.appendingPathComponent("eurofxref-hist.zip"))
        let elsewhere = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let run = try MoneyCLI.run(["rates"], in: elsewhere, binary: binary)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("rates       \(rates.path)/eurofxref-hist.zip "))
        let convert = try MoneyCLI.run(["convert", "5", "GBP", "--to", "USD", "--date", "2026-02-12", "--csv"],
                                       in: elsewhere, binary: binary)
        #expect(convert.stdout.hasSuffix("5,GBP,2026-02-12,6.82,1.3631041,2026-02-12,ECB,2\n"))
    }

    @Test func datasetsOfTheRepositoryFromAnyFolder() throws {
        let elsewhere = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let run = try MoneyCLI.run(["rates"], in: elsewhere)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("rates       \(MoneyCLI.root.path)/datasets/rates/eurofxref-hist.zip "))
        let here = try MoneyCLI.run(["rates"])
        #expect(here.stdout.hasPrefix("rates       datasets/rates/eurofxref-hist.zip "))
    }

    @Test func ratesDescribesCoverage() throws {
        let run = try MoneyCLI.run(["rates"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("coverage    1999-01-04 to 2026-10-30, 7126 fixing days, 41 currencies"))
        #expect(lines.contains("last date   2026-10-30"))
        #expect(lines.contains("RUB   2005-04-01  2022-03-01  4333  discontinued after 2022-03-01"))
        #expect(lines.contains("HRK   2005-04-01  2022-12-30  4548  discontinued after 2022-12-30; fixed 7.5345 per euro since 2023-01-01"))
        #expect(lines.contains("ISK   1999-01-04  2026-10-30  4785  published; no rates 2008-12-10 to 2018-01-31"))
        #expect(lines.contains("FRF   6.55957 per euro since 1999-01-01 (irrevocable euro conversion rate)"))
        #expect(lines.filter { $0.hasSuffix("  published") || $0.contains("  published;") }.count == 29)
    }

    @Test func checksANewerFileBeforeUse() throws {
        let csv = try MoneyCLI.shippedCSV()
        try #require(csv.hasPrefix("Date,USD,"), "unzip is needed for this test")
        let folder = try MoneyCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        // A newer download: one more day on top, as the ECB adds them.
        let newDay = "2026-11-02" + lines[1].dropFirst(10)
        let newer = folder.appendingPathComponent("newer.csv")
        try ([String(lines[0]), String(newDay)] + lines.dropFirst().map(String.init)).joined(separator: "\n")
            .write(to: newer, atomically: true, encoding: .utf8)
        let good = try MoneyCLI.run(["rates", "--check", newer.path])
        #expect(good.status == 0)
        #expect(good.stdout.contains("OK, 1999-01-04 to 2026-11-02, 7127 fixing days, 41 currencies"))
        #expect(good.stdout.contains("1 more fixing days, to 2026-11-02"))
        #expect(good.stdout.contains("rates on the 7126 days both files hold: identical"))
        // The newer file is then used with --rates.
        let used = try MoneyCLI.run(["convert", "1", "EUR", "--to", "USD", "--rates", newer.path, "--csv"])
        #expect(used.stdout.hasSuffix("1,EUR,2026-11-02,1.12,1.1172,2026-11-02,ECB,2\n"))
        // A changed rate is reported; a malformed one refuses the file with line and column.
        var altered = lines.map(String.init)
        altered[2] = altered[2].replacingOccurrences(of: ",1.113,", with: ",1.114,")
        let changed = folder.appendingPathComponent("changed.csv")
        try altered.joined(separator: "\n").write(to: changed, atomically: true, encoding: .utf8)
        let warned = try MoneyCLI.run(["rates", "--check", changed.path])
        #expect(warned.stdout.contains("warning: 1 rates differ on the 7126 days both files hold (first: USD on 2026-10-29: 1.113 → 1.114)"))
        altered[3] = altered[3].replacingOccurrences(of: "N/A", with: "n.a.")
        let broken = folder.appendingPathComponent("broken.csv")
        try altered.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
        let refused = try MoneyCLI.run(["rates", "--check", broken.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(broken.path): line 4, column "))
        #expect(refused.stderr.contains("'n.a.' is not a rate for BGN"))
    }
}
