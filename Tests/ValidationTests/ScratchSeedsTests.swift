import Testing
import Validation

@Test func scratchSeeds() {
    let checks = ValidationData.validate(ValidationData.seeds, reference: ValidationData.nato)
    for c in checks {
        print("[\(c.kind.rawValue)] \(c.verdict.rawValue) \(c.key) | \(c.figure.source.prefix(3)) '\(c.figure.text)' vs \(c.other.map { "\($0.source.prefix(12)) '\($0.text)'" } ?? "-") | compared \(c.compared.map { String($0) } ?? "") expected \(c.expected.map { String($0) } ?? "") dev \(c.deviationPercent.map { String($0) } ?? "") tol \(c.tolerancePercent.map { String($0) } ?? "")")
        print("    " + c.explanation)
    }
}
