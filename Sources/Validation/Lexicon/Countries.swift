/// Countries a figure can be about: NATO's members, Ukraine, and the other states that news about
/// defence spending names most, with their French and English names and adjectives.
enum Countries {
    /// One country.
    struct Country: Sendable {
        /// ISO 3166 alpha-3 code.
        var code: String
        /// English name.
        var name: String
        /// Names and adjectives in French and English, as written in articles.
        var phrases: [String]
    }

    /// Countries by code.
    static let byCode: [String: Country] = {
        var d: [String: Country] = [:]
        for c in all { d[c.code] = c }
        return d
    }()

    /// The countries.
    static let all: [Country] = [
        Country(code: "ALB", name: "Albania", phrases: ["Albanie", "Albania", "albanais", "albanaise", "Albanian"]),
        Country(code: "BEL", name: "Belgium", phrases: ["Belgique", "Belgium", "belge", "belges", "Belgian"]),
        Country(code: "BGR", name: "Bulgaria", phrases: ["Bulgarie", "Bulgaria", "bulgare", "Bulgarian"]),
        Country(code: "CAN", name: "Canada", phrases: ["Canada", "canadien", "canadienne", "canadiens", "Canadian"]),
        Country(code: "HRV", name: "Croatia", phrases: ["Croatie", "Croatia", "croate", "Croatian"]),
        Country(code: "CZE", name: "Czechia", phrases: ["Tchéquie", "République tchèque", "Czechia", "Czech Republic", "tchèque", "Czech"]),
        Country(code: "DNK", name: "Denmark", phrases: ["Danemark", "Denmark", "danois", "danoise", "Danish"]),
        Country(code: "EST", name: "Estonia", phrases: ["Estonie", "Estonia", "estonien", "estonienne", "Estonian"]),
        Country(code: "FIN", name: "Finland", phrases: ["Finlande", "Finland", "finlandais", "finlandaise", "Finnish"]),
        Country(code: "FRA", name: "France", phrases: ["France", "français", "française", "French"]),
        Country(code: "DEU", name: "Germany", phrases: ["Allemagne", "Germany", "allemand", "allemande", "allemands", "German"]),
        Country(code: "GRC", name: "Greece", phrases: ["Grèce", "Greece", "grec", "grecque", "Greek"]),
        Country(code: "HUN", name: "Hungary", phrases: ["Hongrie", "Hungary", "hongrois", "hongroise", "Hungarian"]),
        Country(code: "ISL", name: "Iceland", phrases: ["Islande", "Iceland", "islandais", "Icelandic"]),
        Country(code: "ITA", name: "Italy", phrases: ["Italie", "Italy", "italien", "italienne", "Italian"]),
        Country(code: "LVA", name: "Latvia", phrases: ["Lettonie", "Latvia", "letton", "lettone", "Latvian"]),
        Country(code: "LTU", name: "Lithuania", phrases: ["Lituanie", "Lithuania", "lituanien", "lituanienne", "Lithuanian"]),
        Country(code: "LUX", name: "Luxembourg", phrases: ["Luxembourg", "luxembourgeois", "luxembourgeoise"]),
        Country(code: "MNE", name: "Montenegro", phrases: ["Monténégro", "Montenegro", "monténégrin", "Montenegrin"]),
        Country(code: "NLD", name: "Netherlands", phrases: ["Pays-Bas", "Netherlands", "néerlandais", "néerlandaise", "Dutch"]),
        Country(code: "MKD", name: "North Macedonia", phrases: ["Macédoine du Nord", "North Macedonia", "macédonien", "Macedonian"]),
        Country(code: "NOR", name: "Norway", phrases: ["Norvège", "Norway", "norvégien", "norvégienne", "Norwegian"]),
        Country(code: "POL", name: "Poland", phrases: ["Pologne", "Poland", "polonais", "polonaise", "Polish"]),
        Country(code: "PRT", name: "Portugal", phrases: ["Portugal", "portugais", "portugaise", "Portuguese"]),
        Country(code: "ROU", name: "Romania", phrases: ["Roumanie", "Romania", "roumain", "roumaine", "Romanian"]),
        Country(code: "SVK", name: "Slovak Republic", phrases: ["Slovaquie", "Slovakia", "Slovak Republic", "slovaque", "Slovak"]),
        Country(code: "SVN", name: "Slovenia", phrases: ["Slovénie", "Slovenia", "slovène", "Slovenian"]),
        Country(code: "ESP", name: "Spain", phrases: ["Espagne", "Spain", "espagnol", "espagnole", "Spanish"]),
        Country(code: "SWE", name: "Sweden", phrases: ["Suède", "Sweden", "suédois", "suédoise", "Swedish"]),
        Country(code: "TUR", name: "Türkiye", phrases: ["Turquie", "Türkiye", "Turkey", "turc", "turque", "Turkish"]),
        Country(code: "GBR", name: "United Kingdom", phrases: [
            "Royaume-Uni", "United Kingdom", "Grande-Bretagne", "Britain", "=UK", "=U.K.", "britannique",
            "britanniques", "British", "Londres", "London",
        ]),
        Country(code: "USA", name: "United States", phrases: [
            "États-Unis", "United States", "=US", "=U.S.", "=USA", "Amérique", "America", "américain",
            "américaine", "américains", "American", "Washington",
        ]),
        Country(code: "RUS", name: "Russia", phrases: ["Russie", "Russia", "russe", "russes", "Russian", "Moscou", "Moscow"]),
        Country(code: "CHN", name: "China", phrases: ["Chine", "China", "chinois", "chinoise", "Chinese", "Pékin", "Beijing"]),
        Country(code: "JPN", name: "Japan", phrases: ["Japon", "Japan", "japonais", "Japanese"]),
        Country(code: "AUS", name: "Australia", phrases: ["Australie", "Australia", "australien", "Australian"]),
        Country(code: "KOR", name: "South Korea", phrases: ["Corée du Sud", "République de Corée", "South Korea", "sud-coréen", "South Korean"]),
        Country(code: "CHE", name: "Switzerland", phrases: ["Suisse", "Switzerland", "suisse", "suisses", "Swiss", "Confédération", "Berne", "Bern"]),
        Country(code: "AUT", name: "Austria", phrases: ["Autriche", "Austria", "autrichien", "autrichienne", "Austrian", "Vienne", "Vienna"]),
        Country(code: "IRL", name: "Ireland", phrases: ["Irlande", "Ireland", "irlandais", "irlandaise", "Irish", "Dublin"]),
        Country(code: "NZL", name: "New Zealand", phrases: ["Nouvelle-Zélande", "New Zealand", "néo-zélandais", "néo-zélandaise"]),
        Country(code: "IND", name: "India", phrases: ["Inde", "India", "indien", "indienne", "Indian", "New Delhi"]),
        Country(code: "BRA", name: "Brazil", phrases: ["Brésil", "Brazil", "brésilien", "brésilienne", "Brazilian"]),
        Country(code: "IRN", name: "Iran", phrases: ["Iran", "iranien", "iranienne", "Iranian", "Téhéran", "Tehran"]),
        Country(code: "ISR", name: "Israel", phrases: ["Israël", "Israel", "israélien", "Israeli"]),
    ]
}
