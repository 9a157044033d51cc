// Fuzz target: an ECB rates file, ZIP archive or CSV, read into a rate table and queried.
import CFuzzerDriver
import Foundation
import Money

/// One input; libFuzzer's own `main` calls it as `LLVMFuzzerTestOneInput`, the driver below as its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    _ = try? ECBRateTable(contentsOf: bytes)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
