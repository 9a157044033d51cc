/// A currency name or symbol that several countries share: "$" and "dollars", "francs", "FCFA", "rupees",
/// "shillings". The grammar reads it as the family's placeholder; ``CurrencyResolver`` decides whose it is.
enum CurrencyFamily: Int, CaseIterable, Sendable {
    case dollar, franc, cfa, rupee, shilling
    /// An amount whose currency the text leaves out and no earlier amount gives ("un profit de 1,76 milliard" in
    /// a Québec paper): the currency of the place the document is about.
    case local

    /// The code the grammar writes for a figure of this family until it is resolved (never an ISO code).
    var placeholder: String {
        switch self {
        case .dollar: "$?"
        case .franc: "F?"
        case .cfa: "CFA?"
        case .rupee: "Rs?"
        case .shilling: "Sh?"
        case .local: "L?"
        }
    }

    /// The family's name in ``currencyEvidenceTable``.
    var tableName: String {
        switch self {
        case .dollar: "dollar"
        case .franc: "franc"
        case .cfa: "cfa"
        case .rupee: "rupee"
        case .shilling: "shilling"
        case .local: "local"
        }
    }

    /// The currency when neither the text nor the user says: the US dollar, the French franc (a legacy currency,
    /// the franc of French texts), the West African CFA franc, the Indian rupee, the Kenyan shilling; none for an
    /// amount without any currency (it is then no figure).
    var builtInDefault: String? {
        switch self {
        case .dollar: "USD"
        case .franc: "FRF"
        case .cfa: "XOF"
        case .rupee: "INR"
        case .shilling: "KES"
        case .local: nil
        }
    }

    /// The weight of the built-in default as evidence: the US dollar is the dollar of world news, so a place
    /// named in passing ("l'Europe et le Canada") does not outweigh it.
    var defaultWeight: Int { self == .dollar ? 2 : 0 }

    /// The family a placeholder stands for.
    init?(placeholder: String) {
        guard let family = CurrencyFamily.allCases.first(where: { $0.placeholder == placeholder }) else { return nil }
        self = family
    }

    /// The families an ISO code belongs to, for codes written in full that are evidence for the others
    /// ("C$" elsewhere in the text makes its bare "$" Canadian).
    static func of(code: String) -> [CurrencyFamily] {
        CurrencyEvidence.shared.familiesOfCode[code] ?? []
    }
}

/// How a money figure's currency was decided: the `currency_basis` column.
public enum CurrencyBasis: String, Sendable, CaseIterable {
    /// Written next to the number ("485 milliards de dollars américains", "C$5", "€3").
    case written
    /// From the document: an earlier amount of the paragraph ("6,2 milliards, contre 5,8"), or whose dollar,
    /// franc, CFA franc, rupee or shilling it is, from the places, institutions and currencies the document
    /// names, or the outlet's country or currency given with it.
    case context
    /// No evidence: the built-in default of a shared name (USD for "$", FRF for "francs", XOF for "FCFA").
    case `default`
    /// No evidence: the user's option (`--dollar`, `--franc`).
    case option
}
