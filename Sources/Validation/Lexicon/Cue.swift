/// Words in a figure's sentence that say what it measures or how to read it.
enum Cue: Hashable, Sendable {
    /// Defence spending.
    case spending
    /// Aid or support given.
    case aid
    /// Money added ("ajouté", "added", "supplémentaires").
    case added
    /// "depuis", "since".
    case since
    /// Gross domestic product, right after a percentage ("du PIB", "of GDP").
    case gdp
    /// A target or threshold ("objectif", "target", "au moins").
    case target
    /// The 2014 Defence Investment Pledge, named without its year.
    case pledge
    /// Constant prices or real terms.
    case real
    /// Current prices or nominal terms.
    case nominal
    /// Part of a period ("au premier trimestre", "first half", "so far this year").
    case partOfPeriod
    /// Introduces the comparison year of a change ("par rapport à", "compared with", "from").
    case comparedWith
    /// Introduces parts of the amount before it ("dont", "of which", "including").
    case ofWhich
    /// Introduces the total the other amounts are part of ("sur les", "out of").
    case outOf
    /// Introduces a total ("au total", "in total", "a total of").
    case total
    /// A running total since the start of something ("depuis le début de la guerre", "since the invasion").
    case sinceStart
    /// A monthly rate ("sur un mois", "month-on-month").
    case monthly
    /// A yearly rate ("sur un an", "year-on-year").
    case yearly
    /// Gross national income, right after a percentage ("du RNB", "of GNI").
    case gni
}

/// The cue words in French and English.
enum CueLexicon {
    /// The lexicon.
    static let lexicon: PhraseLexicon<Cue> = {
        var phrases: [(String, Cue)] = []
        func add(_ cue: Cue, _ list: [String]) {
            for p in list { phrases.append((p, cue)) }
        }
        add(.spending, [
            "dépense* de défense", "dépense* militaire*", "dépense* en matière de défense", "dépense* d'armement",
            "budget* de la défense", "budget* de défense", "budget* militaire*", "budget* des armées",
            "investissement* de défense", "investissement* dans la défense", "investissement* militaire*",
            "effort de défense", "efforts de défense", "=dans la défense", "=à la défense", "=pour la défense",
            "=à leur défense", "=pour leur défense", "=en défense", "crédits militaires", "défense nationale",
            "defence spending", "defense spending", "defence expenditure*", "defense expenditure*",
            "military spending", "military expenditure*", "defence budget*", "defense budget*", "military budget*",
            "defence investment*", "defense investment*", "=on defence", "=on defense", "=in defence",
            "=in defense", "=for defence", "=for defense", "=on their defence", "=on their defense",
            "=on the military", "spent on defence", "spending on defence", "spending on defense",
        ])
        add(.aid, [
            "aide* militaire*", "assistance militaire", "soutien militaire", "soutien*", "soutenir", "soutenu*",
            "appui", "aide* à l'Ukraine", "aide* à Kyiv", "aide* à Kiev", "aide* à Kyïv", "aide*",
            "livraison* d'armes", "paquet* d'aide", "military aid", "military assistance", "military support",
            "security assistance", "support*", "aid", "assistance", "weapons deliveries",
        ])
        add(.added, [
            "ajouté*", "ajouter", "ajoutera*", "ajoutent", "supplémentaire*", "additionnel*", "added", "add", "adding",
            "adds", "extra", "additional",
        ])
        add(.since, ["depuis", "since"])
        add(.sinceStart, [
            "depuis le début", "depuis l'invasion", "depuis le déclenchement", "since the start", "since the beginning",
            "since the invasion", "since Russia's invasion", "since the full-scale invasion", "since the war began",
            "since the outbreak", "since the start of the war", "depuis le début de la guerre", "to date", "so far",
            "jusqu'à présent", "à ce jour", "cumulé*", "cumulative", "cumulatively", "as of",
        ])
        add(.monthly, ["sur un mois", "month-on-month", "month on month", "on the month", "over the month", "sur le mois", "en rythme mensuel", "monthly"])
        add(.yearly, ["sur un an", "sur une année", "year-on-year", "year on year", "annual", "en glissement annuel", "on the year", "over the year"])
        add(.gni, ["du RNB", "de son RNB", "de leur RNB", "du revenu national brut", "of GNI", "of its GNI", "of their GNI", "of gross national income", "national income"])
        add(.gdp, ["PIB", "GDP", "Produit intérieur brut", "gross domestic product", "economic output", "richesse nationale", "annual GDP", "of the economy", "de l'économie",
            "du PIB", "de leur PIB", "de son PIB", "de notre PIB", "de leurs PIB", "du produit intérieur brut",
            "de la richesse nationale", "of GDP", "of their GDP", "of its GDP", "of our GDP",
            "of gross domestic product",
        ])
        add(.target, [
            "objectif*", "cible", "seuil", "engagement*", "s'engager", "engagé* à", "allouer", "consacrer au moins",
            "au moins", "atteindre", "atteint", "atteignent", "respecter", "respectent", "d'ici", "target*", "goal*",
            "guideline", "pledge*", "commitment*", "at least", "reach", "reaching", "meet", "meeting", "hit",
            "porter", "porté", "portée", "portés", "portera", "raise to", "raised to", "bring to", "brought to",
            "increase to", "increased to",
        ])
        add(.pledge, [
            "engagement d'investir dans la défense", "engagement en matière d'investissements de défense",
            "engagement de Wales", "engagement du pays de Galles", "sommet du pays de Galles",
            "Defence Investment Pledge", "Defense Investment Pledge", "investment pledge", "Wales pledge",
            "Wales summit", "sommet de Newport",
        ])
        add(.real, [
            "prix constants", "en termes réels", "en volume", "hors inflation", "en euros constants",
            "en dollars constants", "constant prices", "in real terms", "constant dollars", "inflation-adjusted",
            "adjusted for inflation",
        ])
        add(.nominal, ["prix courants", "en termes nominaux", "en valeur", "current prices", "in nominal terms", "nominal"])
        add(.partOfPeriod, [
            "trimestre", "semestre", "premier trimestre", "premiers mois", "depuis le début de l'année",
            "à ce jour", "jusqu'à présent", "quarter", "first half", "so far this year", "year to date",
            "year-to-date", "so far", "first months",
        ])
        add(.comparedWith, [
            "par rapport à", "comparé à", "comparativement à", "contre", "sur un an", "compared with",
            "compared to", "from", "over", "versus", "vs", "than in", "year on year", "year-on-year",
        ])
        add(.ofWhich, ["dont", "parmi lesquels", "parmi lesquelles", "of which", "including", "among them"])
        add(.outOf, ["sur les", "sur un total de", "out of", "of the"])
        add(.total, ["au total", "en tout", "un total de", "total de", "au global", "in total", "a total of", "total of", "altogether"])
        return PhraseLexicon(phrases)
    }()
}
