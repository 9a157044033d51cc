import LinearAlgebra

extension LinearBatchFit {
    /// Fits many series that may have different years: series with the same set of years are grouped and each
    /// group is fitted by one `LinearBatchFit`.
    ///
    /// - Parameters:
    ///   - series: The series, in any order.
    ///   - panelSize: Passed to each group's batch.
    /// - Returns: One result per input series, in input order: the fit, or why it could not be fitted.
    public static func fitGrouped(_ series: [Series], panelSize: Int = 4096) -> [Result<LinearFit, TrendError>] {
        var results = [Result<LinearFit, TrendError>?](repeating: nil, count: series.count)
        var groups: [[Int]: [Int]] = [:]
        var order: [[Int]] = []
        for (i, s) in series.enumerated() {
            if s.count < 2 {
                results[i] = .failure(.tooFewPoints(series: s.name, model: "linear", needed: 2, got: s.count))
                continue
            }
            if groups[s.years] == nil { order.append(s.years) }
            groups[s.years, default: []].append(i)
        }
        for years in order {
            let members = groups[years] ?? []
            var elements: [Double] = []
            elements.reserveCapacity(years.count * members.count)
            for i in members { elements.append(contentsOf: series[i].values) }
            do {
                let matrix = try Matrix(rows: years.count, columns: members.count, columnMajor: elements)
                let batch = try LinearBatchFit(years: years, values: matrix, panelSize: panelSize)
                for (k, i) in members.enumerated() { results[i] = .success(batch[k]) }
            } catch let error as TrendError {
                for i in members { results[i] = .failure(error) }
            } catch {
                for i in members { results[i] = .failure(.numerical(series: series[i].name, model: "linear", detail: "\(error)")) }
            }
        }
        return results.map { $0 ?? .failure(.empty(series: "?")) }
    }
}
