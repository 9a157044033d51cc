/// Where UTF-8 goes wrong, for error messages that point at the byte.
package enum UTF8Check {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil` when
    /// all of `bytes` is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
    package static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var i = 0
        while i < bytes.count {
            guard let length = sequenceLength(bytes, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// Every byte that does not start a valid UTF-8 sequence, in one pass: the first `keep` offsets, how many
    /// there are, and how many valid sequences of two bytes or more the text holds (none suggests a
    /// single-byte encoding such as Windows-1252).
    package static func survey(_ bytes: UnsafeBufferPointer<UInt8>, keep: Int = 5)
        -> (offsets: [Int], count: Int, multibyte: Int)
    {
        var offsets: [Int] = []
        var count = 0
        var multibyte = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            if let length = sequenceLength(bytes, at: i) {
                multibyte += 1
                i += length
            } else {
                count += 1
                if offsets.count < keep { offsets.append(i) }
                i += 1
            }
        }
        return (offsets, count, multibyte)
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or `nil`.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count else { return nil }
        let second = bytes[i + 1]
        guard second >= low, second <= high else { return nil }
        var k = 2
        while k < length {
            guard bytes[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return length
    }
}
