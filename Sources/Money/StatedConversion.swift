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
        StatedConversion(
            original: original, stated: stated, reference: rate(from: original.currency, to: stated.currency, on: date))
    }
}

extension StatedConversion {
    /// Checks an in-text conversion against a reference rate already looked up: the rate from the original's
    /// currency to the stated one's (for a caller that looks each day's rates up once).
    ///
    /// - Parameters:
    ///   - original: The amount as first stated.
    ///   - stated: The same amount as the text converts it.
    ///   - reference: The reference rate, or why there is none.
    public init(original: MoneyAmount, stated: MoneyAmount, reference: RateLookup) {
        let implied = ExactRatio(stated.value, over: original.value)
        var deviation: Double?
        if let implied, let rate = reference.rate?.ratio.doubleValue, rate > 0 {
            deviation = (implied.doubleValue / rate - 1) * 100
        }
        self.init(original: original, stated: stated, impliedRate: implied, referenceRate: reference.rate,
                  deviationPercent: deviation, warnings: reference.warnings)
    }
}
