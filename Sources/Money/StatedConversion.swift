/// One amount stated twice in a text, in two currencies ("500 millions de livres sterling (environ
/// 630 millions de dollars)"), checked against the reference rate of the article's date.
public struct StatedConversion: Sendable {
    /// The amount as first stated (500 000 000 GBP).
    public let original: MoneyAmount
    /// The same amount as the text converts it (630 000 000 USD).
    public let stated: MoneyAmount
    /// The rate the text implies, stated / original, in units of the stated currency per unit of the
    /// original (1.26 USD per GBP); `nil` when the original is zero.
    public let impliedRate: ExactRatio?
    /// The reference rate from the original currency to the stated one, or `nil` with ``warnings``.
    public let referenceRate: ExchangeRate?
    /// How far the implied rate is from the reference, in percent: `(implied / reference − 1) × 100`
    /// (−7.56 when the text's dollars are 7.56 % fewer than the reference rate gives).
    public let deviationPercent: Double?
    /// Why there is no reference rate, or what to know about it.
    public let warnings: [MoneyWarning]
}

extension CurrencyConverter {
    /// Checks an in-text conversion: the rate the text implies against the reference rate of `date`.
    ///
    /// - Parameters:
    ///   - original: The amount as first stated.
    ///   - stated: The same amount as the text converts it.
    ///   - date: The article's date; the reference is that day's ECB fixing (or the last before it).
    public func checkStatedConversion(
        of original: MoneyAmount, statedAs stated: MoneyAmount, on date: CalendarDate
    ) -> StatedConversion {
        let implied = ExactRatio(stated.value, over: original.value)
        let lookup = rate(from: original.currency, to: stated.currency, on: date)
        var deviation: Double?
        if let implied, let reference = lookup.rate?.ratio.doubleValue, reference > 0 {
            deviation = (implied.doubleValue / reference - 1) * 100
        }
        return StatedConversion(original: original, stated: stated, impliedRate: implied,
                                referenceRate: lookup.rate, deviationPercent: deviation, warnings: lookup.warnings)
    }
}
