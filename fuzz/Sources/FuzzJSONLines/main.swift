// Fuzz target: one JSON Lines record read into a document (the JSON scanner, escapes, dates, fields).
import CFuzzerDriver
import Foundation
import Figures

/// One input; libFuzzer's own `main` calls it as `LLVMFuzzerTestOneInput`, the driver below as its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = try? Document(jsonLine: bytes, fallbackID: "line 1")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
