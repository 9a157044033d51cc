import Figures
import Money
import Testing
import Validation

/// Claim keys read from sentences: subject, measure and period, in French and English.
@Suite struct ClaimKeyTests {
    func keys(_ text: String, _ language: Language, date: String = "2025-03-03") -> [String?] {
        ValidationData.keys(text, language, date: date)
    }

    @Test func aidToUkraineMeetsInFrenchAndEnglish() {
        let key = "money/EUR/2024/ukraine/military-aid"
        // The donor, when the sentence names it, is part of the key.
        let fromAllies = "money/EUR/2024/nato>ukraine/military-aid"
        #expect(keys("En 2024, les Alliés ont consacré 50 milliards d’euros au soutien à l’Ukraine.", .french) == [fromAllies])
        #expect(keys("En 2024, 50 milliards d’euros d’aide militaire à Kyiv ont été livrés.", .french) == [key])
        #expect(keys("En 2024, l’assistance militaire à Kyïv a atteint 50 milliards d’euros.", .french) == [key])
        #expect(keys("In 2024, allies gave €50 billion in military aid to Ukraine.", .english) == [fromAllies])
        #expect(keys("In 2024, NATO members provided €50 billion in military support to Kiev.", .english) == [fromAllies])
    }

    @Test func europeAndCanadaMeetInFrenchAndEnglish() {
        let key = "money/USD/2024/europe-canada/defence-spending"
        #expect(keys("En 2024, les Alliés européens et le Canada ont investi 485 milliards de dollars dans la défense.", .french) == [key])
        #expect(keys("Les dépenses de défense de l’Europe et du Canada ont atteint 485 milliards de dollars en 2024.", .french) == [key])
        #expect(keys("In 2024, European Allies and Canada spent $485 billion on defence.", .english) == [key])
        #expect(keys("Defence spending by NATO Europe and Canada reached $485 billion in 2024.", .english) == [key])
    }

    @Test func countriesByName() {
        #expect(keys("En 2024, la France a consacré 47 milliards d’euros à la défense.", .french) == ["money/EUR/2024/fra/defence-spending"])
        #expect(keys("In 2024, Germany's defence budget was €52 billion.", .english) == ["money/EUR/2024/deu/defence-spending"])
        #expect(keys("En 2023, le Royaume-Uni a dépensé 60 milliards de livres sterling pour la défense.", .french) == ["money/GBP/2023/gbr/defence-spending"])
    }

    @Test func theMinistryIsNotSpending() {
        // "à la Défense" names a ministry: no measure; "à la défense" is what is spent on defence.
        #expect(keys("En 2024, le secrétaire américain à la Défense a signé un contrat de 3 milliards de dollars.", .french) == [nil])
        #expect(keys("En 2024, les États-Unis ont consacré 900 milliards de dollars à la défense.", .french) == ["money/USD/2024/usa/defence-spending"])
    }

    @Test func shareOfGDPAndTargets() {
        #expect(keys("En 2024, la France a consacré 2,1 % de son PIB à la défense.", .french) == ["percent/-/2024/fra/share-of-gdp"])
        #expect(keys("In 2024, Poland spent 4.1% of GDP on defence.", .english) == ["percent/-/2024/pol/share-of-gdp"])
        #expect(keys("En 2024, 18 Alliés consacrent 2 % de leur PIB à la défense.", .french) == ["percent/-/2024/nato/gdp-target"])
        #expect(keys("The allies agreed on a target of 5% of GDP by 2035.", .english) == ["percent/-/2035/nato/gdp-target"])
    }

