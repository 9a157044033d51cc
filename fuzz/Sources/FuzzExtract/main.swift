// Fuzz target: the figure extractor on any text. The first byte chooses the language and whether a date is known.
import CFuzzerDriver
import Foundation
import Figures
import Money

/// One input; libFuzzer's own `main` calls it as `LLVMFuzzerTestOneInput`, the driver below as its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let languages: [Language?] = [nil, .french, .english]
    let language = languages[Int(bytes[0] % 3)]
    let date = bytes[0] & 4 == 0 ? nil : CalendarDate(iso: "2025-02-13")
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let document = Document(id: "fuzz", text: text, date: date, language: language)
    _ = extractFigures(from: document, options: ExtractionOptions(dollar: bytes[0] & 8 == 0 ? "USD" : "CAD"))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
