import Tabular
import Trends

/// How to read series from a table (what `trend` and `project` take on the command line).
public struct SeriesTableOptions: Sendable {
    /// The input layouts.
    public enum Layout: String, Sendable, CaseIterable {
        /// Decide from the header: figures, long, then wide.
        case auto
        /// One row per (series, year, value), e.g. `series,year,value` or any tidy table.
        case long
        /// A year column and one column per series.
        case wide
        /// The CSV of `chiffres extract`.
        case figures
    }

    /// The layout of the table.
    public var layout: Layout
    /// Column(s) naming the series in a long table, comma-separated (`nil`: `series`).
    public var series: String?
    /// The year column.
    public var year: String
    /// The value column of a long table.
    public var value: String
    /// Keep only rows where COLUMN=VALUE (all must hold).
    public var filters: [String]
    /// Figures CSV: the column(s) that form a series, comma-separated (`nil`: `kind,currency`).
    public var by: String?
    /// What to do with several values in one year.
    public var duplicates: DuplicatePolicy

    /// Options with the command line's defaults.
    public init(layout: Layout = .auto, series: String? = nil, year: String = "year", value: String = "value",
                filters: [String] = [], by: String? = nil, duplicates: DuplicatePolicy = .error) {
        self.layout = layout
        self.series = series
        self.year = year
        self.value = value
        self.filters = filters
        self.by = by
        self.duplicates = duplicates
    }
}

/// A problem with one series (or the whole input), reported on standard error and in the `error` column.
public struct SeriesProblem: Error, Sendable {
    /// The series, or `nil` for the whole input.
    public let series: String?
    /// What went wrong and what would work.
    public let message: String

    /// A problem of `series` (`nil`: the whole input), with what went wrong and what would work.
    public init(series: String?, message: String) {
        self.series = series
        self.message = message
    }
}

/// Series read from a table: those that could be built, and the problems of the others.
public struct SeriesTable: Sendable {
    /// The years a series may hold (and `project --to` may reach): years 1 to 9999 of the calendar, or the
    /// periods 1, 2, 3… of a series that has no calendar (the M3 competition's); this also bounds the span of a
    /// fit and the rows of a projection.
    public static let years = 1...9999
    /// The largest magnitude of a value: squares and sums of squares stay finite in Double.
    public static let largestValue = 1e100

    /// Series in first-appearance order.
    public var series: [Series] = []
    /// Problems, in input order.
    public var problems: [SeriesProblem] = []
    /// The unit or measure to label a chart with, when the table says it.
    public var unit = ""

    /// Reads and groups the rows of `bytes` as `options` say.
    public init(bytes: [UInt8], source: String, options: SeriesTableOptions) throws(SeriesProblem) {
        try self.init(bytes: bytes, source: source, options: options, readsCleanTablesDirectly: true)
    }

