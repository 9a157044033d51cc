import Foundation
import Money
import Testing
import Figures

@Test(arguments: [
    ("Les ministres se réunissent ce jeudi 13 février 2025 pour jeter les bases", "2025-02-13"),
    ("La rédaction avec\n16:1212/02/2026, jeudi\nAA", "2026-02-12"),
    ("Publié le 12/02/2026 à 16h12", "2026-02-12"),
    ("Mis à jour le 1er mars 2024.", "2024-03-01"),
    ("le 3 août 2023", "2023-08-03"),
    ("le 3 aout 2023", "2023-08-03"),
    ("LE 7 DÉCEMBRE 2021", "2021-12-07"),
    ("Le 12\u{A0}février\u{A0}2026", "2026-02-12"),
    ("Brussels, February 12, 2026 — NATO", "2026-02-12"),
    ("Published Feb. 3, 2025", "2025-02-03"),
    ("Thursday 12 February 2026", "2026-02-12"),
    ("on the 21st March 2025,", "2025-03-21"),
    ("2026-02-12T10:00:00Z Reuters", "2026-02-12"),
    ("date: 2026/02/12", "2026-02-12"),
    ("Le 12.02.2026, à Bruxelles", "2026-02-12"),
    ("« En 2024, 485 milliards » — vendredi 4 avril 2025", "2025-04-04"),
])
func findsTheFirstDate(text: String, iso: String) {
    #expect(DocumentDate.find(in: text)?.description == iso)
}

@Test(arguments: [
    "En 2024, les Alliés ont investi 485 milliards de dollars.",
    "le 13 février, sans année",
    "version 1.2.2026.5",
    "31/02/2026 n'existe pas",
    "le 12/02/1850",
    "Steadfast Defender 24, F-16, COVID-19",
    "16:12",
    "",
])
func findsNoDateWhereNoneIsStated(text: String) {
    #expect(DocumentDate.find(in: text) == nil)
}

@Test func englishReadsMonthFirstWhenValid() {
    #expect(DocumentDate.find(in: "on 02/03/2026", language: .english)?.description == "2026-02-03")
    #expect(DocumentDate.find(in: "on 02/03/2026", language: .french)?.description == "2026-03-02")
    #expect(DocumentDate.find(in: "on 25/03/2026", language: .english)?.description == "2026-03-25")
}

@Test func searchesOnlyTheStartOfLongTexts() {
    let text = String(repeating: "x ", count: 40_000) + "13 février 2025"
    #expect(DocumentDate.find(in: text) == nil)
    #expect(DocumentDate.find(in: text, limit: 100_000)?.description == "2025-02-13")
}

/// The seed articles and the dates their provenance table gives.
@Test func seedArticleDates() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/articles/text")
    let expected: [String: String?] = [
        "000_4027bb1553ff1e36.txt": "2025-02-13",
        "001_d8945c8b04b67cba.txt": nil,  // States no date: only "sommet de l'OTAN 2025".
        "002_75772e1944b8c898.txt": "2026-02-12",
        "003_a00ade97712d6372.txt": "2024-02-15",
        "004_6af0503a212fa846.txt": "2025-04-04",
    ]
    for (name, iso) in expected {
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        #expect(DocumentDate.find(in: text)?.description == iso, "\(name)")
    }
}
