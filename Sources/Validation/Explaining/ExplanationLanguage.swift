/// The language of explanations: English, or French for French articles.
public enum ExplanationLanguage: String, Sendable, Hashable, CaseIterable {
    /// English.
    case en
    /// French.
    case fr
}

extension MeasureNames {
    /// A measure's name in a language: from ``table``, with `-share-of-gdp` / `-share-of-gni` and
    /// `-monthly` read as suffixes ("development aid as a share of GNI"); an unknown id as itself.
    static func name(_ id: String, in language: ExplanationLanguage) -> String {
        for (suffix, en, fr) in [("-share-of-gdp", " as a share of GDP", " en part du PIB"),
                                 ("-share-of-gni", " as a share of GNI", " en part du RNB"),
                                 ("-monthly", " over one month", " sur un mois")] where id.hasSuffix(suffix) {
            let base = name(String(id.dropLast(suffix.count)), in: language)
            return base + (language == .fr ? fr : en)
        }
        guard let names = table[id] else { return id }
        return language == .fr ? names.fr : names.en
    }
}
