/// The words that name a ``Subject`` in French and English.
///
/// The longest phrase wins where phrases overlap: "les Alliés européens et le Canada" is Europe and
/// Canada, not the Allies and Canada.
enum SubjectLexicon {
    /// Whether a subject is a group of Allies or one country.
    static func isGroup(_ subject: Subject) -> Bool {
        subject == .nato || subject == .europeCanada || subject == .europe || subject == .eu
            || subject == .europeanCountries
    }

    /// The lexicon.
    static let lexicon: PhraseLexicon<Subject> = {
        var phrases: [(String, Subject)] = []
        for p in [
            "Alliés européens et le Canada", "Alliés européens et du Canada", "alliés européens et canadiens",
            "Alliés européens et Canada", "pays européens et le Canada", "membres européens et le Canada",
            "l'Europe et le Canada", "Europe et Canada", "Europe et le Canada", "l'Europe et du Canada", "européens et canadiens",
            "OTAN Europe et Canada", "European Allies and Canada", "European allies and Canada",
            "Europe and Canada", "European and Canadian Allies", "European and Canadian allies",
            "NATO Europe and Canada", "European NATO members and Canada", "European members and Canada",
            "European countries and Canada",
        ] { phrases.append((p, .europeCanada)) }
        for p in [
            "Alliés européens", "alliés européens", "pays européens de l'OTAN", "membres européens de l'OTAN",
            "European Allies", "European allies", "European NATO members", "European NATO allies",
        ] { phrases.append((p, .europe)) }
        for p in [
            "Alliés", "Allié", "alliés", "pays de l'OTAN", "pays membres de l'OTAN", "membres de l'OTAN", "OTAN",
            "Alliance", "Allies", "allies", "NATO allies", "NATO members", "NATO countries", "NATO",
            "the Alliance",
        ] { phrases.append((p, .nato)) }
        for p in ["Ukraine", "Kyiv", "Kyïv", "Kiev", "Kiew", "ukrainien", "ukrainienne", "ukrainiens", "Ukrainian"] {
            phrases.append((p, .ukraine))
        }
        for entry in Institutions.entries {
            let subject: Subject?
            switch entry.code {
            case "eu": subject = .eu
            case "european-countries": subject = .europeanCountries
            default: subject = Subject.country(iso3: entry.code)
            }
            if let subject { phrases.append((entry.phrase, subject)) }
        }
        for country in Countries.all {
            guard let subject = Subject.country(iso3: country.code) else { continue }
            for p in country.phrases { phrases.append((p, subject)) }
        }
        return PhraseLexicon(phrases)
    }()
}
