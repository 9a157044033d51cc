import Foundation
import Money

/// Where the package and its test data live, found from this file's path: nothing outside the clone is read.
enum Fixtures {
    /// The package root: this file is `Tests/FiguresTests/Support/Fixtures.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// A file of `Tests/Fixtures/` (copies of public test suites, with their provenance and licence), by its path below it.
    static func fixture(_ path: String) -> URL { packageRoot.appendingPathComponent("Tests/Fixtures/" + path) }

    /// A file of the package, by its path below the root.
    static func package(_ path: String) -> URL { packageRoot.appendingPathComponent(path) }

    /// The text of a UTF-8 file.
    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// Decodes a JSON Lines file, one value a non-empty line; snake_case keys become camelCase.
    static func jsonLines<T: Decodable>(_ type: T.Type, from url: URL) throws -> [T] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try text(url).split(separator: "\n").map { line in
            try decoder.decode(T.self, from: Data(line.utf8))
        }
    }

    /// The names of the files of a package folder with the given extension, sorted.
    static func packageFiles(in folder: String, extension ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: package(folder).path)
            .filter { $0.hasSuffix("." + ext) }
            .sorted()
    }
}

/// A JSON value whose only interesting property is whether it is `null`.
struct NullableJSON: Decodable, Sendable {
    let isNull: Bool

    init(from decoder: any Decoder) throws {
        isNull = try decoder.singleValueContainer().decodeNil()
    }
}

extension ExactDecimal {
    /// The decimal a JSON number stands for, through Swift's shortest round-trip spelling (`20.43`, `10000.0`).
    init?(json value: Double) {
        self.init(String(value))
    }
}

extension String {
    /// The text between two code-point offsets (end exclusive), clamped to the string.
    func codePoints(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The code-point ranges of every occurrence of `needle`.
    func codePointRanges(of needle: String, caseInsensitive: Bool = false) -> [Range<Int>] {
        let hay = Array((caseInsensitive ? lowercased() : self).unicodeScalars)
        let pin = Array((caseInsensitive ? needle.lowercased() : needle).unicodeScalars)
        guard !pin.isEmpty, pin.count <= hay.count, hay.count == unicodeScalars.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(hay.count - pin.count) where hay[start..<(start + pin.count)].elementsEqual(pin) {
            found.append(start..<(start + pin.count))
        }
        return found
    }

    /// The text shortened to `limit` characters, on one line.
    func clipped(_ limit: Int) -> String {
        let flat = replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
