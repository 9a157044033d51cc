/// A three-letter code as a number, `0..<32768` (5 bits a letter), so that looking a currency up is an
/// array index rather than hashing a string: conversions look codes up for every figure.
enum CurrencyCodeIndex {
    /// The number of possible keys.
    static let count = 1 << 15

    /// The key of a three-letter ASCII code (either case), or `nil` for anything else.
    @inline(__always)
    static func key(_ code: some StringProtocol) -> Int? {
        var key = 0
        var letters = 0
        for byte in code.utf8 {
            let upper = byte & 0xDF
            guard upper >= 0x41, upper <= 0x5A, letters < 3 else { return nil }
            key = key << 5 | Int(upper - 0x40)
            letters += 1
        }
        return letters == 3 ? key : nil
    }

    /// The key of a code given as a `String`, read in place, and whether it has lower-case letters; `nil` for
    /// anything but three ASCII letters. The form conversions use: no iterator, no copy.
    @inline(__always)
    static func key(of code: String) -> (key: Int, hasLowercase: Bool)? {
        let read = code.utf8.withContiguousStorageIfAvailable { bytes -> (key: Int, hasLowercase: Bool)? in
            guard bytes.count == 3 else { return nil }
            var key = 0
            var lower: UInt8 = 0
            for byte in bytes {
                let upper = byte & 0xDF
                guard upper >= 0x41, upper <= 0x5A else { return nil }
                lower |= byte & 0x20
                key = key << 5 | Int(upper - 0x40)
            }
            return (key, lower != 0)
        }
        if let read { return read }
        guard let key = key(code[...]) else { return nil }
        return (key, code.utf8.contains { $0 >= 0x61 && $0 <= 0x7A })
    }

    /// The key of `EUR`.
    static var euro: Int { 5 << 10 | 21 << 5 | 18 }

    /// A table from key to `values[i]`'s position, `-1` where no value has that code.
    static func table<T>(_ values: [T], code: (T) -> String) -> [Int16] {
        var table = [Int16](repeating: -1, count: count)
        for (position, value) in values.enumerated() {
            if let key = key(code(value)), table[key] < 0 { table[key] = Int16(position) }
        }
        return table
    }
}
