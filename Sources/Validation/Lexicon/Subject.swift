/// What a figure is about: who spends, or who receives.
///
/// Subjects are few and named the same in French and English: the Allies as a whole, the European
/// Allies and Canada, the European Allies, Ukraine, and countries by ISO 3166 alpha-3 code.
public struct Subject: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A short stable identifier used in claim keys: `nato`, `europe-canada`, `europe`, `ukraine`, or a
    /// country's ISO 3166 alpha-3 code in lower case (`fra`, `gbr`).
    public let id: String
    /// The subject's name in English ("European Allies and Canada").
    public let name: String

    /// Creates a subject.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The Allies as a whole (NATO).
    public static let nato = Subject(id: "nato", name: "NATO Allies")
    /// The European Allies and Canada (NATO's "NATO Europe and Canada").
    public static let europeCanada = Subject(id: "europe-canada", name: "European Allies and Canada")
    /// The European Allies, without Canada.
    public static let europe = Subject(id: "europe", name: "European Allies")
    /// The European Union: its institutions, or the Union and its member states.
    public static let eu = Subject(id: "eu", name: "European Union")
    /// Europe as a whole (European donors, the European continent), not only the Allies.
    public static let europeanCountries = Subject(id: "european-countries", name: "European countries")
    /// Ukraine.
    public static let ukraine = Subject(id: "ukraine", name: "Ukraine")

    /// A country by its ISO 3166 alpha-3 code, or `nil` when Chiffres does not know it.
    public static func country(iso3 code: String) -> Subject? {
        if code.uppercased() == "UKR" { return .ukraine }
        return Countries.byCode[code.uppercased()].map { Subject(id: code.lowercased(), name: $0.name) }
    }

    /// The `id`.
    public var description: String { id }

    public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.id < rhs.id }
}
