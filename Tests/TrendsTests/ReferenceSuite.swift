import Foundation

/// Loads `Tests/Fixtures/trend-reference/reference.json` (relative to the package root) with JSONSerialization.
enum ReferenceSuite {
    /// The package root, found from this file's path (Tests/TrendsTests/ReferenceSuite.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A file of the package, by its path below the root.
    static func package(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }

    enum LoadError: Error { case notAnObject }

    /// The whole reference document.
    static func load() throws -> [String: Any] {
        let data = try Data(contentsOf: package("Tests/Fixtures/trend-reference/reference.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw LoadError.notAnObject }
        return object
    }
}

/// The README's tolerance rule: |got − ref| ≤ 1e-9 · max(|ref|, floor); `floor == nil` means relative only.
struct ToleranceCheck {
    var compared = 0
    var passed = 0
    var worstFraction = 0.0
    var worstWhere = ""
    var failures: [String] = []

    /// Compares one number (ref may be null, meaning "undefined": got must be nil or NaN).
    mutating func number(_ got: Double?, _ ref: Any?, floor: Double?, _ label: @autoclosure () -> String) {
        compared += 1
        let refValue = ReferenceValue.double(ref)
        switch (got, refValue) {
        case (nil, nil):
            passed += 1
        case let (g?, nil):
            if g.isNaN { passed += 1 } else { failures.append("\(label()): got \(g), reference undefined") }
        case let (nil, r?):
            failures.append("\(label()): got undefined, reference \(r)")
        case let (g?, r?):
            let scale = max(abs(r), floor ?? 0)
            let allowed = 1e-9 * scale
            let err = abs(g - r)
            let fraction = allowed > 0 ? err / allowed : (err == 0 ? 0 : .infinity)
            if fraction > worstFraction { worstFraction = fraction; worstWhere = label() }
            if fraction <= 1 { passed += 1 } else { failures.append("\(label()): got \(g), reference \(r), \(fraction)× tolerance") }
        }
    }

    /// Compares an exact value (integers, booleans, strings).
    mutating func exact<T: Equatable>(_ got: T?, _ ref: T?, _ label: @autoclosure () -> String) {
        compared += 1
        if got == ref { passed += 1 } else { failures.append("\(label()): got \(String(describing: got)), reference \(String(describing: ref))") }
    }
}

/// Typed access to JSONSerialization output.
enum ReferenceValue {
    static func double(_ v: Any?) -> Double? {
        if let n = v as? NSNumber { return n.doubleValue }
        return nil
    }
    static func int(_ v: Any?) -> Int? { (v as? NSNumber)?.intValue }
    static func pair(_ v: Any?) -> [Any]? { v as? [Any] }
}
