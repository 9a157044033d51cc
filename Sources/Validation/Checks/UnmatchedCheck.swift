/// An `unverifiable` row for every figure no check compared, saying why: nothing is silently dropped.
enum UnmatchedCheck {
    static func run(_ claims: [Claim], checked: [Check], options: ValidationOptions = ValidationOptions()) -> [Check] {
        var seen = Set<String>()
        for c in checked {
            if let start = c.figure.start { seen.insert("\(c.figure.source)\u{1}\(start)") }
            if let other = c.other, let start = other.start { seen.insert("\(other.source)\u{1}\(start)") }
        }
        var rows: [Check] = []
        for claim in claims where !seen.contains("\(claim.document)\u{1}\(claim.figure.start)") {
            if options.language(for: claim) == .fr {
                rows.append(Check(
                    kind: .unmatched, verdict: .unverifiable, key: claim.key?.description ?? Self.partialKey(claim),
                    figure: SameQuantityCheck.statement(claim),
                    explanation: "\(Wording.quote(claim)) (\(Wording.cite(claim))) est invérifiable : \(whyFR(claim))."))
                continue
            }
            let why: String
            if let key = claim.key {
                if !key.isComparable {
                    why = "the text gives no year for it, so it is not compared with other articles or reference data"
                } else {
                    why = "no other article and no reference data give \(Wording.topic(claim))"
                        + (claim.measureIsCarried ? " (its sentence names no measure: this one is taken from the article's earlier amounts or its lede, a guess compared only when figures agree)" : "")
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

    /// Why a claim is unverifiable, in French.
    static func whyFR(_ claim: Claim) -> String {
        if let key = claim.key {
            if !key.isComparable {
                return "le texte ne lui donne pas de période (année, mois), il n'est donc comparé ni à d'autres articles ni aux données de référence"
            }
            return "aucun autre article et aucune donnée de référence ne donnent \(Wording.topic(claim, in: .fr))"
                + (claim.measureIsCarried ? " (sa phrase ne nomme aucune mesure : celle-ci est reprise des montants précédents de l'article ou de son chapeau, une supposition comparée seulement quand les chiffres concordent)" : "")
        }
        switch (claim.subject, claim.measure) {
        case (nil, nil): return "sa phrase ne nomme ni sujet ni mesure que Chiffres connaisse"
        case (nil, _): return "sa phrase (et celles d'avant) ne nomme aucun sujet que Chiffres connaisse"
        default:
            return "sa phrase ne nomme aucune mesure que Chiffres connaisse (dépenses de défense, aide par type, plafond, "
                + "fonds, inflation, taux, part du PIB ; Lexicon/MeasureLexicon.swift)"
        }
    }

    /// What is known of a key without subject or measure: `money/USD/2024/?/?`.
    static func partialKey(_ c: Claim) -> String {
        let form = c.figure.kind == .money ? "money" : (c.figure.kind == .points ? "points" : (c.figure.change == nil ? "percent" : "percent-change"))
        let who = (c.donor.map { $0.id + ">" } ?? "") + (c.subject?.id ?? "?")
        return "\(form)/\(c.figure.currency ?? "-")/\(c.periodLabel ?? c.period?.description ?? "?")/\(who)/\(c.measure?.id ?? "?")"
    }
}
