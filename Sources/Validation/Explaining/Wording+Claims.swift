extension Wording {
    /// The figure as written with its qualifier, quoted: `'plus de 50 milliards d’euros'`.
    static func quote(_ claim: Claim) -> String {
        "'" + (claim.qualifier.map { $0 + " " } ?? "") + claim.figure.text + "'"
    }

    /// Where a figure comes from: `000.txt, 2025-02-13` (or just the document without a date).
    static func cite(_ claim: Claim) -> String {
        claim.document + (claim.date.map { ", \($0)" } ?? "")
    }

    /// The document as the subject of a sentence: `000.txt (2025-02-13)`.
    static func source(_ claim: Claim) -> String {
        claim.document + (claim.date.map { " (\($0))" } ?? "")
    }

    /// A subject as a noun phrase: "the European Allies and Canada", "Ukraine".
    static func name(_ subject: Subject) -> String {
        SubjectLexicon.isGroup(subject) ? "the " + subject.name : subject.name
    }

    /// When a claim is for, in words: " in 2024", " in 2024-05", " to date", or nothing.
    static func when(_ claim: Claim, in language: ExplanationLanguage = .en) -> String {
        let fr = language == .fr
        switch claim.periodLabel {
        case "to-date": return fr ? " à ce jour" : " to date"
        case "-": return ""
        case let label?: return (fr ? " en " : " in ") + label
        case nil: return claim.period.map { (fr ? " en " : " in ") + "\($0)" } ?? ""
        }
    }

    /// What a claim is about, in words: "defence spending of the European Allies and Canada in 2024",
    /// "military aid from France to Ukraine in 2024"; in French for ``ExplanationLanguage/fr``.
    static func topic(_ claim: Claim, in language: ExplanationLanguage = .en) -> String {
        guard let subject = claim.subject, let measure = claim.measure else { return language == .fr ? "ce chiffre" : "this figure" }
        if language == .fr { return topicFR(claim, subject, measure) }
        let period = when(claim)
        let who = name(subject)
        switch measure {
        case .defenceSpending:
            if claim.figure.kind != .money, claim.figure.change != nil {
                let base = claim.basePeriod.map { " on \($0)" } ?? ""
                return "the change in defence spending of \(who)\(period)\(base)"
            }
            return "defence spending of \(who)\(period)"
        case .militaryAid:
            let from = claim.donor.map { " from " + name($0) } ?? ""
            if claim.figure.kind != .money { return "a share of military aid\(from) to \(who)\(period)" }
            return "military aid\(from) to \(who)\(period)"
        case .addedSpending(let since):
            return "defence spending \(who) added since \(since.map(String.init) ?? "a year the text does not give")"
        case .shareOfGDP:
            return "defence spending of \(who) as a share of GDP\(period)"
        case .gdpTarget:
            return "the share-of-GDP target or threshold of \(who)\(period)"
        case .named(let id):
            if measure.isAid || MeasureLexicon.aidIDs.contains(ClaimReader.baseID(id)) {
                let from = claim.donor.map { " from " + name($0) } ?? ""
                return "\(measure.name)\(from) to \(who)\(period)"
            }
            return "\(measure.name) of \(who)\(period)"
        }
    }

    /// ``topic(_:in:)`` in French, with "de les" made "des", "à le" made "au".
    private static func topicFR(_ claim: Claim, _ subject: Subject, _ measure: Measure) -> String {
        var text = " " + topicFRWords(claim, subject, measure)
        for (from, to) in [(" de les ", " des "), (" de le ", " du "), (" à les ", " aux "), (" à le ", " au ")] {
            text = text.replacing(from, with: to)
        }
        return String(text.dropFirst())
    }

    private static func topicFRWords(_ claim: Claim, _ subject: Subject, _ measure: Measure) -> String {
        let period = when(claim, in: .fr)
        let who = nameFR(subject)
        let what: String
        switch measure {
        case .addedSpending(let since):
            return "les dépenses de défense ajoutées par \(who) depuis \(since.map(String.init) ?? "une année que le texte ne donne pas")"
        case .shareOfGDP: what = "les dépenses de défense en part du PIB"
        case .gdpTarget: what = "l'objectif ou le seuil en part du PIB"
        default: what = MeasureNames.name(measure.id, in: .fr)
        }
        if measure.isAid || MeasureLexicon.aidIDs.contains(ClaimReader.baseID(measure.id)) {
            let from = claim.donor.map { " de " + nameFR($0) } ?? ""
            let share = claim.figure.kind != .money && !measure.id.contains("-share-of-") ? "une part de " : ""
            return "\(share)\(what)\(from) à \(who)\(period)"
        }
        if claim.figure.kind != .money, claim.figure.change != nil, measure == .defenceSpending {
            return "la variation des dépenses de défense de \(who)\(period)"
        }
        return "\(what) de \(who)\(period)"
    }

    /// A subject's name in French: "les Alliés européens et le Canada", "la France" (its code when
    /// Chiffres has no French name for it).
    static func nameFR(_ subject: Subject) -> String {
        switch subject.id {
        case "nato": return "les Alliés"
        case "europe-canada": return "les Alliés européens et le Canada"
        case "europe": return "les Alliés européens"
        case "eu": return "l'Union européenne"
        case "european-countries": return "les pays européens"
        case "ukraine": return "l'Ukraine"
        default:
            return frenchNames[subject.id.uppercased()] ?? Countries.byCode[subject.id.uppercased()]?.phrases.first ?? subject.name
        }
    }

    /// French names with their article, for the countries news names most (others without article).
    static let frenchNames: [String: String] = [
        "FRA": "la France", "DEU": "l'Allemagne", "GBR": "le Royaume-Uni", "USA": "les États-Unis", "CHE": "la Suisse",
        "ITA": "l'Italie", "ESP": "l'Espagne", "POL": "la Pologne", "CAN": "le Canada", "NLD": "les Pays-Bas",
        "BEL": "la Belgique", "SWE": "la Suède", "NOR": "la Norvège", "DNK": "le Danemark", "FIN": "la Finlande",
        "EST": "l'Estonie", "LVA": "la Lettonie", "LTU": "la Lituanie", "TUR": "la Turquie", "GRC": "la Grèce",
        "PRT": "le Portugal", "ROU": "la Roumanie", "CZE": "la République tchèque", "HUN": "la Hongrie",
        "RUS": "la Russie", "CHN": "la Chine", "JPN": "le Japon", "AUT": "l'Autriche", "IRL": "l'Irlande",
    ]

    /// A claim's value in words: "485 billion USD", "20%".
    static func value(_ claim: Claim) -> String {
        claim.figure.kind == .money ? amount(claim.value, claim.figure.currency) : percent(claim.value)
    }

    /// A value in the unit of a claim: "404.2 billion USD" or "20.9%".
    static func value(_ value: Double, like claim: Claim) -> String {
        claim.figure.kind == .money ? amount(value, claim.figure.currency) : percent(value)
    }
}

