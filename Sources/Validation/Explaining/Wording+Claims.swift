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

    /// What a claim is about, in words: "defence spending of the European Allies and Canada in 2024".
    static func topic(_ claim: Claim) -> String {
        guard let subject = claim.subject, let measure = claim.measure else { return "this figure" }
        let period = claim.period.map { " in \($0)" } ?? ""
        let who = name(subject)
        switch measure {
        case .defenceSpending:
            if claim.figure.kind != .money, claim.figure.change != nil {
                let base = claim.basePeriod.map { " on \($0)" } ?? ""
                return "the change in defence spending of \(who)\(period)\(base)"
            }
            return "defence spending of \(who)\(period)"
        case .militaryAid:
            if claim.figure.kind != .money { return "a share of military aid to \(who)\(period)" }
            return "military aid to \(who)\(period)"
        case .addedSpending(let since):
            return "defence spending \(who) added since \(since.map(String.init) ?? "a year the text does not give")"
        case .shareOfGDP:
            return "defence spending of \(who) as a share of GDP\(period)"
        case .gdpTarget:
            return "the share-of-GDP target or threshold of \(who)\(period)"
        }
    }

    /// A claim's value in words: "485 billion USD", "20%".
    static func value(_ claim: Claim) -> String {
        claim.figure.kind == .money ? amount(claim.value, claim.figure.currency) : percent(claim.value)
    }

    /// A value in the unit of a claim: "404.2 billion USD" or "20.9%".
    static func value(_ value: Double, like claim: Claim) -> String {
        claim.figure.kind == .money ? amount(value, claim.figure.currency) : percent(value)
    }
}
