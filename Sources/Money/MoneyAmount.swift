/// An amount of money as read: exact digits and an ISO 4217 code.
public struct MoneyAmount: Sendable, Hashable, CustomStringConvertible {
    /// The amount, exact.
    public var value: ExactDecimal
    /// The ISO 4217 code.
    public var currency: String

    /// Creates an amount.
    public init(_ value: ExactDecimal, _ currency: String) {
        self.value = value
        self.currency = currency
    }

    /// `500000000 GBP`.
    public var description: String { "\(value) \(currency)" }
}
