/// An amount converted to another currency, or why it could not be.
public struct Conversion: Sendable {
    /// The amount as read.
    public let amount: MoneyAmount
    /// The currency converted to.
    public let target: String
    /// The converted amount rounded to ``places``, or `nil` when there is no rate.
    public let value: ExactDecimal?
    /// Digits after the decimal point of ``value``.
    public let places: Int
    /// The rate used, or `nil`.
    public let rate: ExchangeRate?
    /// What happened: why there is no value, or what to know about it.
    public let warnings: [MoneyWarning]

    /// Converts `amount` with the rate found, rounding once to `places` (by default the target's
    /// ISO 4217 minor unit, 2 when unknown).
    public init(amount: MoneyAmount, to target: String, lookup: RateLookup, places: Int? = nil) {
        self.amount = amount
        self.target = target
        let places = places ?? Currency.minorUnit(of: target) ?? 2
        self.places = places
        self.rate = lookup.rate
        let value = lookup.rate.flatMap { $0.convert(amount.value, places: places) }
        self.value = value
        self.warnings = lookup.rate != nil && value == nil ? lookup.warnings + [.tooLarge] : lookup.warnings
    }
}
