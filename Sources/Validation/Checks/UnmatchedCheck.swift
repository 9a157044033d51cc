/// An `unverifiable` row for every figure no check compared, saying why: nothing is silently dropped.
enum UnmatchedCheck {
    static func run(_ claims: [Claim], checked: [Check]) -> [Check] {
        var seen = Set<String>()
        for c in checked {
            if let start = c.figure.start { seen.insert("\(c.figure.source)\u{1}\(start)") }
            if let other = c.other, let start = other.start { seen.insert("\(other.source)\u{1}\(start)") }
        }
        var rows: [Check] = []
        for claim in claims where !seen.contains("\(claim.document)\u{1}\(claim.figure.start)") {
            let why: String
            if let key = claim.key {
                if !key.isComparable {
                    why = "the text gives no year for it, so it is not compared with other articles or reference data"
                } else {
                    why = "no other article and no reference data give \(Wording.topic(claim))"
                }
            } else {
                why = claim.unkeyedReason ?? "what it is about is not known"
            }
            rows.append(Check(
                kind: .unmatched, verdict: .unverifiable, key: claim.key?.description ?? Self.partialKey(claim),
                figure: SameQuantityCheck.statement(claim),
                explanation: "\(Wording.quote(claim)) (\(Wording.cite(claim))) is unverifiable: \(why)."))
        }
        return rows
    }

    /// What is known of a key without subject or measure: `money/USD/2024/?/?`.
    static func partialKey(_ c: Claim) -> String {
        let form = c.figure.kind == .money ? "money" : (c.figure.kind == .points ? "points" : (c.figure.change == nil ? "percent" : "percent-change"))
        return "\(form)/\(c.figure.currency ?? "-")/\(c.period?.description ?? "?")/\(c.subject?.id ?? "?")/\(c.measure?.id ?? "?")"
    }
}
