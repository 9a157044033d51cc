/// A price index by year, to state money of one year in the prices of another (constant prices).
///
/// The value of `amount` spent in `year`, in prices of `base`, is `amount × index(base) / index(year)`,
/// computed exactly and rounded once. Chiffres ships the US CPI-U annual averages for USD; any other
/// deflator is a `year,index` CSV read with ``init(csv:name:currency:)``.
public struct Deflator: Sendable {
    /// What the index is, for messages and the `price_base` column ("US CPI-U").
    public let name: String
    /// The currency whose prices the index measures, or `nil` when it is given for any value.
    public let currency: String?
    /// The index by year.
    public let indices: [Int: ExactDecimal]

    /// Creates a deflator from indices by year.
    public init(name: String, currency: String?, indices: [Int: ExactDecimal]) {
        self.name = name
        self.currency = currency
        self.indices = indices
    }

    /// The first and last years with an index.
    public var years: ClosedRange<Int>? {
        guard let first = indices.keys.min(), let last = indices.keys.max() else { return nil }
        return first...last
    }

    /// `index(base) / index(year)`: the factor that states money of `year` in prices of `base`, or
    /// `nil` when either year has no index.
    public func factor(from year: Int, toPricesOf base: Int) -> ExactRatio? {
        guard let from = indices[year], let to = indices[base] else { return nil }
        return ExactRatio(to, over: from)
    }

    /// `amount × rate` (a conversion, or one) in prices of `base`, rounded half away from zero to
    /// `places` digits.
    ///
    /// - Parameters:
    ///   - amount: The amount as read.
    ///   - rate: The exact rate to the currency of `currency` (``ExactRatio/one`` when not converted).
    ///   - currency: The currency of the value to deflate; it must be the deflator's, when it has one.
    ///   - year: The year the money was spent.
    ///   - base: The year whose prices to state it in.
    ///   - places: Digits after the decimal point.
    public func constantPrices(
        of amount: ExactDecimal, times rate: ExactRatio = .one, currency: String, year: Int, base: Int, places: Int
    ) -> ConstantPriceValue {
        if let measured = self.currency, measured != currency {
            return ConstantPriceValue(value: nil, base: base, warnings: [
                .deflatorCurrency(deflator: name, measures: measured, value: currency),
            ])
        }
        for y in [year, base] where indices[y] == nil {
            return ConstantPriceValue(value: nil, base: base, warnings: [.noDeflatorIndex(year: y, deflator: name)])
        }
        guard let factor = factor(from: year, toPricesOf: base), let combined = rate.multiplied(by: factor),
              let value = combined.applied(to: amount, places: places) else {
            return ConstantPriceValue(value: nil, base: base, warnings: [.tooLarge])
        }
        return ConstantPriceValue(value: value, base: base, warnings: [])
    }
}

/// A value in constant prices, or why there is none.
public struct ConstantPriceValue: Sendable {
    /// The value in prices of ``base``, or `nil`.
    public let value: ExactDecimal?
    /// The year whose prices the value is in.
    public let base: Int
    /// Why there is no value.
    public let warnings: [MoneyWarning]
}
