/// What a figure measures.
public enum Measure: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Defence spending ("dépenses de défense", "investi … dans la défense", "defence spending").
    case defenceSpending
    /// Military aid or support given ("soutien à l'Ukraine", "aide militaire", "military aid").
    case militaryAid
    /// Spending added since a base year, summed over the years ("ont ajouté plus de 700 milliards
    /// depuis 2014"); `since` is `nil` when the text does not say which year.
    case addedSpending(since: Int?)
    /// Defence spending as a share of GDP ("2 % du PIB").
    case shareOfGDP
    /// A share of GDP stated as a target or threshold ("l'objectif de 2 % du PIB", "18 Alliés
    /// consacrent 2 % de leur PIB"), not a measured share.
    case gdpTarget
    /// Any other measure, by its id in ``MeasureLexicon`` (`humanitarian-aid`, `inflation`,
    /// `spending-ceiling`, `development-aid-share-of-gni`).
    case named(String)

    /// The measure with this id: `defence-spending` and `military-aid` are their cases, any other id
    /// is ``named(_:)``.
    public init(id: String) {
        switch id {
        case "defence-spending": self = .defenceSpending
        case "military-aid": self = .militaryAid
        case "share-of-gdp": self = .shareOfGDP
        case "gdp-target": self = .gdpTarget
        default: self = .named(id)
        }
    }

    /// A short stable identifier used in claim keys.
    public var id: String {
        switch self {
        case .defenceSpending: return "defence-spending"
        case .militaryAid: return "military-aid"
        case .addedSpending(let since): return "added-spending-since-" + (since.map(String.init) ?? "?")
        case .shareOfGDP: return "share-of-gdp"
        case .gdpTarget: return "gdp-target"
        case .named(let id): return id
        }
    }

    /// The measure in words ("defence spending", "spending added since 2014").
    public var name: String {
        switch self {
        case .defenceSpending: return "defence spending"
        case .militaryAid: return "military aid"
        case .addedSpending(let since?): return "defence spending added since \(since)"
        case .addedSpending(nil): return "defence spending added since a year the text does not give"
        case .shareOfGDP: return "defence spending as a share of GDP"
        case .gdpTarget: return "a share-of-GDP target or threshold"
        case .named(let id): return MeasureNames.name(id, in: .en)
        }
    }

    /// Whether it is aid given by a donor to a recipient (military, humanitarian, financial,
    /// development aid, or aid of all types).
    public var isAid: Bool { MeasureLexicon.aidIDs.contains(id) }

    /// Whether the measure is a running total that only grows over time (spending added since a year).
    public var isCumulative: Bool {
        if case .addedSpending = self { return true }
        return false
    }

    /// The `id`.
    public var description: String { id }

    public static func < (lhs: Measure, rhs: Measure) -> Bool { lhs.id < rhs.id }
}
