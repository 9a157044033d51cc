import Tabular

extension SeriesTable {
    /// The series of a clean long table read straight from its bytes, in first-appearance order with their points
    /// in file order: what the general reading gives for it, without a string per cell or a record per line.
    ///
    /// Clean means: a long layout (`series,year,value` or the columns the options name) with one series column, no
    /// `--where` filter, no `unit` or `measure` column, a comma-delimited body in ASCII without quotes, apostrophes
    /// (neutralized cells), carriage returns or blank lines, every line with the header's number of fields, every
    /// year 1 to 9999 in digits and every value a short plain decimal (or empty: a missing year). Anything else
    /// gives `nil`, and the general reading (with its messages) takes the table.
    static func cleanLongTable(_ bytes: [UInt8], options: SeriesTableOptions)
        -> (order: [String], points: [[(year: Int, value: Double)]])? {
        guard options.filters.isEmpty, options.layout == .auto || options.layout == .long else { return nil }
        var reader = CSVReader(bytes: bytes, removesNeutralization: true)
        guard reader.dialect.delimiter == UInt8(ascii: ","), let header = try? reader.nextRecord() else { return nil }
        if options.layout == .auto && header.contains("doc") && header.contains("kind") { return nil }  // figures
        let nameColumn = options.series ?? (header.contains("series") ? "series" : "")
        guard !nameColumn.isEmpty, !nameColumn.contains(","), !header.contains("unit"), !header.contains("measure"),
              let nameIndex = header.firstIndex(of: nameColumn), let yearIndex = header.firstIndex(of: options.year),
              let valueIndex = header.firstIndex(of: options.value) else { return nil }
        let start = reader.nextRecordOffset
        return bytes.withUnsafeBufferPointer { all in
            guard start < all.count, all[start...].allSatisfy({ $0 < 0x80 && $0 != 0x22 && $0 != 0x27 && $0 != 0x0D }) else {
                return nil
            }
            var found = SeriesSlots()
            var recent: (name: Range<Int>, slot: Int)?
            var fields = [Range<Int>](repeating: 0..<0, count: header.count)
            var lineStart = start
            while lineStart < all.count {
                // The fields of one line: exactly as many as the header has, none of them the whole of a blank line.
                var lineEnd = lineStart, count = 0, fieldStart = lineStart
                while lineEnd < all.count && all[lineEnd] != 0x0A {
                    if all[lineEnd] == UInt8(ascii: ",") {
                        guard count + 1 < fields.count else { return nil }
                        fields[count] = fieldStart..<lineEnd
                        count += 1
                        fieldStart = lineEnd + 1
                    }
                    lineEnd += 1
                }
                guard lineEnd > lineStart, count + 1 == fields.count else { return nil }
                fields[count] = fieldStart..<lineEnd
                lineStart = lineEnd + 1
                // The series' slot first: a series all of whose values are missing is still one (with no points).
                let name = fields[nameIndex]
                let slot: Int
                if let recent, all[recent.name].elementsEqual(all[name]) {
                    slot = recent.slot
                } else {
                    slot = found.slot(of: String(decoding: UnsafeBufferPointer(rebasing: all[name]), as: UTF8.self))
                }
                recent = (name, slot)
                let valueText = trimmed(all, fields[valueIndex])
                if valueText.isEmpty { continue }  // a missing year (its year is not read, as in the general reading)
                guard let year = wholeYear(all, trimmed(all, fields[yearIndex])),
                      let value = PlainDecimal.value(utf8: UnsafeBufferPointer(rebasing: all[valueText])) else { return nil }
                found.points[slot].append((year, value))
            }
            return found.order.isEmpty ? nil : (found.order, found.points)
        }
    }

    /// `range` without leading and trailing spaces and tabs.
    private static func trimmed(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && (all[lower] == 0x20 || all[lower] == 0x09) { lower += 1 }
        while upper > lower && (all[upper - 1] == 0x20 || all[upper - 1] == 0x09) { upper -= 1 }
        return lower..<upper
    }

    /// The year written in 1 to 4 digits, 1 to 9999; `nil` for anything else (a sign, a letter, 0).
    private static func wholeYear(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard (1...4).contains(range.count) else { return nil }
        var year = 0
        for i in range {
            let d = all[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            year = year * 10 + Int(d)
        }
        return SeriesTable.years.contains(year) ? year : nil
    }
}
