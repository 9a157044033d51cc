import Foundation
import Tabular
import Testing

/// `chiffres extract --claim-key`: the key `validate` gives each figure, and its comparison group.
@Suite struct ExtractClaimKeyTests {
    static let seeds = ValidateCommandTests.seeds
    static let nato = ValidateCommandTests.nato

    @Test func columnsComeLastAndMatchValidate() throws {
        let extract = try MoneyCLI.run(["extract", "-q", "--claim-key", "--to", "EUR", Self.seeds])
        #expect(extract.status == 0)
        let figures = try ValidateCommandTests.rows(extract.stdout)
        #expect(Array(figures.header.suffix(2)) == ["claim_key", "claim_group"])
        #expect(figures.header.dropLast(2).last == "deviation_pct")
        let validate = try MoneyCLI.run(["validate", Self.seeds, "--reference", Self.nato])
        let checks = try ValidateCommandTests.rows(validate.stdout)
        var keyOf: [String: String] = [:]
        for row in figures.rows { keyOf["\(row["doc"] ?? "")@\(row["start"] ?? "")"] = row["claim_key"] }
        // The count validate reports as keyed is the count of figures with a claim_key.
        let keyed = figures.rows.filter { $0["claim_key"]?.isEmpty == false }.count
        #expect(keyed > 0)
        #expect(validate.stderr.contains("(\(keyed) with a claim key)"))
        // Checks of one quantity or against the reference carry the key of their figure.
        let compared = checks.rows.filter { $0["check"] == "same_quantity" || $0["check"] == "reference" }
        #expect(!compared.isEmpty)
        for row in compared {
            #expect(keyOf["\(row["doc"] ?? "")@\(row["start"] ?? "")"] == row["key"])
        }
    }

    @Test func groupFollowsTheKey() throws {
        let extract = try MoneyCLI.run(["extract", "-q", "--claim-key", Self.seeds])
        let rows = try ValidateCommandTests.rows(extract.stdout).rows
        var groupOf: [String: String] = [:]
        for row in rows {
            let key = row["claim_key"] ?? "", group = row["claim_group"] ?? ""
            #expect(key.isEmpty == group.isEmpty)
            if key.isEmpty { continue }
            // One key, one group; and the group is part of what the key says.
            #expect(groupOf[key, default: group] == group)
            groupOf[key] = group
            for part in group.split(separator: "/") { #expect(key.contains(part)) }
        }
        #expect(!groupOf.isEmpty)
    }

    @Test func jsonLinesCarryTheKey() throws {
        let csv = try MoneyCLI.run(["extract", "-q", "--claim-key", Self.seeds])
        let json = try MoneyCLI.run(["extract", "-q", "--claim-key", "--format", "jsonl", Self.seeds])
        let keys = try ValidateCommandTests.rows(csv.stdout).rows.map { $0["claim_key"] ?? "" }
        let lines = json.stdout.split(separator: "\n")
        #expect(lines.count == keys.count)
        for (line, key) in zip(lines, keys) {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect((object["claim_key"] as? String ?? "") == key)
            #expect(object.keys.contains("claim_group"))
        }
    }

    @Test func withoutTheFlagNoColumns() throws {
        let extract = try MoneyCLI.run(["extract", "-q", Self.seeds])
        let header = try ValidateCommandTests.rows(extract.stdout).header
        #expect(!header.contains("claim_key"))
        #expect(header.last == "currency_basis")
    }

    @Test func validateReadsFiguresThatCarryTheKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claim-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.csv").path
        let keyed = folder.appendingPathComponent("keyed.csv").path
        #expect(try MoneyCLI.run(["extract", "-q", Self.seeds, "--output", plain]).status == 0)
        #expect(try MoneyCLI.run(["extract", "-q", "--claim-key", Self.seeds, "--output", keyed]).status == 0)
        let a = try MoneyCLI.run(["validate", plain, "--reference", Self.nato])
        let b = try MoneyCLI.run(["validate", keyed, "--reference", Self.nato])
        #expect(b.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }
}
