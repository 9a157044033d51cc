import Figures

extension Validator {
    /// The claim key of each of a document's figures, read exactly as ``add(_:figures:)``
    /// reads them (`nil` where a figure has no key).
    ///
    /// This is the public entry point for tools that split validation across machines: `chiffres
    /// extract --claim-key` writes it beside each figure, and the Spark job shuffles documents by
    /// ``ClaimKey/comparisonGroup``.
    ///
    /// - Parameters:
    ///   - document: The document, with its date and language settled, and its full text (a subject
    ///     named in an earlier sentence counts).
    ///   - figures: Its figures in text order, as ``extractFigures(from:options:)`` gives them.
    public static func claimKeys(of document: Document, figures: [Figure]) -> [ClaimKey?] {
        ClaimReader(document: document, figures: figures).read().claims.map(\.key)
    }
}

extension ClaimKey {
    /// What every check that compares claims of different documents holds equal: the key without its
    /// form, currency and period (a stated change looks up the same subject and measure in the
    /// previous period, in any currency form).
    ///
    /// All checks of a figure can be computed from the documents that hold a claim of its group, so
    /// validation can be split by group. Whoever changes which keys a check compares must keep that
    /// true here.
    public var comparisonGroup: String { "\(subject.id)/\(measure.id)" }
}
