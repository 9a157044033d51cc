/// Check 5: the arithmetic of one sentence.
///
/// - Parts and their total: "50 milliards, dont 20 … et 40 …" (the parts cannot exceed the total),
///   "sur les 50 milliards, 30 … et 25 …", "X pour A et Y pour B, soit au total Z" (the parts should
///   make the total).
/// - A share: "12 milliards, soit 40 % des 20 milliards" (12 / 20 is 60 %, not 40 %).
/// - A change between two amounts: "passées de 400 à 485 milliards, soit une hausse de 21 %".
///
/// Only sentences whose structure is that clear are checked; amounts in different currencies never
/// add up.
enum ArithmeticCheck {
    /// One figure of the sentence with where it stands in the folded sentence.
    struct Member {
        var claim: Claim
        var span: Range<Int>
    }

    static func run(_ reading: SentenceReading, _ members: [Member], options: ValidationOptions) -> [Check] {
        var checks: [Check] = []
        if let c = parts(reading, members, options: options) { checks.append(c) }
        checks.append(contentsOf: shares(reading, members, options: options))
        checks.append(contentsOf: changes(reading, members, options: options))
        return checks
    }

    // MARK: Parts and total

    private static func parts(_ reading: SentenceReading, _ members: [Member], options: ValidationOptions) -> Check? {
        let money = members.filter { $0.claim.figure.kind == .money && $0.claim.figure.high == nil }
        guard money.count >= 2 else { return nil }
        for cue in reading.cues where cue.value == .ofWhich || cue.value == .outOf || cue.value == .total {
            let total: Member?
            switch cue.value {
            case .ofWhich:
                total = money.last { $0.span.upperBound <= cue.bytes.lowerBound && cue.bytes.lowerBound - $0.span.upperBound <= 40 }
            default:
                total = money.first { $0.span.lowerBound >= cue.bytes.upperBound && $0.span.lowerBound - cue.bytes.upperBound <= 12 }
                    ?? (cue.value == .total ? money.last { $0.span.upperBound <= cue.bytes.lowerBound && cue.bytes.lowerBound - $0.span.upperBound <= 12 } : nil)
            }
            guard let total else { continue }
            let currency = total.claim.figure.currency
            let parts = money.filter {
                $0.span != total.span && $0.claim.figure.currency == currency
                    && (cue.value != .ofWhich || $0.span.lowerBound >= cue.bytes.upperBound)
            }
            guard !parts.isEmpty else { continue }
            return judgeParts(total.claim, parts.map(\.claim), mustAddUp: cue.value == .total, options: options)
        }
        return nil
    }

