/// Check 1: the same quantity in two articles.
///
/// Claims with the same comparable key are compared pairwise, the later article against the earlier
/// one (each only with the mutually nearest value of the other document), with their qualifiers:
/// values that agree within the rounding of their written digits, or one value and a lower bound it
/// meets, are consistent; a misprint (a scale misplaced, a digit mistyped, two digits swapped) is a
/// conflict; two lower bounds, values within tolerance, a running total (spending added since a
/// year, aid given so far in a year still under way) that grew between two dates, and a later
/// vintage revising an earlier value by a fifth at most (or by one unit of its last digit) are
/// compatible; values that cannot both be true are a conflict. Above `maxGroupSize` documents with
/// one key, each document is compared with the next only.
enum SameQuantityCheck {
    /// How many days apart two articles may be for one mistyped digit between them to read as a slip, not a revision.
    static let slipWindowDays = 31

    /// How far (relative) a later vintage may revise an earlier value and stay compatible.
    static let revision = 0.2

    static func run(_ claims: [Claim], options: ValidationOptions) -> [Check] {
        var groups: [ClaimKey: [Int]] = [:]
        for (i, c) in claims.enumerated() {
            guard let key = c.key, key.isComparable else { continue }
            // An amount converted in the text ("€400 billion ($433.4 billion)") is checked against the rate;
            // across articles the amount as first stated is compared.
            if let j = c.figure.pairedWith, j < c.index { continue }
            groups[key, default: []].append(i)
        }
        var checks: [Check] = []
        for (key, members) in groups {
            let ordered = members.sorted { order(claims[$0], claims[$1]) }
            // Documents in the order of their first claim; all pairs of them up to maxGroupSize documents,
            // each with the next above.
            var documents: [String] = []
            for i in ordered where !documents.contains(claims[i].document) { documents.append(claims[i].document) }
            var documentPairs: [(String, String)] = []
            if documents.count <= options.maxGroupSize {
                for a in documents.indices {
                    for b in documents.indices where b > a { documentPairs.append((documents[a], documents[b])) }
                }
            } else {
                for a in documents.indices.dropLast() { documentPairs.append((documents[a], documents[a + 1])) }
            }
            var byDocument: [String: [Int]] = [:]
            for i in ordered { byDocument[claims[i].document, default: []].append(i) }
            for (da, db) in documentPairs {
                for (x, y) in NearestValues.pairs(claims, byDocument[da] ?? [], byDocument[db] ?? []) {
                    let (earlier, later) = order(claims[x], claims[y]) ? (x, y) : (y, x)
                    let check = compare(claims[later], with: claims[earlier], key: key, options: options)
                    // A carried measure is a guess: a difference says the quantities differ, not that one is wrong.
                    if check.verdict == .conflict, claims[later].measureIsCarried || claims[earlier].measureIsCarried { continue }
                    // Budget lines are revised from one draft of a plan to the next: a difference is not an error.
                    if check.verdict == .conflict, MeasureLexicon.isBudgetLine(key.measure.id) { continue }
                    checks.append(check)
                }
            }
        }
        return checks
    }

