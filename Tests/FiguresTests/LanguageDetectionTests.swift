import Foundation
import Testing
import Figures

@Test(arguments: [
    ("Les ministres de la Défense des pays de l’OTAN se réunissent ce jeudi.", Language.french),
    ("En 2024, les Alliés européens et le Canada ont investi 485 milliards de dollars dans la défense.", .french),
    ("The ministers of defence of NATO met on Thursday and agreed to spend more.", .english),
    ("European Allies and Canada invested 485 billion dollars in defence in 2024, an increase of 20%.", .english),
    ("L’OTAN d’abord qu’il", .french),
    ("LES ALLIÉS ET LE CANADA", .french),
])
func detectsTheLanguage(text: String, language: Language) {
    #expect(Language.detect(in: text) == language)
}

@Test func noStopwordsIsUndecided() {
    #expect(Language.detect(in: "485 000 000 € — OTAN, NATO") == nil)
    #expect(Language.detect(in: "") == nil)
}

@Test func countsAreWordsNotSubstrings() {
    let counts = Language.stopwordCounts(in: "theme dessert l’avion the de\u{A0}la")
    #expect(counts.french == 3)  // l’, de, la
    #expect(counts.english == 1)  // the
}

@Test func seedArticlesAreFrench() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/articles/text")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
    #expect(names.count == 5)
    for name in names {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(Language.detect(in: text) == .french, "\(name)")
    }
}
