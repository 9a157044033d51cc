import Testing
@testable import SeriesTable
import Trends

/// Clean long tables read straight from their bytes give the series and problems the general reading gives, and
/// anything not clean is left to the general reading.
struct CleanLongTableTests {
    /// Random long tables, clean or with one flaw of the kinds the direct reading refuses or must get right.
    @Test func directReadingIsTheGeneralReading() throws {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let flaws = ["", "\"q\"", "'=x", "\r", "é", "+12", "0", "12345", "1e3", " 7 ", "\t3.5", "-0.25", "x", "", "1.",
                     ",", "", "2,5", "NaN"]
        let headers = ["series,year,value", "year,series,value,other", "\u{FEFF}series,year,value", "series;year;value",
                       "series,year,value,unit", "country,year,value", "series,year,value,doc,kind"]
        var direct = 0
        for round in 0..<1500 {
            let header = headers[next(headers.count)]
            let columns = header.split(separator: header.contains(";") ? ";" : ",").map(String.init)
            var text = header + "\n"
            let series = ["A", "B", "N0001", "", "C D"]
            for _ in 0..<next(12) {
                var cells: [String] = []
                for c in columns {
                    switch String(String.UnicodeScalarView(c.unicodeScalars.filter { $0 != "\u{FEFF}" })) {
                    case "series", "country": cells.append(series[next(series.count)])
                    case "year": cells.append(String(1 + next(40)))
                    case "value": cells.append(next(6) == 0 ? "" : next(5) == 0 ? String(Double(next(200_000)) / 100 - 500)
                                              : "\(next(2000) - 1000).\(next(100))")
                    default: cells.append("u")
                    }
                }
                if next(40) == 0 { cells[next(cells.count)] = flaws[next(flaws.count)] }  // now and then a flawed cell
                text += cells.joined(separator: header.contains(";") ? ";" : ",") + (next(80) == 0 ? "\n\n" : "\n")
            }
            if round % 7 == 0 { text.removeLast() }  // no line end at the end
            let bytes = Array(text.utf8)
            for options in [SeriesTableOptions(), SeriesTableOptions(series: "country"), SeriesTableOptions(layout: .long),
                            SeriesTableOptions(duplicates: .mean)] {
                let general = Result { () throws(SeriesProblem) in
                    try SeriesTable(bytes: bytes, source: "t.csv", options: options, readsCleanTablesDirectly: false)
                }
                let fast = Result { () throws(SeriesProblem) in
                    try SeriesTable(bytes: bytes, source: "t.csv", options: options, readsCleanTablesDirectly: true)
                }
                #expect(Self.summary(fast) == Self.summary(general), "\(text)")
                if SeriesTable.cleanLongTable(bytes, options: options) != nil { direct += 1 }
            }
        }
        #expect(direct > 800, "the clean tables are read directly")
    }

    /// Each series' name, years and values (bit for bit), each problem's message, and the unit.
    static func summary(_ r: Result<SeriesTable, SeriesProblem>) -> String {
        switch r {
        case .failure(let p): return "error: \(p.message)"
        case .success(let t):
            let series = t.series.map { s in "\(s.name): " + zip(s.years, s.values).map { "\($0)=\($1.bitPattern)" }.joined(separator: " ") }
            return (series + t.problems.map { "problem \($0.series ?? "-"): \($0.message)" } + ["unit \(t.unit)"]).joined(separator: "\n")
        }
    }
}
