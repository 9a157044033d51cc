extension Series {
    /// The series on every year from the first to the last: missing years filled by linear interpolation between
    /// their observed neighbours (`filled` lists them), as Holt's and the forecasting methods need.
    public var annualGrid: (years: [Int], values: [Double], filled: [Int]) { HoltFit.annualGrid(self) }
}

extension HoltFit {
    /// The smoothed level ℓₜ at each year of the grid that the recursion ran on, ℓₜ = yₜ − (1 − α)eₜ; the last is
    /// `level`, where the forecasts start. With `.secondPoint`, the first two years are ℓ₁ = y₁ and ℓ₂ = y₂.
    public var smoothedLevels: [(year: Int, level: Double)] {
        let skipped = years.count - oneStepErrors.count
        var out: [(year: Int, level: Double)] = (0..<skipped).map { (years[$0], values[$0]) }
        for (i, e) in oneStepErrors.enumerated() {
            let t = skipped + i
            out.append((years[t], values[t] - (1 - alpha) * e))
        }
        return out
    }
}
