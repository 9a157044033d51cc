import Figures
import Money

/// Reads one document's figures as claims: subject, measure, period and qualifiers from each
/// figure's sentence, and from the sentences before it when the sentence names no subject
/// ("ce soutien dépassera les 50 milliards" after "L'Ukraine bénéficie de notre appui").
struct ClaimReader {
    /// How far back (in characters) a subject is looked for when the sentence names none.
    static let lookback = 400

    let document: Document
    let figures: [Figure]

    /// One reading per figure, with the sentence each figure was found in.
    struct Result {
        var claims: [Claim]
        /// The sentence ordinal of each figure (figures with the same ordinal share a sentence).
        var sentenceOf: [Int]
        /// The readings of the sentences, by ordinal.
        var sentences: [SentenceReading]
        /// Where each figure is in its folded sentence (byte range).
        var spans: [Range<Int>?]
    }

    func read() -> Result {
        var sentences: [SentenceReading] = []
        var sentenceOf: [Int] = []
        var spans: [Range<Int>?] = []
        var claims: [Claim] = []
        var scalars: [Unicode.Scalar]?
        var cursor = 0
        for (index, figure) in figures.enumerated() {
            if sentences.isEmpty || figure.sentence != (index > 0 ? figures[index - 1].sentence : nil) {
                sentences.append(SentenceReading(figure.sentence))
                cursor = 0
            }
            let reading = sentences[sentences.count - 1]
            sentenceOf.append(sentences.count - 1)
            let needle = FoldedText.foldedBytes(figure.text)
            let position = reading.text.find(needle, from: cursor) ?? reading.text.find(needle)
            let span = position.map { $0..<($0 + needle.count) }
            if let span { cursor = span.upperBound }
            spans.append(span)
            var claim = Claim(document: document.id, date: document.date, index: index, figure: figure)
            let figureSpan = span ?? 0..<0
            claim.measure = measure(of: figure, at: figureSpan, in: reading)
            claim.subject = subject(for: claim.measure, at: figureSpan, in: reading)
            if claim.subject == nil, claim.measure != nil, !document.text.isEmpty {
                if scalars == nil { scalars = Array(document.text.unicodeScalars) }
                let sentenceStart = figure.start - (span.map { reading.text.origin.isEmpty ? 0 : reading.text.origin[$0.lowerBound] } ?? 0)
                claim.subject = subjectBefore(sentenceStart, in: scalars ?? [], for: claim.measure)
            }
            claim.period = figure.resolvedPeriod ?? figure.period
            if figure.change != nil, figure.kind != .money {
                claim.basePeriod = basePeriod(of: claim.period, at: figureSpan, in: reading)
            }
            claim.isReal = reading.has(.real) && !reading.has(.nominal)
            claim.isPartOfPeriod = reading.has(.partOfPeriod) || runsOn(claim)
            claim.qualifier = qualifier(before: figureSpan, in: reading)
            claim.figure.sentence = ""
            claim.makeKey()
            claims.append(claim)
        }
        return Result(claims: claims, sentenceOf: sentenceOf, sentences: sentences, spans: spans)
    }

    /// Aid given in a year still under way at the article's date is a running total.
    private func runsOn(_ claim: Claim) -> Bool {
        guard claim.measure == .militaryAid, let date = claim.date, let period = claim.period else { return false }
        return period.first <= date.year && date.year <= period.last
    }

    // MARK: Measure

    private func measure(of figure: Figure, at span: Range<Int>, in reading: SentenceReading) -> Measure? {
        if figure.kind != .money {
            // A share of GDP: "2 % du PIB", "2% of GDP", with the GDP words right after the figure.
            let gdp = reading.cues(.gdp).contains { $0.bytes.lowerBound >= span.upperBound && $0.bytes.lowerBound - span.upperBound <= 24 }
            if gdp {
                return reading.has(.target) || reading.countsCountries ? .gdpTarget : .shareOfGDP
            }
        } else if reading.has(.added), reading.has(.since) || reading.has(.pledge) {
            return .addedSpending(since: sinceYear(in: reading))
        }
        var best: (distance: Int, measure: Measure)?
        for cue in reading.cues where cue.value == .spending || cue.value == .aid {
            let distance = Self.distance(cue.bytes, span)
            if distance < (best?.distance ?? Int.max) {
                best = (distance, cue.value == .spending ? .defenceSpending : .militaryAid)
            }
        }
        return best?.measure
    }

