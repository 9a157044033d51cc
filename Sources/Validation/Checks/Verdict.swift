/// What a check concludes.
public enum Verdict: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The figures agree within the tolerance.
    case consistent
    /// The figures differ but can both be true: bounds that allow both, a running total that grew,
    /// a difference that a later edition of the reference can explain.
    case compatible
    /// The figures contradict each other beyond the tolerance.
    case conflict
    /// Nothing to compare with, or no way to compare (no rate, no year, no subject).
    case unverifiable

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
