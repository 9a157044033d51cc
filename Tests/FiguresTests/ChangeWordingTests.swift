import Testing
import Figures

/// How the two languages frame a figure as a change or a level, and bound it (GUIDELINES of the news gold):
/// change verbs with their object between verb and figure, restatements, the two ends of a movement, signed
/// levels, funding rounds, and verbs of passing a threshold.
@Suite struct ChangeWordingTests {
    @Test func verbsAndNounsWithTheirObject() {
        check("La banque a relevé mardi son taux directeur de 50 points de base. Le gouvernement annonce une hausse des "
              + "crédits de la culture de 120 millions d'euros. Le titre a cédé 2,3 %.", .french, [
            points("50 points de base", "0.5", change: .increase),
            money("120 millions d'euros", "120000000", "EUR", change: .increase),
            percent("2,3 %", "2.3", change: .decrease),
        ])
        check("The central bank cut its benchmark rate by half a percentage point. Profits slashed 4%, and the "
              + "carrier lifted fares by 3%.", .english, [
            points("half a percentage point", "0.5", change: .decrease),
            percent("4%", "4", change: .decrease), percent("3%", "3", change: .increase),
        ])
    }

    @Test func pointsOfARateArePercentagePoints() {
        check("Le chômage recule de 0,8 point sur un an.", .french, [points("0,8 point", "0.8", change: .decrease)])
        check("The index lost 45 points.", .english, [])
    }

    @Test func comparisonsAfterTheFigure() {
        check("Spending came in $2.5 billion higher than planned, and revenue 1.2% below forecast.", .english, [
            money("$2.5 billion", "2500000000", "USD", change: .increase),
            percent("1.2%", "1.2", change: .decrease),
        ])
        check("L'électricité est 12 % plus chère et le gaz 5 % plus bas qu'en mars.", .french, [
            percent("12 %", "12", change: .increase), percent("5 %", "5", change: .decrease),
        ])
    }

    @Test func restatementsAndListsTakeTheChange() {
        check("Les recettes progressent de 40 millions d'euros, soit 3,1 %. Le chiffre d'affaires croît de 6 % en "
              + "données publiées et de 4 % à taux constants.", .french, [
            money("40 millions d'euros", "40000000", "EUR", change: .increase),
            percent("3,1 %", "3.1", change: .increase),
            percent("6 %", "6", change: .increase), percent("4 %", "4", change: .increase),
        ])
        check("Le franc gagnait plus de 1,2 % face au dollar et plus de 0,9 % face à l'euro.", .french, [
            percent("1,2 %", "1.2", .moreThan, change: .increase), percent("0,9 %", "0.9", .moreThan, change: .increase),
        ])
        check("Spending rose 12% in 2024, and at least 2 per cent of GDP goes to defence.", .english, [
            percent("12%", "12", change: .increase, year: "2024"), percent("2 per cent", "2", .atLeast, year: "2024"),
        ])
        check("Imports jumped by $2.1 billion or 0.8 percent.", .english, [
            money("$2.1 billion", "2100000000", "USD", change: .increase), percent("0.8 percent", "0.8", change: .increase),
        ])
    }

    @Test func furtherIsAnIncreaseUnlessSaidOtherwise() {
        check("The fund will receive a further $3 billion, while shares fell a further 2%.", .english, [
            money("$3 billion", "3000000000", "USD", change: .increase), percent("2%", "2", change: .decrease),
        ])
    }

    @Test func fundingRoundsAreNotIncreases() {
        check("The startup raised $40 million in a Series B. The Fed raised rates by 0.25 percentage points.", .english, [
            money("$40 million", "40000000", "USD"), points("0.25 percentage points", "0.25", change: .increase),
        ])
    }

    @Test func theEndsOfAMovementAreLevels() {
        check("Son salaire augmente de 2,1 millions de francs suisses à 2,4 millions de francs suisses. Le taux passe de "
              + "0,5 à 1 %.", .french, [
            money("2,1 millions de francs suisses", "2100000", "CHF"), money("2,4 millions de francs suisses", "2400000", "CHF"),
            percent("0,5 à 1 %", "0.5", high: "1"),
        ])
        check("Prices rose from 2.1% in May to 2.6% in June.", .english, [percent("2.1%", "2.1"), percent("2.6%", "2.6")])
        check("Son salaire de base augmente de 2,38 millions à 2,5 millions de francs. Les prix augmentent de 2 à 3 %.",
              .french, [
            money("2,38 millions à 2,5 millions de francs", "2380000", "FRF", high: "2500000"),
            percent("2 à 3 %", "2", change: .increase, high: "3"),
        ])
        check("Le plan prévoit une hausse des crédits de 4,1 milliards d'euros aujourd'hui à 6 milliards d'euros.", .french, [
            money("4,1 milliards d'euros", "4100000000", "EUR"), money("6 milliards d'euros", "6000000000", "EUR"),
        ])
        check("Malgré une baisse de l'inflation de 4,4 % au trimestre précédent à 3,9 % en mars.", .french, [
            percent("4,4 %", "4.4"), percent("3,9 %", "3.9"),
        ])
    }

    @Test func signedLevelsAreNotChanges() {
        check("Le taux a été maintenu à -0,5 %, au niveau de moins 0,25 % fixé en juin. Les ventes : (+ 3 %) et (- 4,2 %).",
              .french, [
            percent("-0,5 %", "-0.5"), percent("moins 0,25 %", "-0.25"),
            percent("+ 3 %", "3", change: .increase), percent("- 4,2 %", "-4.2", change: .decrease),
        ])
        check("Barème :\n- 831,40 € par tonne\nsoit 15,30 € + 1,50 € par colis.", .french, [
            money("831,40 €", "831.4", "EUR"), money("15,30 €", "15.3", "EUR"), money("1,50 €", "1.5", "EUR"),
        ])
        check("Le taux réduit de 5,5 % s'applique ; le receveur perçoit en redressement judiciaire un droit fixe de 2 500 euros.",
              .french, [percent("5,5 %", "5.5"), money("2 500 euros", "2500", "EUR")])
        check("Le compte se solde par un excédent de + 12,5 M€ et un excédent de recettes de + 3,1 M€.", .french, [
            money("+ 12,5 M€", "12500000", "EUR"), money("+ 3,1 M€", "3100000", "EUR"),
        ])
    }

    @Test func passingAThreshold() {
        check("La dette dépasse les 100 milliards d'euros mais ne doit pas dépasser 60 % du PIB, sous la barre des 3 %.",
              .french, [
            money("100 milliards d'euros", "100000000000", "EUR", .moreThan), percent("60 %", "60", .atMost),
            percent("3 %", "3", .lessThan),
        ])
        check("Le soutien dépassera les 40 milliards d'euros promis.", .french, [
            money("40 milliards d'euros", "40000000000", "EUR"),
        ])
        check("Inflation will stay around the two per cent target, below the 3% ceiling.", .english, [
            percent("two per cent", "2", .approx), percent("3%", "3"),
        ])
        check("Sales topped $4 billion; costs are capped at 2% and exceeded 7%.", .english, [
            money("$4 billion", "4000000000", "USD", .moreThan), percent("2%", "2", .atMost), percent("7%", "7", .moreThan),
        ])
    }
}
