// Fuzz target: a CSV table (dialect detection, quoting, neutralized cells), record by record and as a table.
import CFuzzerDriver
import Foundation
import Tabular

/// One input; libFuzzer's own `main` calls it as `LLVMFuzzerTestOneInput`, the driver below as its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    var reader = CSVReader(bytes: bytes, removesNeutralization: true)
    while let record = try? reader.nextRecord() { _ = record }
    if let table = try? CSVTable(bytes: bytes, removesNeutralization: false), let first = table.header.first {
        for row in table.rows { _ = row[first]; _ = try? row.number(first) }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
