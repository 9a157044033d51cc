import Figures
import Tabular
import Validation
import Workbook

/// Writes figures as the figures CSV of DESIGN.md, or as JSON Lines with the same fields.
struct FigureRows {
    /// The columns, exactly in this order (add new ones at the end only).
    static let columns = Figure.columns

    enum Format {
        case csv(CSVDialect)
        case jsonLines
        /// A sheet of an `.xlsx` workbook (``ExtractRun`` makes it).
        case workbook
    }

    private var csv: CSVWriter?
    private var sheet: SheetWriter?
    private var json: [UInt8] = []

    /// The columns `--claim-key` adds after all others.
    static let claimKeyColumns = ["claim_key", "claim_group"]

    /// Columns added at the end (conversion), as ``DocumentConversions`` writes them.
    private let extraColumns: [String]
    /// Whether each row ends with ``claimKeyColumns``.
    private let claimKeys: Bool

    init(format: Format, extraColumns: [String] = [], claimKeys: Bool = false) {
        self.extraColumns = extraColumns
        self.claimKeys = claimKeys
        switch format {
        case .csv(let dialect):
            var writer = CSVWriter(dialect: dialect, capacity: 1 << 20)
            writer.writeRecord(Self.columns + extraColumns + (claimKeys ? Self.claimKeyColumns : []))
            csv = writer
        case .jsonLines, .workbook:
            json.reserveCapacity(1 << 20)
        }
    }

    /// Rows into a workbook's sheet, whose header is already written.
    init(sheet: SheetWriter, extraColumns: [String], claimKeys: Bool = false) {
        self.extraColumns = extraColumns
        self.claimKeys = claimKeys
        self.sheet = sheet
    }

    /// Bytes waiting to be flushed.
    var bufferedCount: Int { csv?.bytes.count ?? json.count }

    /// Hands the buffered bytes to `body` and empties the buffer.
    mutating func flush(_ body: ([UInt8]) throws -> Void) rethrows {
        if csv != nil {
            try csv?.flush(body)
        } else {
            try body(json)
            json.removeAll(keepingCapacity: true)
        }
    }

    /// Appends one row; with `extra`, the conversion fields of figure `index` at its end, then its
    /// claim key and group when the rows carry them (empty cells for a figure without a key).
    mutating func write(
        _ figure: Figure, of document: Document, extra: DocumentConversions? = nil, index: Int = 0, key: ClaimKey? = nil
    ) {
        if csv != nil {
            writeCSV(figure, of: document, extra: extra, index: index, key: key)
        } else if var w = sheet {
            Self.writeFields(figure, of: document, extra: extra, index: index, claimKey: claimKeys ? .some(key) : nil, into: &w)
        } else {
            writeJSON(figure, of: document, extra: extra, index: index, key: key)
        }
    }

    private mutating func writeCSV(_ f: Figure, of document: Document, extra: DocumentConversions?, index: Int, key: ClaimKey?) {
        guard var w = csv else { return }
        csv = nil  // Keeps the writer's buffer uniquely referenced while appending.
        Self.writeFields(f, of: document, extra: extra, index: index, claimKey: claimKeys ? .some(key) : nil, into: &w)
        csv = w
    }

    /// The fields of one row, in the contract's order, then the record's end. `claimKey` is `nil` when the rows
    /// carry no claim key columns, `.some(nil)` for a figure without a key.
    private static func writeFields(
        _ f: Figure, of document: Document, extra: DocumentConversions?, index: Int, claimKey: ClaimKey??,
        into w: inout some FieldSink & RecordWriter
    ) {
        f.writeColumns(of: document, into: &w)
        extra?.write(index, into: &w)
        if let claimKey {
            w.writeText(claimKey?.description ?? "")
            w.writeText(claimKey?.comparisonGroup ?? "")
        }
        w.endRecord()
    }

    private mutating func writeJSON(_ f: Figure, of document: Document, extra: DocumentConversions?, index: Int, key claimKey: ClaimKey?) {
        json.append(UInt8(ascii: "{"))
        key("doc", first: true); string(document.id)
        key("start"); json.append(contentsOf: String(f.start).utf8)
        key("end"); json.append(contentsOf: String(f.end).utf8)
        key("text"); string(f.text)
        key("kind"); string(f.kind.rawValue)
        key("value"); json.append(contentsOf: f.value.description.utf8)
        key("high"); if let high = f.high { json.append(contentsOf: high.description.utf8) } else { null() }
        key("currency"); optional(f.currency)
        key("approx"); string(f.approximation.rawValue)
        key("change"); optional(f.change?.rawValue)
        key("year"); optional(f.period?.written)
        key("date"); optional(document.dateText)
        key("sentence"); string(f.sentence)
        key("year_resolved"); optional(f.resolvedPeriod?.written)
        key("currency_basis"); optional(f.currencyBasis?.rawValue)
        if let extra {
            for (name, field) in zip(extraColumns, extra.fields(index)) {
                key(name)
                switch field {
                case .decimal(let number): json.append(contentsOf: number.utf8)
                case .integer(let number): json.append(contentsOf: String(number).utf8)
                case .text(let text): string(text)
                default: null()
                }
            }
        }
        if claimKeys {
            key("claim_key"); optional(claimKey?.description)
            key("claim_group"); optional(claimKey?.comparisonGroup)
        }
        json.append(UInt8(ascii: "}"))
        json.append(0x0A)
    }

    private mutating func key(_ name: String, first: Bool = false) {
        if !first { json.append(UInt8(ascii: ",")) }
        string(name)
        json.append(UInt8(ascii: ":"))
    }

    private mutating func null() { json.append(contentsOf: "null".utf8) }

    private mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private mutating func string(_ text: String) {
        json.append(0x22)
        for b in text.utf8 {
            switch b {
            case 0x22: json.append(contentsOf: [0x5C, 0x22])
            case 0x5C: json.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: json.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: json.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: json.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                json.append(contentsOf: Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: json.append(b)
            }
        }
        json.append(0x22)
    }
}
