import Testing
import Figures

@Suite struct MeaningTests {
    @Test func percentagesAndPoints() {
        check("Soit 5 %, 6 pour cent, 7 pourcents, 8 points de pourcentage, 25 points de base et 3 pp.", .french, [
            percent("5 %", "5"), percent("6 pour cent", "6"), percent("7 pourcents", "7"),
            points("8 points de pourcentage", "8"), points("25 points de base", "0.25"), points("3 pp", "3"),
        ])
        check("Up 5 percent; 6 per cent, 50 basis points and 10 bp.", .english, [
            percent("5 percent", "5", change: .increase), percent("6 per cent", "6"),
            points("50 basis points", "0.5"), points("10 bp", "0.1"),
        ])
    }

    @Test func frenchQualifiers() {
        check("près de 1 %, environ 2 %, quelque 3 %, autour de 4 %, presque 5 %, plus de 6 %, au-delà de 7 %, supérieur à 8 %.", .french, [
            percent("1 %", "1", .approx), percent("2 %", "2", .approx), percent("3 %", "3", .approx),
            percent("4 %", "4", .approx), percent("5 %", "5", .approx), percent("6 %", "6", .moreThan),
            percent("7 %", "7", .moreThan), percent("8 %", "8", .moreThan),
        ])
        check("moins de 1 %, inférieur à 2 %, au moins 3 %, au plus 4 %, jusqu'à 5 %, jusqu’à 6 %, 7 % environ.", .french, [
            percent("1 %", "1", .lessThan), percent("2 %", "2", .lessThan), percent("3 %", "3", .atLeast),
            percent("4 %", "4", .atMost), percent("5 %", "5", .upTo), percent("6 %", "6", .upTo),
            percent("7 %", "7", .approx),
        ])
    }

    @Test func englishQualifiers() {
        check("about 1%, around 2%, nearly 3%, almost 4%, roughly 5%, more than 6%, over 7%, less than 8%.", .english, [
            percent("1%", "1", .approx), percent("2%", "2", .approx), percent("3%", "3", .approx),
            percent("4%", "4", .approx), percent("5%", "5", .approx), percent("6%", "6", .moreThan),
            percent("7%", "7", .moreThan), percent("8%", "8", .lessThan),
        ])
        check("under 1%, at least 2%, at most 3%, up to 4%, and $5 or more.", .english, [
            percent("1%", "1", .lessThan), percent("2%", "2", .atLeast), percent("3%", "3", .atMost),
            percent("4%", "4", .upTo), money("$5", "5", "USD", .atLeast),
        ])
    }

    @Test func changes() {
        check("Une hausse de 3 %, une baisse de 2 %, un recul de 1 %, les dépenses ont bondi de 9 %, 5 milliards d'euros supplémentaires, 2 milliards d'euros de plus.", .french, [
            percent("3 %", "3", change: .increase), percent("2 %", "2", change: .decrease),
            percent("1 %", "1", change: .decrease), percent("9 %", "9", change: .increase),
            money("5 milliards d'euros", "5000000000", "EUR", change: .increase),
            money("2 milliards d'euros", "2000000000", "EUR", change: .increase),
        ])
        check("Sales rose by 4%, costs fell by 2%, margins were up 1% and down 3%, plus an additional $5 billion.", .english, [
            percent("4%", "4", change: .increase), percent("2%", "2", change: .decrease),
            percent("1%", "1", change: .increase), percent("3%", "3", change: .decrease),
            money("$5 billion", "5000000000", "USD", change: .increase),
        ])
        // A level is not a change: "atteint 3 %", "passer à 2 %".
        check("Le taux atteint 3 % et doit passer à 2 %.", .french, [percent("3 %", "3"), percent("2 %", "2")])
    }

    @Test func ranges() {
        check("Entre 2 et 3 %, de 4 % à 5 %, 3 à 3,5 % du PIB, 2-3 % et 2 à 3 milliards d'euros.", .french, [
            percent("2 et 3 %", "2", high: "3"), percent("4 % à 5 %", "4", high: "5"),
            percent("3 à 3,5 %", "3", high: "3.5"), percent("2-3 %", "2", high: "3"),
            money("2 à 3 milliards d'euros", "2000000000", "EUR", high: "3000000000"),
        ])
        check("between 2 and 3 percent, 5 to 10 million dollars", .english, [
            percent("2 and 3 percent", "2", high: "3"),
            money("5 to 10 million dollars", "5000000", "USD", high: "10000000"),
        ])
        // A move from one level to another is two figures.
        check("Le taux est passé de 2 % à 3 %.", .french, [percent("2 %", "2"), percent("3 %", "3")])
    }