    /// The base year of spending "added since": the year after "depuis"/"since", or 2014 when the
    /// text names the Defence Investment Pledge without its year.
    private func sinceYear(in reading: SentenceReading) -> Int? {
        for cue in reading.cues(.since) {
            if let y = reading.year(after: cue.bytes.upperBound, within: 8) { return y }
        }
        if reading.has(.pledge) { return 2014 }
        for cue in reading.cues(.target) {
            if let y = reading.year(after: cue.bytes.upperBound, within: 2) { return y }
        }
        return nil
    }

    /// Bytes between two ranges (0 when they touch or overlap).
    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    // MARK: Subject

    private func subject(for measure: Measure?, at span: Range<Int>, in reading: SentenceReading) -> Subject? {
        let subjects = reading.subjects
        guard !subjects.isEmpty else { return nil }
        if measure == .militaryAid {
            return recipient(near: span, in: reading)
        }
        // The spender: the subject nearest the figure, one before it counting double the distance after.
        var best: (distance: Int, subject: Subject)?
        for s in subjects {
            let before = s.bytes.upperBound <= span.lowerBound
            let d = before ? Self.distance(s.bytes, span) : 2 * Self.distance(s.bytes, span)
            if d < (best?.distance ?? Int.max) { best = (d, s.value) }
        }
        return best?.subject
    }

    /// Who receives aid: the subject right after the aid words ("soutien à l'Ukraine", "aid to Kyiv"),
    /// or right before them ("Ukraine aid"), else Ukraine when the sentence names it.
    private func recipient(near span: Range<Int>, in reading: SentenceReading) -> Subject? {
        let aid = reading.cues(.aid).sorted { Self.distance($0.bytes, span) < Self.distance($1.bytes, span) }
        for cue in aid {
            if let after = reading.subjects.first(where: {
                $0.bytes.lowerBound >= cue.bytes.upperBound && $0.bytes.lowerBound - cue.bytes.upperBound <= 48
            }) {
                return after.value
            }
            if let before = reading.subjects.last(where: {
                $0.bytes.upperBound <= cue.bytes.lowerBound && cue.bytes.lowerBound - $0.bytes.upperBound <= 24
            }), !SubjectLexicon.isGroup(before.value) {
                return before.value
            }
        }
        return reading.subjects.first { $0.value == .ukraine }?.value
    }

    /// The subject named last in the characters before `offset`: for aid a recipient (a country,
    /// not a group of Allies), for other measures any subject.
    private func subjectBefore(_ offset: Int, in scalars: [Unicode.Scalar], for measure: Measure?) -> Subject? {
        let end = min(max(offset, 0), scalars.count)
        let start = max(0, end - Self.lookback)
        guard start < end else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = FoldedText(String(view))
        let found = SubjectLexicon.lexicon.matches(in: text)
        if measure == .militaryAid {
            return found.last { !SubjectLexicon.isGroup($0.value) }?.value
        }
        return found.last?.value
    }

    // MARK: Period, qualifier

    /// The year a change compares with: after "par rapport à", "compared with", "depuis", "since",
    /// "from"; else the year before the period.
    private func basePeriod(of period: Period?, at span: Range<Int>, in reading: SentenceReading) -> Int? {
        for cue in reading.cues where cue.value == .comparedWith || cue.value == .since {
            guard cue.bytes.lowerBound >= span.lowerBound || Self.distance(cue.bytes, span) < 40 else { continue }
            if let y = reading.year(after: cue.bytes.upperBound, within: 3), y < (period?.first ?? Int.max) { return y }
        }
        return period.map { $0.first - 1 }
    }

    /// The qualifier right before the figure, as written ("près de", "plus de", "about").
    private func qualifier(before span: Range<Int>, in reading: SentenceReading) -> String? {
        guard !span.isEmpty else { return nil }
        let lower = reading.text.lower
        var end = span.lowerBound
        while end > 0, lower[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var best: Range<Int>?
        for phrase in Self.qualifiers where phrase.count <= end {
            let start = end - phrase.count
            guard lower[start..<end].elementsEqual(phrase) else { continue }
            if start > 0, Folding.isWordByte(lower[start - 1]) { continue }
            if best == nil || phrase.count > (best?.count ?? 0) { best = start..<end }
        }
        return best.map { reading.text.original($0) }
    }

    private static let qualifiers: [[UInt8]] = [
        "pres de", "environ", "quelque", "presque", "autour de", "pas loin de", "quasiment", "pratiquement", "plus de",
        "au moins", "moins de", "jusqu'a", "au plus", "pres d'", "plus d'", "moins d'", "about", "around", "nearly",
        "almost", "roughly", "approximately", "some", "close to", "more than", "over", "at least", "less than",
        "under", "up to", "at most", "below", "above", "beyond", "depasse", "depassera", "exceeds", "exceeded",
    ].map { Array($0.utf8) }
}