    /// The same; `readsCleanTablesDirectly` lets a clean long table (see `cleanLongTable`) be read from its bytes
    /// without building the CSV table first: the same series and problems.
    init(bytes: [UInt8], source: String, options: SeriesTableOptions, readsCleanTablesDirectly: Bool) throws(SeriesProblem) {
        if readsCleanTablesDirectly, let clean = SeriesTable.cleanLongTable(bytes, options: options) {
            (series, problems) = SeriesTable.build(clean.order, clean.points, bad: nil, duplicates: options.duplicates)
            return
        }
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes, removesNeutralization: true) } catch {
            throw SeriesProblem(series: nil, message: "\(source): \(error.description)")
        }
        let header = table.header
        var layout = options.layout
        if layout == .auto {
            if header.contains("doc") && header.contains("kind") && header.contains(options.value) && header.contains(options.year) {
                layout = .figures
            } else if header.contains(options.value) && header.contains(options.year) {
                layout = .long
            } else if header.contains(options.year) {
                layout = .wide
            } else {
                throw SeriesProblem(series: nil, message: "\(source): no '\(options.year)' column; the header is \(header.joined(separator: ",")). "
                    + "Name the year column with --year, or give a long table (series,year,value) or a wide one (year,A,B,...)")
            }
        }
        var filters: [(Int, String)] = []
        for f in options.filters {
            let parts = f.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let column = parts.first ?? ""
            guard let i = header.firstIndex(of: column) else {
                throw SeriesProblem(series: nil, message: "\(source): --where names '\(column)', which is not a column (\(header.joined(separator: ",")))")
            }
            filters.append((i, parts.count > 1 ? parts[1] : ""))
        }
        let rows = filters.isEmpty ? table.rows : table.rows.filter { row in filters.allSatisfy { row.fields[$0.0] == $0.1 } }
        guard let yearIndex = header.firstIndex(of: options.year) else {
            throw SeriesProblem(series: nil, message: "\(source): no '\(options.year)' column")
        }
        // Each series' slot in `found` and `bad`, by name; consecutive rows of one series (the usual long table)
        // find it without hashing.
        var found = SeriesSlots()
        var bad: [String?] = []
        var recent: (name: String, slot: Int)?
        func add(_ name: String, _ yearText: String, _ valueText: String, line: Int, column: String, skipBadYear: Bool) {
            let slot: Int
            if let recent, recent.name == name {
                slot = recent.slot
            } else {
                slot = found.slot(of: name)
                if slot == bad.count { bad.append(nil) }
            }
            recent = (name, slot)
            if bad[slot] != nil { return }
            let valueTrimmed = valueText.trimmingSpaces
            if valueTrimmed.isEmpty { return }  // an empty cell is a missing year
            guard let y = Int(yearText.trimmingSpaces) else {
                if skipBadYear { return }
                bad[slot] = "line \(line): year '\(yearText)' is not a whole year"
                return
            }
            guard let v = SeriesTable.number(valueTrimmed) else {
                bad[slot] = "line \(line): '\(valueText)' in column \(column) is not a number"
                return
            }
            guard v.isFinite else {
                bad[slot] = "line \(line): the value for \(y) is NaN or infinite; fix or remove that cell"
                return
            }
            guard SeriesTable.years.contains(y) else {
                if skipBadYear { return }
                bad[slot] = "line \(line): year \(y) is outside \(SeriesTable.years.lowerBound)–\(SeriesTable.years.upperBound), "
                    + "the years Chiffres fits; fix that cell or filter the row out (--where)"
                return
            }
            guard abs(v) <= SeriesTable.largestValue else {
                bad[slot] = "line \(line): the value for \(y) is beyond ±1e100, too large to fit; rescale the series "
                    + "(e.g. billions rather than units)"
                return
            }
            found.points[slot].append((y, v))
        }
        switch layout {
        case .long, .auto:
            let names = (options.series ?? (header.contains("series") ? "series" : "")).split(separator: ",").map(String.init)
            guard !names.isEmpty else {
                throw SeriesProblem(series: nil, message: "\(source): which column names the series? Use --series COLUMN (e.g. --series country)")
            }
            let nameIndexes = try Self.columnIndexes(names, in: header, option: "--series", source: source)
            let valueIndex = try Self.column(options.value, in: header, option: "--value", source: source)
            for row in rows {
                let name = nameIndexes.count == 1 ? row.fields[nameIndexes[0]] : nameIndexes.map { row.fields[$0] }.joined(separator: " / ")
                add(name, row.fields[yearIndex], row.fields[valueIndex], line: row.line, column: options.value, skipBadYear: false)
            }
            if let unitIndex = header.firstIndex(of: "unit") {
                let units = Set(rows.map { $0.fields[unitIndex] })
                if units.count == 1 { unit = units.first ?? "" }
            }
            if unit.isEmpty, let m = header.firstIndex(of: "measure") {
                let measures = Set(rows.map { $0.fields[m] })
                if measures.count == 1 { unit = measures.first ?? "" }
            }
        case .wide:
            for row in rows {
                for (i, column) in header.enumerated() where i != yearIndex {
                    add(column, row.fields[yearIndex], row.fields[i], line: row.line, column: column, skipBadYear: false)
                }
            }
        case .figures:
            let names = (options.by ?? "kind,currency").split(separator: ",").map(String.init)
            let nameIndexes = try Self.columnIndexes(names, in: header, option: "--by", source: source)
            let valueIndex = try Self.column(options.value, in: header, option: "--value", source: source)
            // Figures whose year is a period (2024-2030) or unknown are not points of an annual series.
            for row in rows {
                let name = nameIndexes.map { row.fields[$0] }.filter { !$0.isEmpty }.joined(separator: " ")
                add(name.isEmpty ? "figures" : name, row.fields[yearIndex], row.fields[valueIndex], line: row.line,
                    column: options.value, skipBadYear: true)
            }
        }
        (series, problems) = SeriesTable.build(found.order, found.points, bad: bad, duplicates: options.duplicates)
        if found.order.isEmpty {
            problems.append(SeriesProblem(series: nil, message: "\(source): no rows\(filters.isEmpty ? "" : " match the --where filters")"))
        }
    }

    /// Series by name, in first-appearance order, with their points.
    struct SeriesSlots {
        var slots: [String: Int] = [:]
        var order: [String] = []
        var points: [[(year: Int, value: Double)]] = []

        /// The slot of `name`: a new one, with no points, the first time it is seen.
        mutating func slot(of name: String) -> Int {
            if let known = slots[name] { return known }
            slots[name] = order.count
            order.append(name)
            points.append([])
            return order.count - 1
        }
    }

    /// The series named in `order` from their points, or the problem of each that is bad or cannot be built.
    static func build(_ order: [String], _ points: [[(year: Int, value: Double)]], bad: [String?]?,
                      duplicates: DuplicatePolicy) -> (series: [Series], problems: [SeriesProblem]) {
        var series: [Series] = [], problems: [SeriesProblem] = []
        for (slot, name) in order.enumerated() {
            if let why = bad?[slot] {
                problems.append(SeriesProblem(series: name, message: "series '\(name)': \(why)"))
                continue
            }
            do {
                series.append(try Series(name: name, points: points[slot], duplicates: duplicates))
            } catch {
                problems.append(SeriesProblem(series: name, message: error.description))
            }
        }
        return (series, problems)
    }

    /// The index of each named column, or an error naming the option that asked for a missing one.
    static func columnIndexes(_ names: [String], in header: [String], option: String, source: String)
        throws(SeriesProblem) -> [Int] {
        var indexes: [Int] = []
        for name in names { indexes.append(try column(name, in: header, option: option, source: source)) }
        return indexes
    }

    /// The index of a named column, or an error naming the option that would fix it.
    static func column(_ name: String, in header: [String], option: String, source: String) throws(SeriesProblem) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw SeriesProblem(series: nil, message: "\(source): no column '\(name)' (the header is \(header.joined(separator: ","))); name another with \(option)")
        }
        return index
    }

    /// A number written with `.` or a single decimal `,`; `nil` when it is not one. NaN and infinities parse (and
    /// are reported as such by the caller).
    static func number(_ text: String) -> Double? {
        if let v = PlainDecimal.value(text) ?? Double(text) { return v }
        let commas = text.filter { $0 == "," }.count
        guard commas == 1, !text.contains(".") else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace = { (c: UInt8) in c == 0x20 || c == 0x09 }
        // The ends read through the contiguous UTF-8 (every cell read from a file has it), not the view's slower index walk.
        let padded = utf8.withContiguousStorageIfAvailable { $0.isEmpty ? false : isSpace($0[0]) || isSpace($0[$0.count - 1]) }
            ?? (utf8.first.map(isSpace) == true || utf8.last.map(isSpace) == true)
        guard padded else { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
