/// Institutions, capitals and places that stand for a subject in news: data, one line per phrase.
///
/// The code is a country's ISO 3166 alpha-3 code, or a group's id (`eu`, `european-countries`).
/// "Le Conseil fédéral" is Switzerland, "the Bundestag" Germany, "l'Insee" France. Add lines to
/// teach Chiffres more.
enum Institutions {
    static let entries: [(phrase: String, code: String)] = [
        ("Conseil fédéral", "CHE"), ("Conseil national", "CHE"), ("Conseil des Etats", "CHE"),
        ("Conseil des États", "CHE"), ("Federal Council", "CHE"), ("Council of States", "CHE"),
        ("National Council", "CHE"), ("armasuisse", "CHE"), ("Assemblée fédérale", "CHE"),
        ("Bundeswehr", "DEU"), ("Bundestag", "DEU"), ("Bundesrat", "DEU"), ("Berlin", "DEU"),
        ("Luftwaffe", "DEU"), ("chancelier allemand", "DEU"), ("German Chancellor", "DEU"),
        ("Chambres fédérales", "CHE"), ("chambres fédérales", "CHE"), ("Swiss army", "CHE"), ("armée suisse", "CHE"),
        ("loi de programmation militaire", "FRA"), ("=LPM", "FRA"), ("Military Programming Law", "FRA"),
        ("ministre des Armées", "FRA"), ("ministre des armées", "FRA"), ("Revue nationale stratégique", "FRA"),
        ("Assemblée nationale", "FRA"), ("Elysée", "FRA"), ("Élysée", "FRA"), ("Matignon", "FRA"),
        ("=Insee", "FRA"), ("=INSEE", "FRA"), ("ministère des Armées", "FRA"), ("hexagonale", "FRA"),
        ("hexagonal", "FRA"), ("Hexagone", "FRA"), ("Paris", "FRA"), ("Banque de France", "FRA"),
        ("Maison Blanche", "USA"), ("White House", "USA"), ("Pentagone", "USA"), ("Pentagon", "USA"),
        ("Congrès américain", "USA"), ("Congress", "USA"), ("Federal Reserve", "USA"), ("=Fed", "USA"),
        ("Downing Street", "GBR"), ("Westminster", "GBR"), ("Bank of England", "GBR"), ("Whitehall", "GBR"),
        ("Kremlin", "RUS"), ("Rome", "ITA"), ("Madrid", "ESP"), ("Varsovie", "POL"), ("Warsaw", "POL"),
        ("Ottawa", "CAN"), ("Stockholm", "SWE"), ("Oslo", "NOR"),
        ("Copenhague", "DNK"), ("Copenhagen", "DNK"), ("Helsinki", "FIN"), ("Tallinn", "EST"),
        ("Union européenne", "eu"), ("European Union", "eu"), ("=UE", "eu"), ("=EU", "eu"),
        ("Commission européenne", "eu"), ("European Commission", "eu"), ("institutions de l'Union européenne", "eu"), ("EU institutions", "eu"),
        ("27 États membres", "eu"), ("27 Etats membres", "eu"), ("Vingt-Sept", "eu"), ("=EU27", "eu"),
        ("=UE27", "eu"), ("Union et ses membres", "eu"), ("EU and its member states", "eu"),
        ("Europe", "european-countries"), ("pays européens", "european-countries"),
        ("pays d'Europe", "european-countries"), ("European countries", "european-countries"),
        ("European donors", "european-countries"), ("donateurs européens", "european-countries"),
        ("European continent", "european-countries"),
        
    ]
}
