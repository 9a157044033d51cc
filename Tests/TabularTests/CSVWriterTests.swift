import Testing
import Tabular

/// The text a writer produced.
private func written(_ dialect: CSVDialect = .rfc4180, _ body: (inout CSVWriter) -> Void) -> String {
    var writer = CSVWriter(dialect: dialect)
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
}

@Test func plainFieldsAreWrittenAsIs() {
    let csv = written { w in
        w.writeRecord(["doc", "value", "text"])
        w.writeText("a.txt")
        w.writeDecimal("485000000000")
        w.writeText("485 milliards de dollars")
        w.endRecord()
    }
    #expect(csv == "doc,value,text\na.txt,485000000000,485 milliards de dollars\n")
}

@Test(arguments: [
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\rhere", "\"cr\rhere\""),
    ("\"", "\"\"\"\""),
    ("été", "été"),
])
func textIsQuotedAsRFC4180Says(text: String, expected: String) {
    #expect(written { $0.writeText(text); $0.endRecord() } == expected + "\n")
}

@Test(arguments: [
    ("+20 %", "'+20 %"),
    ("-3 %", "'-3 %"),
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
    ("@cmd", "'@cmd"),
    ("\tx", "'\tx"),
    ("\rx", "\"'\rx\""),
    ("=1,2", "\"'=1,2\""),
    ("20 %", "20 %"),
    ("a=b", "a=b"),
    ("-", "-"),
    ("--", "'--"),
    ("-1", "'-1"),
])
func formulaTriggersAreNeutralized(text: String, expected: String) {
    #expect(written { $0.writeText(text); $0.endRecord() } == expected + "\n")
    // The string form agrees with the writer on which cells get the apostrophe.
    #expect(SpreadsheetSafety.neutralized(text).hasPrefix("'") == expected.drop { $0 == "\"" }.hasPrefix("'"))
}

@Test func numbersAreNotNeutralized() {
    let csv = written { w in
        w.writeDecimal("-3")
        w.writeInteger(-42)
        w.writeDouble(-1.5)
        w.writeDecimal(significand: -125, exponent: -2)
        w.endRecord()
    }
    #expect(csv == "-3,-42,-1.5,-1.25\n")
}

@Test func malformedDecimalTextFallsBackToNeutralizedText() {
    let csv = written { w in
        w.writeDecimal("-1+cmd|' /C calc'!A0")
        w.writeDecimal("1e5")
        w.writeDecimal("1 000")
        w.writeDecimal("")
        w.writeDecimal("1.")
        w.endRecord()
    }
    #expect(csv == "'-1+cmd|' /C calc'!A0,1e5,1 000,,1.\n")
}

@Test func decimalCommaChangesOnlyNumbers() {
    let dialect = CSVDialect(delimiter: UInt8(ascii: ";"), decimalComma: true)
    let csv = written(dialect) { w in
        w.writeDecimal("1.5")
        w.writeDecimal(significand: 13, exponent: -1)
        w.writeDouble(0.25)
        w.writeDouble(2, places: 2)
        w.writeText("1.5 %")
        w.writeInteger(7)
        w.endRecord()
    }
    #expect(csv == "1,5;1,3;0,25;2,00;1.5 %;7\n")
}

@Test func decimalCommaWithCommaDelimiterQuotesNumbers() {
    let csv = written(CSVDialect(decimalComma: true)) { w in
        w.writeDecimal("1.5")
        w.writeDecimal("2")
        w.endRecord()
    }
    #expect(csv == "\"1,5\",2\n")
}

@Test func excelFrenchHasBOMSemicolonsAndCRLF() {
    let csv = written(.excelFrench) { w in
        w.writeRecord(["doc", "value"])
        w.writeText("a;b")
        w.writeDecimal("0.5")
        w.endRecord()
    }
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(csv.dropFirst()) == "doc;value\r\n\"a;b\";0,5\r\n")
}

@Test func customDelimiterQuotesFieldsHoldingIt() {
    let csv = written(CSVDialect(delimiter: UInt8(ascii: "|"))) { w in
        w.writeText("a|b")
        w.writeText("c,d")
        w.endRecord()
    }
    #expect(csv == "\"a|b\"|c,d\n")
}

@Test func exactDecimalsAreLaidOutPlain() {
    let cases: [(Int64, Int, String)] = [
        (15, 8, "1500000000"), (485, 9, "485000000000"), (-125, -2, "-1.25"), (5, -3, "0.005"),
        (0, 5, "0"), (1, 0, "1"), (123, -3, "0.123"), (Int64.min, 0, "-9223372036854775808"),
    ]
    for (s, e, expected) in cases {
        #expect(written { $0.writeDecimal(significand: s, exponent: e); $0.endRecord() } == expected + "\n")
    }
}

@Test func emptyFieldsAndSingleEmptyRecords() {
    let csv = written { w in
        w.writeEmpty()
        w.writeEmpty()
        w.endRecord()
        w.writeText("")
        w.endRecord()
        w.writeRecord([CSVField.text("x"), .decimal("2.50"), .integer(3), .double(0.1, places: nil), .empty])
    }
    #expect(csv == ",\n\"\"\nx,2.50,3,0.1,\n")
}

@Test func flushHandsBytesAndEmptiesTheBuffer() {
    var w = CSVWriter(dialect: .excelFrench)
    w.writeRecord(["a"])
    var out: [UInt8] = []
    w.flush { out += $0 }
    #expect(w.bytes.isEmpty)
    w.writeText("")
    w.endRecord()
    w.flush { out += $0 }
    #expect(out == [0xEF, 0xBB, 0xBF] + Array("a\r\n\"\"\r\n".utf8))
}

@Test func quotingIsFoundAtEveryPositionOfLongTexts() {
    // The scan reads eight bytes at a time: put each special byte at every position of a long text.
    for special in [",", "\"", "\n", "\r", ";"] {
        for position in 0..<21 {
            var chars = Array(repeating: "x", count: 21)
            chars[position] = special
            let text = chars.joined()
            let csv = written { $0.writeText(text); $0.endRecord() }
            let quoted = special != ";"
            #expect(csv.hasPrefix("\"") == quoted, "\(special.debugDescription) at \(position)")
        }
    }
    #expect(written { $0.writeText("été, « 20 % »"); $0.endRecord() } == "\"été, « 20 % »\"\n")
    #expect(written { $0.writeText(String(repeating: "é", count: 30)); $0.endRecord() } == String(repeating: "é", count: 30) + "\n")
}

@Test func quotedTextDialectQuotesTextButNeverNumbers() {
    var dialect = CSVDialect.excelFrench
    dialect.quotesText = true
    let csv = written(dialect) { w in
        w.writeRecord(["text", "value"])
        w.writeText("1,3 %")
        w.writeDecimal("1.3")
        w.endRecord()
        w.writeText("dit \"oui\"")
        w.writeInteger(2)
        w.endRecord()
        w.writeText("")
        w.writeText("+20 %")
        w.endRecord()
    }
    #expect(String(csv.dropFirst()) == "\"text\";\"value\"\r\n\"1,3 %\";1,3\r\n\"dit \"\"oui\"\"\";2\r\n;\"'+20 %\"\r\n")
}
