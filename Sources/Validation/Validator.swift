import Figures
import Money

/// Checks figures across articles and against reference data.
///
/// Add each document with its figures; the claims and the checks within one document (in-text
/// conversions, arithmetic) are made as it is added, and its text is not kept. ``checks()`` then
/// compares claims across documents and with the reference data, and adds an `unverifiable` row
/// for every figure nothing could be compared with.
///
/// ```swift
/// var validator = Validator(reference: table, rates: .available(converter, source: "ECB"))
/// for document in documents { validator.add(document, figures: extractFigures(from: document)) }
/// let rows = validator.checks()
/// ```
public struct Validator: Sendable {
    /// The settings.
    public let options: ValidationOptions
    /// The reference data.
    public let reference: ReferenceTable
    /// The exchange rates for in-text conversions.
    public let rates: ConversionRates
    /// Every claim read so far, document after document.
    public private(set) var claims: [Claim] = []
    /// How many documents were added.
    public private(set) var documentCount = 0

    private var documentChecks: [Check] = []
    private var changeStatements: [ChangeStatement] = []

    /// Creates a validator.
    public init(options: ValidationOptions = ValidationOptions(), reference: ReferenceTable = ReferenceTable(),
                rates: ConversionRates) {
        self.options = options
        self.reference = reference
        self.rates = rates
    }

    /// Reads a document's figures as claims and runs the checks that stay within it.
    ///
    /// - Parameters:
    ///   - document: The document; its text is used to find a subject named in an earlier sentence
    ///     and may be empty (figures read from a figures CSV).
    ///   - figures: Its figures, in text order, as ``extractFigures(from:options:)`` gives them.
    public mutating func add(_ document: Document, figures: [Figure]) {
        documentCount += 1
        let read = ClaimReader(document: document, figures: figures).read()
        let offset = claims.count
        claims.append(contentsOf: read.claims)
        // In-text conversions.
        for (i, figure) in figures.enumerated() {
            guard let j = figure.pairedWith, j > i, j < figures.count,
                  figure.kind == .money, figures[j].kind == .money else { continue }
            documentChecks.append(ConversionCheck.run(original: read.claims[i], stated: read.claims[j], rates: rates, options: options))
        }
        // Sentence by sentence: arithmetic, and levels with the change stated with them.
        var start = 0
        while start < figures.count {
            var end = start
            while end < figures.count, read.sentenceOf[end] == read.sentenceOf[start] { end += 1 }
            let members = (start..<end).compactMap { i in
                read.spans[i].map { ArithmeticCheck.Member(claim: read.claims[i], span: $0) }
            }
            let reading = read.sentences[read.sentenceOf[start]]
            documentChecks.append(contentsOf: ArithmeticCheck.run(reading, members, options: options))
            for statement in Self.changeStatements(members) {
                changeStatements.append(ChangeStatement(level: offset + statement.level, change: offset + statement.change))
            }
            start = end
        }
    }

    /// Pairs each percentage change of a sentence with the level it changes: the nearest amount of
    /// the same subject and measure that is not itself a change or a range.
    static func changeStatements(_ members: [ArithmeticCheck.Member]) -> [ChangeStatement] {
        var found: [ChangeStatement] = []
        let levels = members.filter {
            $0.claim.figure.kind == .money && $0.claim.figure.change == nil && $0.claim.figure.high == nil && $0.claim.key != nil
        }
        // Two levels of one currency make "from A to B": the arithmetic check handles those.
        guard levels.count == 1 else { return [] }
        for c in members where c.claim.figure.kind == .percent && c.claim.figure.change != nil {
            guard let level = levels.first, level.claim.measure == c.claim.measure, level.claim.subject == c.claim.subject,
                  level.claim.measure == .defenceSpending || level.claim.measure == .militaryAid else { continue }
            found.append(ChangeStatement(level: level.claim.index, change: c.claim.index))
        }
        return found
    }

    /// Every check: within documents, across them, against the reference data, and an
    /// `unverifiable` row for each figure with nothing to compare; sorted by claim key, then check,
    /// document and position.
    public func checks() -> [Check] {
        var all = documentChecks
        all.append(contentsOf: SameQuantityCheck.run(claims, options: options))
        var byKey: [ClaimKey: [Int]] = [:]
        for (i, c) in claims.enumerated() {
            if let key = c.key { byKey[key, default: []].append(i) }
        }
        for statement in changeStatements {
            all.append(contentsOf: StatedChangeCheck.run(statement, claims: claims, byKey: byKey, table: reference, options: options))
        }
        for claim in claims {
            if let check = ReferenceCheck.run(claim, table: reference, rates: rates, options: options) { all.append(check) }
        }
        all.append(contentsOf: UnmatchedCheck.run(claims, checked: all, options: options))
        return all.sorted(by: Self.order)
    }

    /// Key, kind, document, position, then the other side and the explanation: a total order.
    static func order(_ a: Check, _ b: Check) -> Bool {
        if a.key != b.key { return a.key < b.key }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.figure.source != b.figure.source { return a.figure.source < b.figure.source }
        if a.figure.start != b.figure.start { return (a.figure.start ?? -1) < (b.figure.start ?? -1) }
        let ao = a.other.map { ($0.source, $0.start ?? -1, $0.text) } ?? ("", -1, "")
        let bo = b.other.map { ($0.source, $0.start ?? -1, $0.text) } ?? ("", -1, "")
        if ao != bo { return ao < bo }
        return a.explanation < b.explanation
    }
}
