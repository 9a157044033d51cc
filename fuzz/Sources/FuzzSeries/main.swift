// Fuzz target: annual series read from a CSV table, as `trend` and `project` read them. The first byte chooses the
// layout and the duplicate policy; with its bit 0x40 the first line is a --where filter; the rest is the table.
import CFuzzerDriver
import Foundation
import SeriesTable
import Trends

/// One input; libFuzzer's own `main` calls it as `LLVMFuzzerTestOneInput`, the driver below as its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let control = data[0]
    var bytes = [UInt8](UnsafeBufferPointer(start: data + 1, count: size - 1))
    var filters: [String] = []
    if control & 0x40 != 0, let end = bytes.firstIndex(of: 0x0A) {
        filters.append(String(decoding: bytes[..<end], as: UTF8.self))
        bytes.removeSubrange(...end)
    }
    let layouts = SeriesTableOptions.Layout.allCases
    let policies: [DuplicatePolicy] = [.error, .mean, .first, .last, .max]
    var options = SeriesTableOptions(
        layout: layouts[Int(control) % layouts.count],
        filters: filters, duplicates: policies[Int(control >> 2) % policies.count])
    if control & 0x80 != 0 { options.series = "country,measure"; options.filters.append("measure=share") }
    _ = try? SeriesTable(bytes: bytes, source: "fuzz", options: options)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