    private static func judgeParts(_ total: Claim, _ parts: [Claim], mustAddUp: Bool, options: ValidationOptions) -> Check {
        let currency = total.figure.currency
        let sum = parts.reduce(0) { $0 + $1.value }
        let partsAreBounds = parts.contains { StatedRange($0.figure).isLowerBound }
        let range = StatedRange(total.figure)
        let tolerance = Tolerance(base: options.tolerance, claims: [total] + parts)
        let deviation = Check.deviation(sum, from: total.value)
        let limit = (range.high ?? .infinity) * (1 + tolerance.value)
        let listed = parts.map(Wording.quote).joined(separator: " + ")
        let lang = options.language(for: total)
        let sumText = Wording.amount(sum, currency, in: lang)
        var text = Wording.say(lang, "In \(Wording.source(total)), the parts \(listed) add up to \(sumText)\(partsAreBounds ? " at least" : ""), against the total \(Wording.quote(total)): ",
                               "Dans \(Wording.source(total)), les parties \(listed) font \(partsAreBounds ? "au moins " : "")\(sumText), pour un total de \(Wording.quote(total)) : ")
        let verdict: Verdict
        if sum > limit {
            verdict = .conflict
            let excess = Wording.percent((sum / total.value - 1) * 100, in: lang)
            text += Wording.say(lang, "the parts exceed the total by \(excess), ", "les parties dépassent le total de \(excess), ")
                + tolerance.phrase(false, in: lang) + "."
        } else if !mustAddUp || range.isLowerBound {
            verdict = .consistent
            text += Wording.say(lang, "they fit within it.", "elles y tiennent.")
        } else if abs(deviation ?? .infinity) <= tolerance.percent + 1e-9 {
            verdict = .consistent
            text += Wording.say(lang, "they make the total (", "elles font le total (") + Wording.signedPercent(deviation ?? 0, in: lang)
                + "), " + tolerance.phrase(true, in: lang) + "."
        } else {
            verdict = .compatible
            let share = Wording.percent(sum / total.value * 100, in: lang)
            text += Wording.say(lang, "they make \(share) of it; the rest is not itemized.", "elles en font \(share) ; le reste n'est pas détaillé.")
        }
        return Check(
            kind: .arithmetic, verdict: verdict, key: total.key?.description ?? UnmatchedCheck.partialKey(total),
            figure: SameQuantityCheck.statement(total),
            other: Check.Statement(source: total.document, start: parts.first?.figure.start,
                                   text: parts.map(\.figure.text).joined(separator: " + "), value: .computed(sum)),
            compared: sum, expected: total.value, unit: currency ?? "", deviationPercent: deviation,
            tolerancePercent: tolerance.percent, basis: "sum of the parts", explanation: text)
    }

    // MARK: Shares

    private static let ofWords: Set<String> = ["de", "des", "du", "d", "of", "the", "sur", "les", "la", "le", "l"]

    /// "A, soit P % des W": the percentage against the part over the whole.
    private static func shares(_ reading: SentenceReading, _ members: [Member], options: ValidationOptions) -> [Check] {
        var checks: [Check] = []
        let money = members.filter { $0.claim.figure.kind == .money && $0.claim.figure.high == nil }
        for p in members where p.claim.figure.kind == .percent && p.claim.figure.change == nil
            && p.claim.measure != .shareOfGDP && p.claim.measure != .gdpTarget {
            guard let whole = money.first(where: { $0.span.lowerBound > p.span.upperBound && joinedByOf(reading, p.span.upperBound, $0.span.lowerBound) }) else {
                continue
            }
            let candidates = money.filter { $0.span != whole.span && $0.claim.figure.currency == whole.claim.figure.currency }
            guard let part = candidates.min(by: { ClaimReader.distance($0.span, p.span) < ClaimReader.distance($1.span, p.span) }),
                  whole.claim.value != 0 else { continue }
            let implied = part.claim.value / whole.claim.value * 100
            let tolerance = Tolerance(base: options.tolerance, claims: [p.claim])
            let deviation = Check.deviation(p.claim.value, from: implied)
            let within = abs(deviation ?? .infinity) <= tolerance.percent + 1e-9
            let lang = options.language(for: p.claim)
            let gap = Wording.decimal(abs(p.claim.value - implied), places: 1, in: lang)
            let text = Wording.say(lang,
                "In \(Wording.source(p.claim)), \(Wording.quote(part.claim)) over \(Wording.quote(whole.claim)) is "
                    + "\(Wording.percent(implied)), against the stated \(Wording.quote(p.claim)): \(gap) points apart, ",
                "Dans \(Wording.source(p.claim)), \(Wording.quote(part.claim)) sur \(Wording.quote(whole.claim)) font "
                    + "\(Wording.percent(implied, in: .fr)), face au chiffre annoncé \(Wording.quote(p.claim)) : \(gap) points d'écart, ")
                + "\(tolerance.phrase(within, in: lang))."
            checks.append(Check(
                kind: .arithmetic, verdict: within ? .consistent : .conflict,
                key: p.claim.key?.description ?? UnmatchedCheck.partialKey(p.claim), figure: SameQuantityCheck.statement(p.claim),
                other: Check.Statement(source: p.claim.document, start: part.claim.figure.start,
                                       text: "\(part.claim.figure.text) / \(whole.claim.figure.text)", value: .computed(implied)),
                compared: p.claim.value, expected: implied, unit: "%", deviationPercent: deviation,
                tolerancePercent: tolerance.percent, basis: "the two amounts of the sentence", explanation: text))
        }
        return checks
    }

