import Tabular
import Validation

/// Reads reference data files into a ``ReferenceTable``: NATO's tidy defence expenditure table, or a
/// long `series,year,value,unit` table.
enum ReferenceInput {
    /// How many bad rows of one file are reported one by one.
    static let reportedRows = 5

    /// Adds a file's values to `table`.
    ///
    /// - Returns: How many values were added; problems go to `report` (bad rows are left out, the
    ///   others are used).
    @discardableResult
    static func read(
        _ bytes: [UInt8], path: String, into table: inout ReferenceTable, report: (ValidateInputError) -> Void
    ) -> Int {
        let csv: CSVTable
        do throws(CSVReadError) {
            csv = try CSVTable(bytes: bytes, removesNeutralization: true)
        } catch {
            report(ValidateInputError(path: path, line: error.line, message: error.description))
            return 0
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var bad: [ValidateInputError] = []
        let header = Set(csv.header)
        let added: Int
        if ReferenceTable.natoColumns.allSatisfy(header.contains) {
            var rows: [NATORow] = []
            for row in csv.rows {
                guard let year = year(row), let value = number(row) else {
                    bad.append(ValidateInputError(path: path, line: row.line, message: "year or value is not a number; the row is left out"))
                    continue
                }
                rows.append(NATORow(country: row["country"] ?? "", iso3: row["iso3"] ?? "", year: year,
                                    measure: row["measure"] ?? "", unit: row["unit"] ?? "", value: value,
                                    estimate: flag(row["estimate"])))
            }
            added = table.addNATO(rows, name: name)
        } else if ReferenceTable.seriesColumns.allSatisfy(header.contains) {
            var rows: [SeriesRow] = []
            for row in csv.rows {
                guard let year = year(row), let value = number(row) else {
                    bad.append(ValidateInputError(path: path, line: row.line, message: "year or value is not a number; the row is left out"))
                    continue
                }
                rows.append(SeriesRow(series: row["series"] ?? "", year: year, value: value, unit: row["unit"] ?? "",
                                      edition: row["edition"], priceBasis: row["price_basis"], estimate: flag(row["estimate"])))
            }
            let result = table.addSeries(rows, name: name)
            added = result.added
            for series in result.unknownSeries {
                report(ValidateInputError(path: path, line: 0, message:
                    "series '\(series)' names no subject and measure Chiffres knows (such as \"NATO Europe and Canada defence spending\"); its rows are left out",
                    isWarning: true))
            }
        } else {
            report(ValidateInputError(path: path, line: 1, message:
                "not a reference table: give NATO's tidy table (columns \(ReferenceTable.natoColumns.joined(separator: ", "))) "
                + "or a long table with columns \(ReferenceTable.seriesColumns.joined(separator: ", "))"))
            return 0
        }
        for error in bad.prefix(reportedRows) { report(error) }
        if bad.count > reportedRows {
            report(ValidateInputError(path: path, line: 0, message: "\(bad.count - reportedRows) more problems like these"))
        }
        if added == 0 && bad.isEmpty {
            report(ValidateInputError(path: path, line: 0, message: "no value validation can use (defence spending, military aid, share of GDP)"))
        }
        return added
    }

    private static func year(_ row: CSVRow) -> Int? {
        row["year"].flatMap { Int($0) }
    }

    private static func number(_ row: CSVRow) -> Double? {
        (try? row.number("value")) ?? nil
    }

    private static func flag(_ text: String?) -> Bool {
        guard let text else { return false }
        return ["true", "yes", "1", "e", "estimate"].contains(text.lowercased())
    }
}