    /// Earlier date first; undated first; then by document and position.
    static func order(_ a: Claim, _ b: Claim) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (a.document, a.figure.start) < (b.document, b.figure.start)
        }
    }

    /// The later claim against the earlier one.
    static func compare(_ later: Claim, with earlier: Claim, key: ClaimKey, options: ValidationOptions) -> Check {
        let tolerance = Tolerance(base: options.tolerance, claims: [later, earlier])
        let a = StatedRange(later.figure)
        let b = StatedRange(earlier.figure)
        let deviation = Check.deviation(a.central, from: b.central)
        let gap = a.gap(to: b)
        let rounding = WrittenPrecision.agree(later.figure, earlier.figure)
        let withinTolerance = abs(deviation ?? .infinity) <= tolerance.percent + 1e-9
        let overlap = gap <= tolerance.value + 1e-12
        let running = key.measure.isCumulative || later.isPartOfPeriod || earlier.isPartOfPeriod
        let datesDiffer = later.date != nil && earlier.date != nil && later.date != earlier.date
        let sameDay = later.date != nil && later.date == earlier.date
        let grew = a.central > b.central
        // A digit changed between articles more than a month apart may be a revision rather than a slip.
        let monthsApart = datesDiffer && abs((later.date?.daysSinceEpoch ?? 0) - (earlier.date?.daysSinceEpoch ?? 0)) > Self.slipWindowDays
        let misprint = a.isPoint && b.isPoint
            && WrittenPrecision.misprint(later.figure, earlier.figure, digitMistypes: !monthsApart)
        let verdict: Verdict
        // The same number, or a bound met by the same number, is consistent; a bound and another value it allows
        // ("plus de 400" and 413,3) are compatible.
        if rounding && overlap {
            verdict = .consistent
        } else if misprint {
            verdict = .conflict
        } else if overlap || withinTolerance || (running && datesDiffer && grew) {
            verdict = .compatible
        } else if !sameDay && !(running && datesDiffer && !grew) && a.isPoint && b.isPoint
                    && (abs(deviation ?? .infinity) <= Self.revision * 100 || WrittenPrecision.lastDigitApart(later.figure, earlier.figure)) {
            // Two vintages (or an undated one): a later figure may revise an earlier one, by a fifth at most
            // or by one unit of its last digit (2,2 % then 2,3 %).
            verdict = .compatible
        } else {
            verdict = .conflict
        }
        let reading = Reading(verdict: verdict, later: later, earlier: earlier, a: a, b: b, deviation: deviation ?? 0,
                              tolerance: tolerance, running: running, datesDiffer: datesDiffer, key: key,
                              misprint: misprint, withinTolerance: withinTolerance)
        let explanation = options.language(for: later) == .fr ? explainFR(reading)
            : explain(verdict, later, earlier, a, b, deviation: deviation ?? 0, tolerance: tolerance,
                      running: running, datesDiffer: datesDiffer, key: key, misprint: misprint,
                      withinTolerance: withinTolerance)
        return Check(
            kind: .sameQuantity, verdict: verdict, key: key.description,
            figure: statement(later), other: statement(earlier), compared: a.central, expected: b.central,
            unit: unit(key), deviationPercent: deviation, tolerancePercent: tolerance.percent,
            basis: "the other article", explanation: explanation)
    }

    static func statement(_ c: Claim) -> Check.Statement {
        Check.Statement(source: c.document, start: c.figure.start, text: c.figure.text, value: .exact(c.figure.value))
    }

    static func unit(_ key: ClaimKey) -> String {
        switch key.form {
        case .money: return key.currency ?? ""
        case .percent, .percentChange: return "%"
        case .points: return "points"
        }
    }

    private static func explain(
        _ verdict: Verdict, _ later: Claim, _ earlier: Claim, _ a: StatedRange, _ b: StatedRange, deviation: Double,
        tolerance: Tolerance, running: Bool, datesDiffer: Bool, key: ClaimKey, misprint: Bool, withinTolerance: Bool
    ) -> String {
        let topic = Wording.topic(later)
        let pair = "\(Wording.quote(later)) (\(Wording.cite(later))) and \(Wording.quote(earlier)) (\(Wording.cite(earlier)))"
        let apart = Wording.signedPercent(deviation)
        switch verdict {
        case .consistent:
            if a.isPoint && b.isPoint {
                return "\(pair) give the same \(topic): \(apart) apart, \(tolerance.phrase(true))."
            }
            return "\(pair) agree on \(topic): both say \(Wording.value(earlier)), one as \(a.shape) and the other as \(b.shape), "
                + "and these qualifiers are compatible (\(apart) apart, \(tolerance.phrase(true)))."
        case .compatible:
            var text = "\(pair) are compatible statements of \(topic): "
            if a.isLowerBound && b.isLowerBound {
                text += "both are lower bounds, so both can be true"
            } else if !(a.isPoint && b.isPoint) {
                text += "\(Wording.quote(later)) is \(a.shape) and \(Wording.quote(earlier)) \(b.shape), which allow both values"
            } else {
                text += "the amounts differ by \(apart), \(tolerance.phrase(withinTolerance))"
                if !withinTolerance && !running {
                    text += "; they are two vintages ("
                        + [earlier.date, later.date].map { $0.map(String.init(describing:)) ?? "undated" }.joined(separator: ", ")
                        + "), and a later figure may revise an earlier one by up to "
                        + Wording.percent(Self.revision * 100) + " or one unit of its last digit"
                }
            }
            if running && datesDiffer {
                let what = key.measure.isCumulative ? "one cumulative total" : "a running total for a period still under way"
                text += "; they are \(what) at two dates, and "
                text += a.central >= b.central
                    ? "the later vintage (\(later.date.map(String.init(describing:)) ?? "")) is higher (\(apart)), as a running total should be"
                    : "the later vintage is lower (\(apart)), which a lower bound allows"
            } else if a.isLowerBound && b.isLowerBound {
                text += "; the later statement's bound is \(a.central >= b.central ? "higher" : "lower") (\(apart))"
            }
            return text + "."
        case .conflict:
            var text = "\(pair) contradict each other on \(topic): \(apart) apart, \(tolerance.phrase(false))"
            if misprint {
                text += "; the digits look like a misprint of one another (a scale misplaced by a power of ten, "
                    + "a digit mistyped or two digits swapped)"
            }
            if running && datesDiffer && a.central < b.central {
                text += "; a running total cannot fall between two dates"
            } else if !(a.isPoint && b.isPoint) {
                text += ", and their qualifiers (\(a.shape), \(b.shape)) do not allow both"
            }
            return text + "."
        case .unverifiable:
            return "\(pair) cannot be compared."
        }
    }
}
