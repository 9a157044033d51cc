import Figures

/// What amounts are about when their sentence names no measure: articles name the measure with
/// one amount ("la loi de programmation militaire prévoit 413 milliards d'euros") and carry it to
/// the amounts of the same currency that follow ("about €295 billion over the previous period").
struct CarriedMeasures {
    /// The measure of the last amount of each currency whose sentence named one.
    private var lastByCurrency: [String: Measure] = [:]

    /// Whether a measure can be carried to an amount: a level of money, not a rate, a share, a budget line, or
    /// spending added since a year (read from the words of its own sentence, not named).
    static func carriesAmounts(_ measure: Measure) -> Bool {
        switch measure {
        case .shareOfGDP, .gdpTarget, .addedSpending: return false
        case .named(let id):
            return !MeasureLexicon.monthlyIDs.contains(id) && !id.contains("-share-of-") && id != "growth"
                && !MeasureLexicon.isBudgetLine(id)
        default: return true
        }
    }

    /// The measure an amount without one of its own takes: that of the last amount of its currency.
    func measure(for figure: Figure) -> Measure? {
        guard figure.kind == .money, let currency = figure.currency else { return nil }
        return lastByCurrency[currency]
    }

    /// Notes the measure an amount's own sentence named.
    mutating func note(_ measure: Measure?, of figure: Figure) {
        guard figure.kind == .money, let currency = figure.currency, let measure, Self.carriesAmounts(measure) else { return }
        lastByCurrency[currency] = measure
    }
}
