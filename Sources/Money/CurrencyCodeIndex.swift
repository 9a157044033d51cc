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

    /// A table from key to `values[i]`'s position, `-1` where no value has that code.
    static func table<T>(_ values: [T], code: (T) -> String) -> [Int16] {
        var table = [Int16](repeating: -1, count: count)
        for (position, value) in values.enumerated() {
            if let key = key(code(value)), table[key] < 0 { table[key] = Int16(position) }
        }
        return table
    }
}
