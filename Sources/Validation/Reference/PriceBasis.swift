/// The prices a reference amount is in.
public enum PriceBasis: Hashable, Sendable, CustomStringConvertible {
    /// Current prices and exchange rates (nominal).
    case current
    /// Constant prices and exchange rates of a base year (real).
    case constant(Int)
    /// Not an amount (a share, a rate of change).
    case notApplicable

    /// "current prices and exchange rates", "constant 2015 prices and exchange rates", or empty.
    public var description: String {
        switch self {
        case .current: return "current prices and exchange rates"
        case .constant(let year): return "constant \(year) prices and exchange rates"
        case .notApplicable: return ""
        }
    }

    /// The basis in French: "prix et taux de change courants", "prix et taux de change constants de 2015".
    public var french: String {
        switch self {
        case .current: return "prix et taux de change courants"
        case .constant(let year): return "prix et taux de change constants de \(year)"
        case .notApplicable: return ""
        }
    }

    /// The basis in a language.
    func named(in language: ExplanationLanguage) -> String { language == .fr ? french : description }

    /// Whether the basis is real (constant prices).
    public var isConstant: Bool {
        if case .constant = self { return true }
        return false
    }
}
