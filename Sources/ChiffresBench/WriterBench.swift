import Tabular

/// Measures the CSV writer: figures-like records (13 fields: texts, exact decimals, a sentence
/// that needs quoting, a neutralized cell) in the RFC 4180 and French Excel dialects; best of three.
func runWriterBench() {
    for (name, dialect) in [("rfc4180", CSVDialect.rfc4180), ("excel-fr", CSVDialect.excelFrench)] {
        var best = Duration.seconds(1000)
        var total = 0
        for _ in 0..<3 {
            let clock = ContinuousClock()
            var bytes = 0
            let elapsed = clock.measure { bytes = writeFiguresLikeRecords(dialect: dialect, rows: 400_000) }
            best = min(best, elapsed)
            total = bytes
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
        let mb = Double(total) / 1e6
        let rate = PlainNumberFormat.format(mb / seconds, places: 0) ?? "?"
        let size = PlainNumberFormat.format(mb, places: 1) ?? "?"
        print("csv writer (\(name)): \(size) MB in \(PlainNumberFormat.format(seconds, places: 3) ?? "?") s = \(rate) MB/s")
    }
}

/// Writes `rows` records shaped like the figures CSV and returns the bytes written.
private func writeFiguresLikeRecords(dialect: CSVDialect, rows: Int) -> Int {
    let sentence = "« En 2024, les Alliés européens et le Canada ont investi 485 milliards de dollars dans la "
        + "défense, soit une augmentation de 20 % », a-t-il déclaré."
    var writer = CSVWriter(dialect: dialect, capacity: 1 << 20)
    var total = 0
    for i in 0..<rows {
        writer.writeText("002_75772e1944b8c898.txt")
        writer.writeInteger(i &* 7)
        writer.writeInteger(i &* 7 &+ 24)
        writer.writeText(i & 1 == 0 ? "485 milliards de dollars" : "+20 %")
        writer.writeText("money")
        writer.writeDecimal(significand: 485, exponent: 9)
        writer.writeEmpty()
        writer.writeText("USD")
        writer.writeText("approx")
        writer.writeText("increase")
        writer.writeText("2024")
        writer.writeText("2025-02-13")
        writer.writeText(sentence)
        writer.endRecord()
        if writer.bytes.count >= 1 << 20 { writer.flush { total &+= $0.count } }
    }
    writer.flush { total &+= $0.count }
    return total
}
