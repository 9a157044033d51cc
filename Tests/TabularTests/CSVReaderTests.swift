import Testing
import Tabular

private func records(_ text: String, _ dialect: CSVDialect? = nil) throws -> [[String]] {
    var reader = CSVReader(bytes: Array(text.utf8), dialect: dialect)
    var out: [[String]] = []
    while let r = try reader.nextRecord() { out.append(r) }
    return out
}

@Test func readsQuotedFieldsAndLineEndings() throws {
    #expect(try records("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
    #expect(try records("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n") == [["a", "b"], ["x,y", "say \"hi\""]])
    #expect(try records("a\n\"two\nlines\"\nlast") == [["a"], ["two\nlines"], ["last"]])
    #expect(try records("a,,\n") == [["a", "", ""]])
    #expect(try records("a\rb\r") == [["a"], ["b"]])
    #expect(try records("\n\na\n\n") == [["a"]])
    #expect(try records("\"\"\n") == [[""]])
}

@Test func skipsTheBOMAndDetectsSemicolons() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("doc;value\r\na;1,5\r\n".utf8)
    let table = try CSVTable(bytes: bytes)
    #expect(table.header == ["doc", "value"])
    #expect(table.dialect.delimiter == UInt8(ascii: ";"))
    #expect(table.dialect.decimalComma)
    #expect(table.dialect.byteOrderMark)
    #expect(table.dialect.lineEnding == .crlf)
    #expect(try table.rows[0].number("value") == 1.5)
    #expect(table.rows[0]["doc"] == "a")
}

@Test func detectsDelimiters() {
    #expect(CSVDialect.detect(Array("a,b,c\n".utf8)).delimiter == UInt8(ascii: ","))
    #expect(CSVDialect.detect(Array("a;b;c\n1,5;2;3".utf8)).delimiter == UInt8(ascii: ";"))
    #expect(CSVDialect.detect(Array("a\tb\n".utf8)).delimiter == 0x09)
    #expect(CSVDialect.detect(Array("\"x;y;z\",b\n".utf8)).delimiter == UInt8(ascii: ","))
    #expect(CSVDialect.detect(Array("single\n".utf8)).delimiter == UInt8(ascii: ","))
}

@Test func headerLookupAndLines() throws {
    let table = try CSVTable(bytes: Array("year,value\n2024,\"1.5\"\n\"20\n25\",2\n2026,x\n".utf8))
    #expect(table.columnIndex("value") == 1)
    #expect(table.rows.map(\.line) == [2, 3, 5])
    #expect(try table.rows[0].number("value") == 1.5)
    #expect(try table.rows[2].number("value") == nil)
    #expect(table.rows[0]["nope"] == nil)
    #expect(throws: CSVReadError(.missingColumn("nope"), line: 2, column: 0)) { try table.rows[0].value("nope") }
    #expect(throws: CSVReadError(.missingColumn("z"), line: 1, column: 0)) { try table.require(["year", "z"]) }
}

@Test func typedErrorsSayWhere() {
    #expect(throws: CSVReadError(.unterminatedQuote, line: 2, column: 2)) { try records("a,b\n1,\"open\n") }
    #expect(throws: CSVReadError(.characterAfterClosingQuote, line: 1, column: 1)) { try records("\"a\"b,c\n") }
    #expect(throws: CSVReadError(.invalidUTF8, line: 2, column: 1)) {
        var r = CSVReader(bytes: Array("a\n".utf8) + [0xFF, 0x0A])
        while try r.nextRecord() != nil {}
    }
    #expect(throws: CSVReadError(.fieldCount(expected: 2, found: 3), line: 3, column: 0)) {
        try CSVTable(bytes: Array("a,b\n1,2\n1,2,3\n".utf8))
    }
    #expect(throws: CSVReadError(.noHeader, line: 1, column: 0)) { try CSVTable(bytes: []) }
    let message = CSVReadError(.unterminatedQuote, line: 4, column: 2).description
    #expect(message.contains("line 4, column 2"))
}

@Test func roundTripThroughTheWriter() throws {
    let texts = ["plain", "a,b", "q\"uote", "multi\r\nline", "+20 %", "=x", "", "é ü ’", "-3 %", "'+kept"]
    for dialect in [CSVDialect.rfc4180, .excelFrench, CSVDialect(delimiter: 0x09)] {
        var w = CSVWriter(dialect: dialect)
        w.writeRecord(texts.indices.map { "c\($0)" })
        w.writeRecord(texts)
        let table = try CSVTable(bytes: w.bytes, dialect: nil, removesNeutralization: true)
        #expect(table.dialect.delimiter == dialect.delimiter)
        #expect(table.rows.count == 1)
        // "'+kept" was not neutralized by the writer but loses its apostrophe on the way back:
        // the only text that does not round-trip, documented on CSVReader.
        var expected = texts
        expected[9] = "+kept"
        #expect(table.rows[0].fields == expected)
    }
}

@Test func delimiterNames() {
    #expect(CSVDialect.delimiter(named: ";") == UInt8(ascii: ";"))
    #expect(CSVDialect.delimiter(named: "tab") == 0x09)
    #expect(CSVDialect.delimiter(named: "\\t") == 0x09)
    #expect(CSVDialect.delimiter(named: "|") == UInt8(ascii: "|"))
    for refused in ["\"", "'", ".", "-", "a", "7", "\n", ";;", "", "é"] {
        #expect(CSVDialect.delimiter(named: refused) == nil, "\(refused)")
    }
}

@Test func randomTextsRoundTripAndRandomBytesNeverCrash() throws {
    var state: UInt64 = 1
    func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
    let alphabet = ["a", "é", ",", ";", "\"", "\n", "\r", "\r\n", " ", "'", "+", "=", "-", "\t", "1", ".", "’"]
    for dialect in [CSVDialect.rfc4180, .excelFrench] {
        var writer = CSVWriter(dialect: dialect)
        var expected: [[String]] = []
        for _ in 0..<300 {
            let record = (0..<3).map { _ in
                (0..<Int(next() % 12)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
            }
            // Texts that begin with `'` and a trigger lose the apostrophe: keep them out (see CSVReader).
            let kept = record.map { $0.hasPrefix("'") ? "x" + $0 : $0 }
            writer.writeRecord(kept)
            expected.append(kept)
        }
        var reader = CSVReader(bytes: writer.bytes, dialect: dialect, removesNeutralization: true)
        var read: [[String]] = []
        while let r = try reader.nextRecord() { read.append(r) }
        #expect(read == expected)
    }
    for _ in 0..<2000 {
        let bytes = (0..<Int(next() % 40)).map { _ in [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x61, 0xC3, 0xA9, 0xFF][Int(next() % 9)] as UInt8 }
        var reader = CSVReader(bytes: bytes)
        do {
            while try reader.nextRecord() != nil {}
        } catch {
            #expect(error.line >= 1)
        }
    }
}
