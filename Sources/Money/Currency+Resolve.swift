/// A currency code that is not in ISO 4217 as Chiffres knows it, with the closest known codes.
public struct UnknownCurrencyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The code as given.
    public let code: String
    /// The closest known codes, closest first.
    public let closest: [String]

    /// `unknown currency code 'GPB' (closest: GBP, …); use an ISO 4217 code such as EUR or USD`.
    public var description: String {
        MoneyWarning.unknownCurrency(code, closest: closest).description
    }
}

extension Currency {
    /// The currency with this ISO code (case-insensitive).
    ///
    /// - Throws: ``UnknownCurrencyError`` naming the closest known codes.
    public static func resolve(_ code: String) throws(UnknownCurrencyError) -> Currency {
        guard let currency = named(code) else {
            throw UnknownCurrencyError(code: code, closest: closestCodes(to: code))
        }
        return currency
    }
}