    @Test func addedSinceAYear() {
        #expect(keys("Depuis 2014, les Alliés européens et le Canada ont ajouté plus de 700 milliards de dollars à leurs budgets militaires.", .french)
                == ["money/USD/to-date/europe-canada/added-spending-since-2014"])
        // The Defence Investment Pledge named without its year is the 2014 pledge.
        #expect(keys("European Allies and Canada have added more than $600 billion since the Defence Investment Pledge.", .english)
                == ["money/USD/to-date/europe-canada/added-spending-since-2014"])
        #expect(keys("Since 2020, European allies have added $200 billion to defence.", .english)
                == ["money/USD/to-date/europe/added-spending-since-2020"])
    }

    @Test func percentChangeAndItsBaseYear() {
        var validator = Validator(rates: .unavailable("none"))
        let d = ValidationData.document("t", "2025-02-13", .french,
            "En 2024, les Alliés européens et le Canada ont investi 485 milliards de dollars dans la défense, soit une augmentation de près de 20 % par rapport à 2022.")
        validator.add(d, figures: extractFigures(from: d))
        let change = validator.claims.first { $0.figure.kind == .percent }
        #expect(change?.key?.description == "percent-change/-/2024/europe-canada/defence-spending")
        #expect(change?.basePeriod == 2022)
        #expect(change?.qualifier == "près de")
        let english = ValidationData.document("e", "2025-02-13", .english,
            "In 2024, European Allies and Canada spent $485 billion on defence, up nearly 20% on the year before.")
        var v2 = Validator(rates: .unavailable("none"))
        v2.add(english, figures: extractFigures(from: english))
        #expect(v2.claims.first { $0.figure.kind == .percent }?.basePeriod == 2023)
    }

    @Test func subjectFromAnEarlierSentence() {
        let text = "L’Ukraine bénéficie de notre appui continu. Il a ajouté que ce soutien dépassera les 50 milliards d’euros promis pour 2024."
        #expect(keys(text, .french) == ["money/EUR/2024/ukraine/military-aid"])
    }

    @Test func relativeYearsResolveAgainstTheDate() {
        #expect(keys("L’Ukraine a reçu 35 milliards d’euros d’aide militaire cette année.", .french, date: "2025-06-25")
                == ["money/EUR/2025/ukraine/military-aid"])
        #expect(keys("Ukraine received €35 billion in military aid last year.", .english, date: "2025-06-25")
                == ["money/EUR/2024/ukraine/military-aid"])
    }

    @Test func noYearMeansNotComparable() {
        let k = keys("Le Royaume-Uni a annoncé 500 millions de livres sterling d’aide militaire à l’Ukraine.", .french)
        #expect(k == ["money/GBP/?/gbr>ukraine/military-aid"])
    }

    @Test func seedKeys() {
        var validator = Validator(rates: .unavailable("none"))
        for d in ValidationData.seeds { validator.add(d, figures: extractFigures(from: d)) }
        let keys = validator.claims.map { "\($0.document.prefix(3)) \($0.figure.text) \($0.key?.description ?? "-")" }
        #expect(keys == [
            "000 485 milliards de dollars money/USD/2024/europe-canada/defence-spending",
            "000 20 % percent-change/-/2024/europe-canada/defence-spending",
            "000 700 milliards de dollars money/USD/to-date/europe-canada/added-spending-since-2014",
            "000 50 milliards d’euros money/EUR/2024/ukraine/military-aid",
            "001 2 % percent/-/-/nato/gdp-target",
            "001 35 milliards d’euros money/EUR/2025/ukraine/military-aid",
            "001 50 milliards d’euros money/EUR/2024/ukraine/military-aid",
            "002 500 millions de livres sterling money/GBP/?/gbr>ukraine/military-aid",
            "002 630 millions de dollars money/USD/?/gbr>ukraine/military-aid",
            "003 600 milliards de dollars money/USD/to-date/europe-canada/added-spending-since-2014",
            "003 2 % percent/-/2024/nato/gdp-target",
            "003 10 milliards de dollars -",
            "003 99 % percent/-/2024/nato>ukraine/military-aid",
            "004 20 milliards d’euros money/EUR/2025/ukraine/military-aid",
        ])
    }
}
