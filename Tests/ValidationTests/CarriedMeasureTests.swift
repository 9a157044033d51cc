import Figures
import Testing
import Validation

/// A measure named with an earlier amount is carried to later amounts of the same currency whose
/// sentence names none.
@Suite struct CarriedMeasureTests {
    let named = ValidationData.document("a", "2025-03-01", .french,
        "Pour 2024-2030, la France consacrera 413 milliards d’euros à ses dépenses de défense.")

    func carried(_ amount: String) -> Document {
        ValidationData.document("b", "2025-03-02", .french,
            "Pour 2024-2030, la France a fixé ses dépenses de défense : 400 milliards d’euros. Le texte prévoit \(amount).")
    }

    @Test func theMeasureIsCarriedToALaterAmount() throws {
        var validator = Validator(rates: .unavailable("none"))
        let b = carried("413 milliards d’euros")
        validator.add(b, figures: extractFigures(from: b))
        let claim = try #require(validator.claims.last)
        #expect(claim.key?.description == "money/EUR/2024-2030/fra/defence-spending")
        #expect(claim.measureIsCarried)
    }

    @Test func aCarriedMeasureIsComparedWhenTheFiguresAgree() throws {
        let rows = ValidationData.validate([named, carried("413 milliards d’euros")], rates: .unavailable("none"))
        #expect(try #require(rows.of(.sameQuantity, text: "413 milliards d’euros").first).verdict == .consistent)
    }

    @Test func aCarriedMeasureIsNoConflictWhenTheyDiffer() {
        let rows = ValidationData.validate([named, carried("49 milliards d’euros")], rates: .unavailable("none"))
        #expect(rows.of(.sameQuantity, text: "49 milliards d’euros").isEmpty)
    }
}
