extension Deflator {
    /// Reads a deflator CSV: a header line (`year,index`) then one `year,index` row per year.
    ///
    /// A French file (`;` between fields, decimal comma) reads too. Columns after the second are
    /// ignored; blank lines are skipped.
    /// - Throws: ``DeflatorFileError`` with the line and column of the first problem.
    public init(csv bytes: [UInt8], name: String, currency: String? = nil) throws(DeflatorFileError) {
        var indices: [Int: ExactDecimal] = [:]
        var lineNumber = 0
        var sawHeader = false
        let text = String(decoding: bytes, as: UTF8.self)
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = rawLine
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let french = line.contains(";")
            let fields = line.split(separator: french ? ";" : ",", omittingEmptySubsequences: false)
            let yearText = fields[0].trimmingSpaces
            guard let year = Int(yearText) else {
                if !sawHeader && indices.isEmpty && fields.count >= 2 {
                    sawHeader = true
                    continue
                }
                throw DeflatorFileError(line: lineNumber, column: 1, reason: .badYear(String(yearText)))
            }
            guard (1000...9999).contains(year) else {
                throw DeflatorFileError(line: lineNumber, column: 1, reason: .badYear(String(yearText)))
            }
            guard fields.count >= 2 else {
                throw DeflatorFileError(line: lineNumber, column: line.count + 1, reason: .missingIndex)
            }
            let indexText = fields[1].trimmingSpaces
            let column = fields[0].count + 2
            let plain = french ? indexText.replacingCommas : String(indexText)
            guard let index = ExactDecimal(plain), index.significand > 0 else {
                throw DeflatorFileError(line: lineNumber, column: column, reason: .badIndex(String(indexText)))
            }
            guard indices.updateValue(index, forKey: year) == nil else {
                throw DeflatorFileError(line: lineNumber, column: 1, reason: .duplicateYear(year))
            }
        }
        guard !indices.isEmpty else { throw DeflatorFileError(line: max(lineNumber, 1), column: 1, reason: .empty) }
        self.init(name: name, currency: currency, indices: indices)
    }
}

/// Why a deflator file was refused, with the line and column and what to do.
public struct DeflatorFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// No row with a year and an index.
        case empty
        /// The first field is not a four-digit year.
        case badYear(String)
        /// A row has a year but no index.
        case missingIndex
        /// The index is not a positive decimal.
        case badIndex(String)
        /// A year appears twice.
        case duplicateYear(Int)
    }

    /// 1-based line.
    public let line: Int
    /// 1-based column (in characters) where the faulty field starts.
    public let column: Int
    /// What is wrong.
    public let reason: Reason

    /// Creates an error at a position.
    public init(line: Int, column: Int, reason: Reason) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 4, column 6: …` and what to do.
    public var description: String {
        let what: String
        switch reason {
        case .empty: what = "no rows: write a header `year,index` then one `year,index` line per year"
        case .badYear(let text): what = "'\(text)' is not a year; the first column holds four-digit years (2024)"
        case .missingIndex: what = "the row has no index; write `year,index` (2024,313.689)"
        case .badIndex(let text): what = "'\(text)' is not an index; write a positive decimal (313.689)"
        case .duplicateYear(let year): what = "\(year) appears twice; keep one index per year"
        }
        return "line \(line), column \(column): \(what)"
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }

    fileprivate var replacingCommas: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
