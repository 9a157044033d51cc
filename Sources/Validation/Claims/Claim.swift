import Figures
import Money

/// A figure read as a claim: what it says about which subject, measure and period.
public struct Claim: Sendable {
    /// The document's id.
    public var document: String
    /// The document's date, when known.
    public var date: CalendarDate?
    /// The document's language, when known.
    public var language: Language?
    /// The figure's position in its document's figure list.
    public var index: Int
    /// The figure (its sentence is dropped once the claim is read).
    public var figure: Figure
    /// Who the figure is about, when its sentence (or the ones before) says so.
    public var subject: Subject?
    /// Who gives, for aid, when the sentence says so ("l'aide militaire française", "US aid").
    public var donor: Subject?
    /// What it measures, when its sentence says so.
    public var measure: Measure?
    /// The year or span it refers to: stated, or relative and resolved against the date.
    public var period: Period?
    /// The period as written in the key when it is not ``period``'s years: a month (`2024-05`), a
    /// running total (`to-date`), or no period (`-`, the size of a fund).
    public var periodLabel: String?
    /// For a percentage change: the year it compares with ("par rapport à 2023"), or the year before.
    public var basePeriod: Int?
    /// Whether the sentence says the amount is in constant prices or real terms.
    public var isReal: Bool
    /// Whether the amount covers part of its period only (a quarter, "so far this year"), or a year
    /// still under way at the article's date, for aid that accumulates.
    public var isPartOfPeriod: Bool
    /// Whether the measure was not named in the figure's sentence but carried from an earlier amount
    /// or the lede (``CarriedMeasures``): such a figure agrees or is compatible with another, but a
    /// difference more likely means another quantity than a conflict, so it is not compared then.
    public var measureIsCarried = false
    /// The words before the figure that qualify it, as written ("près de", "more than"), if any.
    public var qualifier: String?
    /// The key, when subject and measure are known.
    public var key: ClaimKey?
    /// Why there is no key, when there is none.
    public var unkeyedReason: String?

    /// Creates a claim.
    public init(
        document: String, date: CalendarDate?, index: Int, figure: Figure, subject: Subject? = nil,
        measure: Measure? = nil, period: Period? = nil, basePeriod: Int? = nil, isReal: Bool = false,
        isPartOfPeriod: Bool = false, qualifier: String? = nil
    ) {
        self.document = document
        self.date = date
        self.index = index
        self.figure = figure
        self.subject = subject
        self.measure = measure
        self.period = period
        self.basePeriod = basePeriod
        self.isReal = isReal
        self.isPartOfPeriod = isPartOfPeriod
        self.qualifier = qualifier
        self.key = nil
        self.unkeyedReason = nil
        makeKey()
    }

    /// Sets ``key`` (or ``unkeyedReason``) from the other properties.
    public mutating func makeKey() {
        guard let subject, let measure else {
            key = nil
            switch (subject, measure) {
            case (nil, nil): unkeyedReason = "its sentence names no subject and no measure Chiffres knows"
            case (nil, _): unkeyedReason = "its sentence (and the ones before) names no subject Chiffres knows"
            default: unkeyedReason = "its sentence names no measure Chiffres knows (defence spending, aid by type, a ceiling, a fund, inflation, a rate, a share of GDP; Lexicon/MeasureLexicon.swift)"
            }
            return
        }
        let form: ClaimKey.Form
        switch figure.kind {
        case .money: form = .money
        case .percent:
            // A rate that is itself a change (inflation "a augmenté de 2,3 %") is one form.
            let isRate = MeasureLexicon.monthlyIDs.contains(ClaimReader.baseID(measure.id))
            form = figure.change == nil || isRate ? .percent : .percentChange
        case .points: form = .points
        }
        let periodText = measure.isCumulative ? "to-date" : (periodLabel ?? period?.description ?? "?")
        key = ClaimKey(form: form, currency: figure.kind == .money ? figure.currency : nil, period: periodText,
                       subject: subject, measure: measure, donor: donor, isReal: isReal && figure.kind == .money)
        unkeyedReason = nil
    }

    /// The figure's value as a double, for computation.
    public var value: Double { figure.value.doubleValue }

    /// The date the claim is as of: its document's date (claims without a date sort first).
    var vintage: CalendarDate? { date }
}