    /// Whether only "de", "des", "of the" … stand between two byte offsets.
    private static func joinedByOf(_ reading: SentenceReading, _ from: Int, _ to: Int) -> Bool {
        guard to - from <= 16 else { return false }
        let words = reading.text.words.filter { $0.start >= from && $0.end <= to }
        return !words.isEmpty && words.allSatisfy { ofWords.contains($0.lower) }
    }

    // MARK: Changes

    /// "de A à B, soit +P %": the percentage against B / A − 1.
    private static func changes(_ reading: SentenceReading, _ members: [Member], options: ValidationOptions) -> [Check] {
        var checks: [Check] = []
        for c in members where c.claim.figure.kind == .percent && c.claim.figure.change != nil {
            let money = members.filter { $0.claim.figure.kind == .money && $0.claim.figure.change == nil }
            var from: Claim?
            var to: Double?
            var toText = ""
            if let range = money.first(where: { $0.claim.figure.high != nil }), let high = range.claim.figure.high {
                from = range.claim
                to = high.doubleValue
                toText = range.claim.figure.text
            } else {
                let levels = money.filter { $0.claim.figure.high == nil }
                guard levels.count == 2, levels[0].claim.figure.currency == levels[1].claim.figure.currency,
                      levels[0].claim.measure == levels[1].claim.measure else { continue }
                var (a, b) = (levels[0].claim, levels[1].claim)
                if let pa = a.period, let pb = b.period, pa.first > pb.first { swap(&a, &b) }
                from = a
                to = b.value
                toText = b.figure.text
            }
            guard let start = from, let end = to, start.value != 0 else { continue }
            let implied = (end / start.value - 1) * 100
            let stated = StatedRange(change: c.claim.figure).central
            let tolerance = Tolerance(base: options.tolerance, claims: [c.claim])
            let deviation = Check.deviation(stated, from: implied)
            let within = abs(deviation ?? .infinity) <= tolerance.percent + 1e-9
            let lang = options.language(for: c.claim)
            let (fromText, toAmount) = (Wording.amount(start.value, start.figure.currency, in: lang), Wording.amount(end, start.figure.currency, in: lang))
            let gap = Wording.decimal(abs(stated - implied), places: 1, in: lang)
            let text = Wording.say(lang,
                "In \(Wording.source(c.claim)), going from \(fromText) to \(toAmount) is a change of \(Wording.signedPercent(implied)), against the stated "
                    + "\(Wording.quote(c.claim)) (\(c.claim.figure.change?.rawValue ?? "change")): \(gap) points apart, ",
                "Dans \(Wording.source(c.claim)), passer de \(fromText) à \(toAmount) est une variation de \(Wording.signedPercent(implied, in: .fr)), "
                    + "face au chiffre annoncé \(Wording.quote(c.claim)) : \(gap) points d'écart, ")
                + "\(tolerance.phrase(within, in: lang))."
            checks.append(Check(
                kind: .arithmetic, verdict: within ? .consistent : .conflict,
                key: c.claim.key?.description ?? UnmatchedCheck.partialKey(c.claim), figure: SameQuantityCheck.statement(c.claim),
                other: Check.Statement(source: c.claim.document, start: start.figure.start,
                                       text: start.figure.text == toText ? toText : "\(start.figure.text) → \(toText)",
                                       value: .computed(implied)),
                compared: stated, expected: implied, unit: "%", deviationPercent: deviation,
                tolerancePercent: tolerance.percent, basis: "the two amounts of the sentence", explanation: text))
        }
        return checks
    }
}
