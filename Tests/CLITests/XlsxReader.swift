import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Reads back an `.xlsx` file with tools independent of the writer: Info-ZIP's `unzip` for the container,
/// Foundation's XML parser for the parts. Enough to check what a spreadsheet will see: each cell's type,
/// value and number format, the frozen panes, the autofilter, the fills, the chart parts.
struct XlsxReader {
    /// One cell as stored.
    struct Cell {
        /// `A1`-style reference.
        var reference: String
        /// The `t` attribute: `nil` for a number, `inlineStr`/`s`/`str` for text.
        var type: String?
        /// The value: the number's digits, or the text.
        var value: String
        /// Index into the workbook's cell formats.
        var style: Int
        /// Whether the cell holds a formula.
        var formula: Bool

        var isNumber: Bool { type == nil || type == "n" }
        var isText: Bool { type == "inlineStr" || type == "s" || type == "str" }
    }

    let path: String
    /// The members of the archive.
    let parts: [String]

    init(path: String) throws {
        self.path = path
        parts = try Self.unzip(["-Z1", path]).split(separator: "\n").map(String.init)
    }

    /// The text of one member.
    func part(_ name: String) throws -> String {
        try Self.unzip(["-p", path, name])
    }

    /// The cells of the `index`th sheet (1-based), by reference.
    func cells(sheet index: Int) throws -> [String: Cell] {
        let parser = CellParser()
        try parser.parse(part("xl/worksheets/sheet\(index).xml"))
        return Dictionary(parser.cells.map { ($0.reference, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The cells of column `letter` below the header, in row order.
    func column(_ letter: String, sheet: Int = 1) throws -> [Cell] {
        try cells(sheet: sheet).values.filter { cell in
            cell.reference.hasPrefix(letter) && Int(cell.reference.dropFirst(letter.count)).map { $0 > 1 } == true
        }.sorted { Int($0.reference.dropFirst(letter.count)) ?? 0 < Int($1.reference.dropFirst(letter.count)) ?? 0 }
    }

    /// The number format code of each cell format (`General` when none).
    func numberFormats() throws -> [String] {
        let styles = try part("xl/styles.xml")
        var codes: [Int: String] = [0: "General", 14: "yyyy-mm-dd", 1: "0", 3: "#,##0"]
        for match in styles.matches(of: /<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/) {
            codes[Int(match.1) ?? 0] = String(match.2).replacingOccurrences(of: "&quot;", with: "\"")
        }
        guard let xfs = styles.firstMatch(of: /<cellXfs[^>]*>(.*?)<\/cellXfs>/.dotMatchesNewlines()) else { return [] }
        return xfs.1.matches(of: /<xf numFmtId="(\d+)"/).map { codes[Int($0.1) ?? 0] ?? "?" }
    }

    /// The fill colour (`FFRRGGBB`) of each cell format, or `nil`.
    func fills() throws -> [String?] {
        let styles = try part("xl/styles.xml")
        guard let fillList = styles.firstMatch(of: /<fills[^>]*>(.*?)<\/fills>/.dotMatchesNewlines()),
              let xfs = styles.firstMatch(of: /<cellXfs[^>]*>(.*?)<\/cellXfs>/.dotMatchesNewlines()) else { return [] }
        let colours = fillList.1.matches(of: /<fill>(.*?)<\/fill>/.dotMatchesNewlines()).map { fill in
            fill.1.firstMatch(of: /<fgColor rgb="([0-9A-F]+)"/).map { String($0.1) }
        }
        return xfs.1.matches(of: /<xf [^>]*fillId="(\d+)"/).map { m in
            let i = Int(m.1) ?? 0
            return colours.indices.contains(i) ? colours[i] : nil
        }
    }

    private static func unzip(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }
}

/// Collects `<c>` elements of a sheet.
private final class CellParser: NSObject, XMLParserDelegate {
    var cells: [XlsxReader.Cell] = []
    private var current: XlsxReader.Cell?
    private var text = ""
    private var inValue = false

    func parse(_ xml: String) throws {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        #expect(parser.parse(), "the sheet XML does not parse")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        switch name {
        case "c":
            current = XlsxReader.Cell(reference: attributes["r"] ?? "", type: attributes["t"], value: "",
                                      style: Int(attributes["s"] ?? "0") ?? 0, formula: false)
            text = ""
        case "v", "t":
            inValue = true
        case "f":
            current?.formula = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            if var cell = current {
                cell.value = text
                cells.append(cell)
            }
            current = nil
        default: break
        }
    }
}
