/// Words the grammar looks for by hash.

/// Currency words that make a figure after "a"/"un" ("a dollar", "un euro", "a penny"); "un livre" is a book.
let articleCurrencies: Set<UInt64> = Set(["dollar", "euro", "buck", "penny", "cent", "centime", "yen", "rouble",
                                          "ruble", "hryvnia", "zloty"].map(WordHasher.hash))
let pointHash = WordHasher.hash("point")
let grandHash = WordHasher.hash("grand")
let minusHash = WordHasher.hash("minus")
let moinsHash = WordHasher.hash("moins")
let pointsHash = WordHasher.hash("points")
let ptsHash = WordHasher.hash("pts")
let toHash = WordHasher.hash("to")
let aHash = WordHasher.hash("à")
let auHash = WordHasher.hash("au")
let etHash = WordHasher.hash("et")
let andHash = WordHasher.hash("and")
let ouHash = WordHasher.hash("ou")
let orHash = WordHasher.hash("or")
let deHash = WordHasher.hash("de")
let ofHash = WordHasher.hash("of")
let fromHash = WordHasher.hash("from")
let dHash = WordHasher.hash("d")
let dollarNameHashes: Set<UInt64> = [WordHasher.hash("dollar"), WordHasher.hash("dollars")]
let entreHash = WordHasher.hash("entre")
let betweenHash = WordHasher.hash("between")
let countNouns: Set<UInt64> = Set(["personnes", "habitants", "people", "soldats", "soldiers", "emplois", "jobs",
                                   "tonnes", "tons", "barils", "barrels", "utilisateurs", "users", "ménages",
                                   "households", "électeurs", "voters", "voix", "votes", "km", "kilomètres",
                                   "drones", "obus", "shells", "munitions", "rounds", "doses", "réfugiés",
                                   "refugees", "déplacés", "victimes", "morts", "tués", "blessés", "visiteurs",
                                   "exemplaires", "copies", "abonnés", "subscribers", "hectares", "acres",
                                   "logements", "homes", "véhicules", "vehicles", "barils"].map(WordHasher.hash))
/// Nouns of money after "millions de" or "billions of": the amount is money in the document's currency
/// ("400 millions de recettes", "7 milliards de réduction des dépenses").
let moneyNouns: Set<UInt64> = Set(["recettes", "recette", "dépenses", "dépense", "revenus", "revenu", "bénéfice",
                                   "bénéfices", "profit", "profits", "pertes", "perte", "dette", "dettes", "crédits",
                                   "crédit", "subventions", "subvention", "investissements", "investissement",
                                   "économies", "chiffre", "impôts", "impôt", "taxes", "financement", "financements",
                                   "fonds", "aides", "aide", "dividendes", "budget", "déficit", "excédent",
                                   "amendes", "coûts", "frais", "charges", "prêts", "prêt", "liquidités", "actifs",
                                   "réduction", "réductions", "surplus", "dons", "primes", "salaires", "ventes",
                                   "revenue", "revenues", "debt", "spending", "savings", "funding", "losses",
                                   "profit", "taxes", "cuts", "investment", "aid", "assets", "sales"].map(WordHasher.hash))
