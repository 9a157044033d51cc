import ArgumentParser
import Figures

/// How the bytes of a text or HTML file are read (`--encoding`).
enum TextEncoding: String, ExpressibleByArgument, CaseIterable {
    /// UTF-8; a file that is not, and holds no UTF-8 sequence at all, is read as Windows-1252 with a warning;
    /// otherwise its invalid bytes are replaced (U+FFFD) and reported.
    case auto
    /// UTF-8; invalid bytes are replaced (U+FFFD) and reported.
    case utf8 = "utf-8"
    /// ISO 8859-1: each byte is the code point of the same number.
    case latin1 = "latin-1"
    /// Windows-1252: Latin-1 with € ‘ ’ “ ” … and others at 0x80–0x9F.
    case windows1252 = "windows-1252"

    /// The code points of Windows-1252 at 0x80–0x9F (0 where it has none: the byte is then read as Latin-1).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The text of single-byte `bytes` in Latin-1 or Windows-1252.
    static func decodeSingleByte(_ bytes: UnsafeBufferPointer<UInt8>, windows: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            var value = UInt32(b)
            if windows, b >= 0x80, b <= 0x9F, windowsHigh(b) != 0 { value = windowsHigh(b) }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func windowsHigh(_ b: UInt8) -> UInt32 { windows1252High[Int(b - 0x80)] }
}

/// The text of a file, and what was done to read it.
struct DecodedText {
    var text: String
    /// A warning to report (the file was read as Windows-1252 by guess, or invalid bytes were replaced).
    var warning: InputError.Reason?
}

extension InputReader {
    /// Decodes `bytes` (not empty, no BOM of UTF-16, no NUL) as `encoding` says.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> DecodedText {
        switch encoding {
        case .latin1: return DecodedText(text: TextEncoding.decodeSingleByte(utf8, windows: false))
        case .windows1252: return DecodedText(text: TextEncoding.decodeSingleByte(utf8, windows: true))
        case .auto, .utf8:
            if let text = String(validating: utf8, as: UTF8.self) { return DecodedText(text: text) }
            let survey = UTF8Check.survey(utf8)
            if encoding == .auto, survey.multibyte == 0 {
                return DecodedText(text: TextEncoding.decodeSingleByte(utf8, windows: true),
                                   warning: .readAsWindows1252(firstOffset: survey.offsets.first ?? 0))
            }
            return DecodedText(text: String(decoding: utf8, as: UTF8.self),
                               warning: .invalidBytesReplaced(offsets: survey.offsets, count: survey.count))
        }
    }
}
