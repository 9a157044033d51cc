/// The same-quantity explanations in French, for French articles (`--explain-lang fr` or `auto`).
extension SameQuantityCheck {
    /// What an explanation says, whatever its language.
    struct Reading {
        var verdict: Verdict
        var later: Claim
        var earlier: Claim
        var a: StatedRange
        var b: StatedRange
        var deviation: Double
        var tolerance: Tolerance
        var running: Bool
        var datesDiffer: Bool
        var key: ClaimKey
        var misprint: Bool
        var withinTolerance: Bool
    }

    /// The explanation in French.
    static func explainFR(_ r: Reading) -> String {
        let topic = Wording.topic(r.later, in: .fr)
        let pair = "\(Wording.quote(r.later)) (\(Wording.cite(r.later))) et \(Wording.quote(r.earlier)) (\(Wording.cite(r.earlier)))"
        let apart = Wording.signedPercent(r.deviation, in: .fr)
        let pointPair = r.a.isPoint && r.b.isPoint
        switch r.verdict {
        case .consistent:
            if pointPair {
                return "\(pair) donnent la même valeur pour \(topic) : \(apart) d'écart, \(r.tolerance.phraseFR(true))."
            }
            return "\(pair) s'accordent sur \(topic) : tous deux disent \(Wording.value(r.earlier, in: .fr)), l'un comme "
                + "\(r.a.shapeFR) et l'autre comme \(r.b.shapeFR), et ces qualificatifs sont compatibles "
                + "(\(apart) d'écart, \(r.tolerance.phraseFR(true)))."
        case .compatible:
            var text = "\(pair) sont des énoncés compatibles sur \(topic) : "
            if r.a.isLowerBound && r.b.isLowerBound {
                text += "ce sont deux bornes inférieures, toutes deux peuvent être vraies"
            } else if !pointPair {
                text += "\(Wording.quote(r.later)) est \(r.a.shapeFR) et \(Wording.quote(r.earlier)) \(r.b.shapeFR), ce qui admet les deux valeurs"
            } else {
                text += "les montants diffèrent de \(apart), \(r.tolerance.phraseFR(r.withinTolerance))"
                if !r.withinTolerance && !r.running {
                    text += " ; ce sont deux états successifs ("
                        + [r.earlier.date, r.later.date].map { $0.map(String.init(describing:)) ?? "sans date" }.joined(separator: ", ")
                        + ") et un chiffre plus récent peut réviser le précédent jusqu'à "
                        + Wording.percent(revision * 100, in: .fr) + " ou d'une unité de son dernier chiffre"
                }
            }
            if r.running && r.datesDiffer {
                let what = r.key.measure.isCumulative ? "un même cumul" : "un total en cours pour une période non achevée"
                text += " ; c'est \(what) à deux dates, et "
                text += r.a.central >= r.b.central
                    ? "l'état le plus récent (\(r.later.date.map(String.init(describing:)) ?? "")) est plus élevé (\(apart)), comme il se doit"
                    : "l'état le plus récent est plus bas (\(apart)), ce qu'une borne inférieure admet"
            } else if r.a.isLowerBound && r.b.isLowerBound {
                text += " ; la borne la plus récente est \(r.a.central >= r.b.central ? "plus haute" : "plus basse") (\(apart))"
            }
            return text + "."
        case .conflict:
            var text = "\(pair) se contredisent sur \(topic) : \(apart) d'écart, \(r.tolerance.phraseFR(false))"
            if r.misprint {
                text += " ; les chiffres ressemblent à une coquille (échelle décalée d'une puissance de dix, "
                    + "chiffre mal saisi ou deux chiffres inversés)"
            }
            if r.running && r.datesDiffer && r.a.central < r.b.central {
                text += " ; un total cumulé ne peut pas baisser entre deux dates"
            } else if !pointPair {
                text += ", et leurs qualificatifs (\(r.a.shapeFR), \(r.b.shapeFR)) ne permettent pas les deux"
            }
            return text + "."
        case .unverifiable:
            return "\(pair) ne peuvent pas être comparés."
        }
    }
}

extension StatedRange {
    /// "une valeur", "une borne inférieure", "une borne supérieure" or "une fourchette".
    var shapeFR: String {
        if isPoint { return "une valeur" }
        if isLowerBound { return "une borne inférieure" }
        if isUpperBound { return "une borne supérieure" }
        return "une fourchette"
    }
}

extension Tolerance {
    /// The phrase in `language`: ``phrase(_:)`` or ``phraseFR(_:)``.
    func phrase(_ within: Bool, in language: ExplanationLanguage) -> String {
        language == .fr ? phraseFR(within) : phrase(within)
    }

    /// "dans la tolérance de 5 %", or "au-delà de la tolérance de 5,8 % (5 % élargie pour 'environ')".
    func phraseFR(_ within: Bool) -> String {
        let head = (within ? "dans la tolérance de " : "au-delà de la tolérance de ") + Wording.percent(percent, in: .fr)
        guard widening > 0 else { return head }
        return head + " (" + Wording.percent(base * 100, in: .fr) + " élargie pour " + (reason ?? "un chiffre approximatif") + ")"
    }
}