    @Test func yearsAndPeriods() {
        check("En 2024, les Alliés ont investi 485 milliards de dollars, une hausse de près de 20 % par rapport à 2023.", .french, [
            money("485 milliards de dollars", "485000000000", "USD", year: "2024"),
            percent("20 %", "20", .approx, change: .increase, year: "2024"),
        ])
        check("Il faudra 3,5 % du PIB d'ici 2030 et 40 milliards d'euros sur 2024-2030.", .french, [
            percent("3,5 %", "3.5", year: "2030"), money("40 milliards d'euros", "40000000000", "EUR", year: "2024-2030"),
        ])
        check("Ils ont promis 20 milliards d'euros au premier trimestre de 2025.", .french, [
            money("20 milliards d'euros", "20000000000", "EUR", year: "2025"),
        ])
        check("The budget is $5 billion in FY2025 and 2% in 2026.", .english, [
            money("$5 billion", "5000000000", "USD", year: "FY2025"), percent("2%", "2", year: "2026"),
        ])
        // "depuis 2014", "l'engagement de 2014" do not give the figure its year.
        check("Depuis l'engagement de 2014, ils ont ajouté 700 milliards de dollars.", .french, [
            money("700 milliards de dollars", "700000000000", "USD", change: .increase),
        ])
    }

    @Test func relativeYearsResolveAgainstTheDate() {
        let doc = Document(id: "r", text: "Ils ont engagé 35 milliards d'euros cette année et 2 % l'an dernier.",
                           date: .init(iso: "2025-06-25"), language: .french)
        let figures = extractFigures(from: doc)
        #expect(figures.map { $0.period?.description } == [nil, nil])
        #expect(figures.map { $0.resolvedPeriod?.description } == ["2025", "2024"])
        let english = Document(id: "e", text: "They spent $3 billion last year.", date: .init(iso: "2026-02-12"), language: .english)
        #expect(extractFigures(from: english).first?.resolvedPeriod?.description == "2025")
    }

    @Test func notFigures() {
        check("Un million de drones, 18 Alliés, 20 pays, des F-16, Steadfast Defender 24, la COVID-19, l'article L. 3121-27, le 12/02/2026 à 16:12, appelez le 01 23 45 67 89, en 2024, le 3e rang.", .french, [])
        check("They bought 1,500 F-16s in 2024 on March 3 at 10:30; call 555-1234.", .english, [])
    }

    @Test func inTextConversionsAreLinked() {
        let doc = Document(id: "p", text: "Un paquet de 500 millions de livres sterling (environ 630 millions de dollars), puis 5 millions d'euros.", language: .french)
        let figures = extractFigures(from: doc)
        #expect(figures.count == 3)
        #expect(figures.first?.pairedWith == 1)
        #expect(figures.dropFirst().first?.pairedWith == 0)
        #expect(figures.last?.pairedWith == nil)
        let english = Document(id: "q", text: "Britain pledged £8.7 billion ($11.8 billion) in aid.", language: .english)
        #expect(extractFigures(from: english).map(\.pairedWith) == [1, 0])
    }

    @Test func sentencesSurviveAbbreviationsAndDecimals() {
        let doc = Document(id: "s", text: "M. Rutte l'a dit. Les U.S. ont payé 3.5 % de plus en 2024. Fin.", language: .french)
        let figure = extractFigures(from: doc).first
        #expect(figure?.sentence == "Les U.S. ont payé 3.5 % de plus en 2024.")
        let french = Document(id: "s", text: "Selon M. Rutte, 2,5 % suffisent. Autre phrase.", language: .french)
        #expect(extractFigures(from: french).first?.sentence == "Selon M. Rutte, 2,5 % suffisent.")
    }

    @Test func offsetsAreCodePoints() {
        let doc = Document(id: "o", text: "Été : « 50 milliards d’euros »", language: .french)
        let figure = extractFigures(from: doc).first
        #expect(figure?.start == 8)
        #expect(figure?.end == 28)
    }
}
