/// Settings of a validation run.
public struct ValidationOptions: Sendable {
    /// The relative tolerance: figures within it agree (0.05 for 5 %). Approximate figures widen it.
    public var tolerance: Double
    /// How much further a figure may be from a reference estimate when the article is later than the
    /// reference's edition, for the difference to be called compatible (a revision) rather than a
    /// conflict (0.10 for 10 %).
    public var revisionAllowance: Double
    /// Above this many documents with claims of one key, each document is compared with the next only.
    public var maxGroupSize: Int
    /// The language of explanations; `nil` for each article's own (French for French articles). The
    /// rows of every check are explained in French for French articles, numbers written the French
    /// way (decimal comma, spaces between digit groups); messages of the rate lookup stay English.
    public var explanationLanguage: ExplanationLanguage?

    /// Creates settings.
    public init(tolerance: Double = 0.05, revisionAllowance: Double = 0.10, maxGroupSize: Int = 12,
                explanationLanguage: ExplanationLanguage? = .en) {
        self.tolerance = tolerance
        self.revisionAllowance = revisionAllowance
        self.maxGroupSize = maxGroupSize
        self.explanationLanguage = explanationLanguage
    }

    /// The language to explain a claim in: the chosen one, or the claim's article's.
    func language(for claim: Claim) -> ExplanationLanguage {
        explanationLanguage ?? (claim.language == .french ? .fr : .en)
    }
}
