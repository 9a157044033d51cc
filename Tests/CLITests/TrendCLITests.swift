import Foundation
import Testing

/// Runs the built `chiffres` binary (it sits beside the test bundle in the build folder).
enum ChiffresBinary {
    static var url: URL {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("chiffres"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("chiffres"),
                          packageRoot.appendingPathComponent(".build/debug/chiffres")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `chiffres arguments…` and returns the exit status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporary(_ text: String, suffix: String = ".csv") throws -> String {
        let path = NSTemporaryDirectory() + "chiffres-trend-\(UUID().uuidString)\(suffix)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Splits simple CSV output (no quoted commas) into header and rows of named cells.
    static func table(_ csv: String, separator: Character = ",") -> [[String: String]] {
        var lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            let cells = line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells + Array(repeating: "", count: max(0, header.count - cells.count))))
        }
    }
}

@Suite(.serialized) struct TrendCLITests {
    static let natoPath = ChiffresBinary.packageRoot
        .appendingPathComponent("datasets/nato/nato_defence_expenditure_2014_2024_tidy.csv").path

    @Test func fitColumnsAreTheContract() throws {
        let file = try ChiffresBinary.temporary("series,year,value\na,2020,1\na,2021,2\na,2022,2.5\na,2023,4\n")
        let r = try ChiffresBinary.run(["trend", file])
        #expect(r.status == 0, "\(r.err)")
        let header = r.out.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("series,model,n,df,first_year,last_year,intercept,slope,se_intercept,se_slope,r2,adj_r2,resid_se,f,growth_rate,growth_low,growth_high,alpha,beta,level,trend"))
        let rows = ChiffresBinary.table(r.out)
        #expect(rows.map { $0["model"] ?? "" } == ["linear", "loglinear", "poly2", "holt"])
        // y = 1, 2, 2.5, 4 on 2020…2023: ȳ = 2.375, slope = Sxy/Sxx = 4.75/5 = 0.95; intercept at year 0 = ȳ − 0.95·2021.5.
        let linear = try #require(rows.first)
        #expect(abs((Double(linear["slope"] ?? "") ?? 0) - 0.95) < 1e-12)
        #expect(abs((Double(linear["intercept"] ?? "") ?? 0) - (2.375 - 0.95 * 2021.5)) < 1e-9)
        #expect(linear["df"] == "2" && linear["n"] == "4")
    }

    /// `--where =` passed the COLUMN=VALUE check and then indexed an empty split: a trap (found while moving the
    /// series reading into the SeriesTable library). Now it names the empty column like any unknown one.
    @Test func whereWithAnEmptyColumnIsAnError() throws {
        let file = try ChiffresBinary.temporary("series,year,value\na,2020,1\na,2021,2\n")
        for filter in ["=", "=a"] {
            let r = try ChiffresBinary.run(["trend", file, "--where", filter])
            #expect(r.status == 1, "--where \(filter): \(r.err)")
            #expect(r.err.contains("--where names '', which is not a column (series,year,value)"), "\(r.err)")
        }
    }

    @Test func badSeriesAreReportedAndOthersStillFitted() throws {
        let csv = """
        series,year,value
        good,2020,10
        good,2021,12
        good,2022,13
        text,2020,10
        text,2021,abc
        one,2020,5
        neg,2020,-1
        neg,2021,2
        neg,2022,3
        flat,2020,7
        flat,2021,7
        flat,2022,7
        pair,2023,404.2
        pair,2024,485
        nan,2020,NaN
        nan,2021,1

        """
        let r = try ChiffresBinary.run(["trend", try ChiffresBinary.temporary(csv), "--model", "linear,loglinear"])
        #expect(r.status == 1)
        #expect(r.err.contains("'text'") && r.err.contains("abc"))
        #expect(r.err.contains("'one'") && r.err.contains("at least 2"))
        #expect(r.err.contains("'neg'") && r.err.contains("loglinear"))
        #expect(r.err.contains("'nan'") && r.err.contains("NaN"))
        let rows = ChiffresBinary.table(r.out)
        for row in rows {
            for (column, cell) in row where column != "series" && column != "error" {
                #expect(!cell.lowercased().contains("nan") && !cell.lowercased().contains("inf"), "\(column): \(cell)")
            }
        }
        let good = try #require(rows.first { $0["series"] == "good" && $0["model"] == "linear" })
        #expect(good["error"] == "" && good["r2"] != "")
        let flat = try #require(rows.first { $0["series"] == "flat" && $0["model"] == "linear" })
        #expect(flat["r2"] == "" && flat["f"] == "" && flat["slope"] == "0")
        let pair = try #require(rows.first { $0["series"] == "pair" && $0["model"] == "linear" })
        #expect(pair["se_slope"] == "" && pair["adj_r2"] == "" && pair["r2"] == "1")
        let neg = try #require(rows.first { $0["series"] == "neg" && $0["model"] == "loglinear" })
        #expect(neg["error"]?.isEmpty == false)
    }

    @Test func natoTidyFileAndProjectionAgreeWithFit() throws {
        let base = [Self.natoPath, "--series", "country", "--where", "measure=defence_expenditure_share_of_gdp"]
        let trend = try ChiffresBinary.run(["trend"] + base + ["--model", "linear"])
        #expect(trend.status == 0, "\(trend.err)")
        let fits = ChiffresBinary.table(trend.out)
        #expect(fits.count == 33)
        let poland = try #require(fits.first { $0["series"] == "Poland" })
        let a = try #require(Double(poland["intercept"] ?? "")), b = try #require(Double(poland["slope"] ?? ""))
        let project = try ChiffresBinary.run(["project"] + base + ["--where", "country=Poland", "--to", "2030", "--threshold", "5", "--model", "linear"])
        #expect(project.status == 0, "\(project.err)")
        let header = project.out.split(separator: "\n").first.map(String.init)
        #expect(header == "series,model,year,fit,mean_low,mean_high,pred_low,pred_high,crossing_year,crossing_year_exact,method,interval,note")
        let rows = ChiffresBinary.table(project.out)
        #expect(rows.map { $0["year"] ?? "" } == ["2025", "2026", "2027", "2028", "2029", "2030"])
        for row in rows {
            let year = try #require(Double(row["year"] ?? "")), fit = try #require(Double(row["fit"] ?? ""))
            #expect(abs(fit - (a + b * year)) < 1e-9 * max(1, abs(fit)))
            let values = ["pred_low", "mean_low", "fit", "mean_high", "pred_high"].compactMap { row[$0].flatMap(Double.init) }
            #expect(values.count == 5 && values == values.sorted(), "intervals nest around the fit")
            let exact = try #require(Double(row["crossing_year_exact"] ?? ""))
            #expect(row["crossing_year"] == String(Int(exact.rounded(.up))))
        }
    }

    @Test func wideLayoutDuplicatesAndFrenchDialect() throws {
        let wide = try ChiffresBinary.temporary("year,A,B\n2020,1,10\n2021,2,9\n2022,3,\n2023,4,7\n")
        let r = try ChiffresBinary.run(["trend", wide, "--model", "linear", "--excel-fr"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("\u{FEFF}series;model;n;df"))
        let rows = ChiffresBinary.table(r.out.replacingOccurrences(of: "\u{FEFF}", with: ""), separator: ";")
        #expect(rows.map { $0["series"] ?? "" } == ["A", "B"])
        #expect(rows[1]["n"] == "3", "an empty cell is a missing year")
        #expect(rows[0]["slope"] == "1")

        let dup = try ChiffresBinary.temporary("series,year,value\nx,2020,1\nx,2020,3\nx,2021,5\n")
        let refused = try ChiffresBinary.run(["trend", dup, "--model", "linear"])
        #expect(refused.status == 1 && refused.err.contains("--duplicates"))
        let averaged = try ChiffresBinary.run(["trend", dup, "--model", "linear", "--duplicates", "mean"])
        #expect(averaged.status == 0)
        #expect(ChiffresBinary.table(averaged.out).first?["slope"] == "3")
    }

    @Test func figuresCSVGroupsByColumns() throws {
        let csv = """
        doc,start,end,text,kind,value,high,currency,approx,change,year,date,sentence
        a,0,5,x,money,100,,EUR,exact,,2020,,s
        a,6,9,x,money,110,,EUR,exact,,2021,,s
        b,0,5,x,money,125,,EUR,exact,,2022,,s
        b,0,5,x,percent,3,,,exact,,2022,,s
        b,0,5,x,money,999,,EUR,exact,,2024-2030,,s

        """
        let r = try ChiffresBinary.run(["trend", try ChiffresBinary.temporary(csv), "--model", "linear"])
        #expect(r.status == 1, "the one-point percent series cannot be fitted")
        let rows = ChiffresBinary.table(r.out)
        let money = try #require(rows.first { $0["series"] == "money EUR" })
        #expect(money["n"] == "3", "the 2024-2030 period is not an annual point")
    }

    @Test func chartsAndEmptyInput() throws {
        let file = try ChiffresBinary.temporary("series,year,value\na,2020,1\na,2021,2\na,2022,2.5\na,2023,4\n")
        let svgPath = NSTemporaryDirectory() + "chiffres-\(UUID().uuidString).svg"
        let r = try ChiffresBinary.run(["project", file, "--to", "2026", "--svg", svgPath])
        #expect(r.status == 0, "\(r.err)")
        let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<polyline") && svg.contains("<polygon") && svg.contains("prediction interval"))
        #expect(svg.hasSuffix("</svg>\n"))

        let empty = try ChiffresBinary.temporary("")
        let e = try ChiffresBinary.run(["trend", empty])
        #expect(e.status == 1 && e.err.contains("empty"))
        let usage = try ChiffresBinary.run(["project", file, "--to", "2026", "--model", "cubic"])
        #expect(usage.status == 2)
    }
}
