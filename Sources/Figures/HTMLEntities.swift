/// HTML character references: numeric (`&#8239;`, `&#x20AC;`) and the named ones news pages use
/// (Latin-1 letters and symbols, typographic quotes and dashes, `&euro;`, `&nbsp;`, `&nnbsp;`).
enum HTMLEntities {
    /// The character of the reference at `start` (which holds `&`) and the index past its `;`,
    /// or `nil` when it is not a known reference (then the `&` is text).
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar?, Int) {
        let n = utf8.count
        var i = start + 1
        guard i < n else { return (nil, start) }
        if utf8[i] == UInt8(ascii: "#") {
            i += 1
            var radix: UInt32 = 10
            if i < n, utf8[i] | 0x20 == UInt8(ascii: "x") {
                radix = 16
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < n, digits < 8, let d = digit(utf8[i], radix: radix) {
                value = value * radix + d
                digits += 1
                i += 1
            }
            guard digits > 0 else { return (nil, start) }
            if i < n, utf8[i] == UInt8(ascii: ";") { i += 1 }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", i)
        }
        let nameStart = i
        while i < n, i - nameStart < 10, isAlphanumeric(utf8[i]) { i += 1 }
        guard i < n, i > nameStart, utf8[i] == UInt8(ascii: ";") else { return (nil, start) }
        let name = String(decoding: UnsafeBufferPointer(rebasing: utf8[nameStart..<i]), as: UTF8.self)
        guard let code = named[name], let scalar = Unicode.Scalar(code) else { return (nil, start) }
        return (scalar, i + 1)
    }

    private static func digit(_ b: UInt8, radix: UInt32) -> UInt32? {
        if b &- 0x30 < 10 { return UInt32(b - 0x30) }
        let l = b | 0x20
        if radix == 16, l >= 0x61, l <= 0x66 { return UInt32(l - 0x61 + 10) }
        return nil
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        b &- 0x30 < 10 || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// Named references and their code points.
    static let named: [String: UInt32] = [
        "AElig": 0x00C6, "Aacute": 0x00C1, "Acirc": 0x00C2, "Agrave": 0x00C0, "Aring": 0x00C5, "Atilde": 0x00C3,
        "Auml": 0x00C4, "Ccedil": 0x00C7, "Dagger": 0x2021, "ETH": 0x00D0, "Eacute": 0x00C9, "Ecirc": 0x00CA,
        "Egrave": 0x00C8, "Euml": 0x00CB, "Iacute": 0x00CD, "Icirc": 0x00CE, "Igrave": 0x00CC, "Iuml": 0x00CF,
        "NewLine": 0x000A, "Ntilde": 0x00D1, "OElig": 0x0152, "Oacute": 0x00D3, "Ocirc": 0x00D4, "Ograve": 0x00D2,
        "Oslash": 0x00D8, "Otilde": 0x00D5, "Ouml": 0x00D6, "Prime": 0x2033, "Scaron": 0x0160, "THORN": 0x00DE,
        "Tab": 0x0009, "Uacute": 0x00DA, "Ucirc": 0x00DB, "Ugrave": 0x00D9, "Uuml": 0x00DC, "Yacute": 0x00DD,
        "Yuml": 0x0178, "aacute": 0x00E1, "acirc": 0x00E2, "acute": 0x00B4, "aelig": 0x00E6, "agrave": 0x00E0,
        "amp": 0x0026, "apos": 0x0027, "aring": 0x00E5, "ast": 0x002A, "atilde": 0x00E3, "auml": 0x00E4,
        "bdquo": 0x201E, "brvbar": 0x00A6, "bull": 0x2022, "ccedil": 0x00E7, "cedil": 0x00B8, "cent": 0x00A2,
        "circ": 0x02C6, "colon": 0x003A, "comma": 0x002C, "commat": 0x0040, "copy": 0x00A9, "curren": 0x00A4,
        "dagger": 0x2020, "darr": 0x2193, "dash": 0x2010, "deg": 0x00B0, "divide": 0x00F7, "dollar": 0x0024,
        "eacute": 0x00E9, "ecirc": 0x00EA, "egrave": 0x00E8, "emsp": 0x2003, "ensp": 0x2002, "equals": 0x003D,
        "eth": 0x00F0, "euml": 0x00EB, "euro": 0x20AC, "excl": 0x0021, "fnof": 0x0192, "frac12": 0x00BD,
        "frac14": 0x00BC, "frac34": 0x00BE, "gt": 0x003E, "hellip": 0x2026, "hyphen": 0x2010, "iacute": 0x00ED,
        "icirc": 0x00EE, "iexcl": 0x00A1, "igrave": 0x00EC, "iquest": 0x00BF, "iuml": 0x00EF, "laquo": 0x00AB,
        "larr": 0x2190, "ldquo": 0x201C, "lpar": 0x0028, "lrm": 0x200E, "lsaquo": 0x2039, "lsquo": 0x2018,
        "lt": 0x003C, "macr": 0x00AF, "mdash": 0x2014, "micro": 0x00B5, "middot": 0x00B7, "minus": 0x2212,
        "nbsp": 0x00A0, "ndash": 0x2013, "nnbsp": 0x202F, "not": 0x00AC, "ntilde": 0x00F1, "num": 0x0023,
        "oacute": 0x00F3, "ocirc": 0x00F4, "oelig": 0x0153, "ograve": 0x00F2, "ordf": 0x00AA, "ordm": 0x00BA,
        "oslash": 0x00F8, "otilde": 0x00F5, "ouml": 0x00F6, "para": 0x00B6, "percnt": 0x0025, "period": 0x002E,
        "permil": 0x2030, "plus": 0x002B, "plusmn": 0x00B1, "pound": 0x00A3, "prime": 0x2032, "quest": 0x003F,
        "quot": 0x0022, "raquo": 0x00BB, "rarr": 0x2192, "rdquo": 0x201D, "reg": 0x00AE, "rlm": 0x200F,
        "rpar": 0x0029, "rsaquo": 0x203A, "rsquo": 0x2019, "sbquo": 0x201A, "scaron": 0x0161, "sect": 0x00A7,
        "semi": 0x003B, "shy": 0x00AD, "sol": 0x002F, "sup1": 0x00B9, "sup2": 0x00B2, "sup3": 0x00B3,
        "szlig": 0x00DF, "thinsp": 0x2009, "thorn": 0x00FE, "tilde": 0x02DC, "times": 0x00D7, "trade": 0x2122,
        "uacute": 0x00FA, "uarr": 0x2191, "ucirc": 0x00FB, "ugrave": 0x00F9, "uml": 0x00A8, "uuml": 0x00FC,
        "yacute": 0x00FD, "yen": 0x00A5, "yuml": 0x00FF, "zwj": 0x200D, "zwnj": 0x200C,
    ]
}
