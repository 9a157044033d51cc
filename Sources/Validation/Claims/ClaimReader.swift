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
        var periodReadings: [PeriodReading] = []
        var sentenceOf: [Int] = []
        var spans: [Range<Int>?] = []
        var claims: [Claim] = []
        var scalars: [Unicode.Scalar]?
        var documentSubjects: DocumentSubjects?
        var carried = CarriedMeasures()
        var ledeMeasure: Measure??
        var previousPeriod: Period??
        var cursor = 0
        for (index, figure) in figures.enumerated() {
            if sentences.isEmpty || figure.sentence != (index > 0 ? figures[index - 1].sentence : nil) {
                sentences.append(SentenceReading(figure.sentence))
                periodReadings.append(PeriodReading(sentences[sentences.count - 1].text, date: document.date))
                cursor = 0
            }
            let reading = sentences[sentences.count - 1]
            sentenceOf.append(sentences.count - 1)
            let needle = FoldedText.foldedBytes(figure.text)
            let position = reading.text.find(needle, from: cursor) ?? reading.text.find(needle)
            let span = position.map { $0..<($0 + needle.count) }
            if let span { cursor = span.upperBound }
            spans.append(span)
        }
        // The figures of a sentence are consecutive: each sentence's range of figure indices.
        var members: [Range<Int>] = []
        for index in figures.indices {
            if index > 0, sentenceOf[index] == sentenceOf[index - 1] {
                members[members.count - 1] = members[members.count - 1].lowerBound..<(index + 1)
            } else {
                members.append(index..<(index + 1))
            }
        }
        for (index, figure) in figures.enumerated() {
            let reading = sentences[sentenceOf[index]]
            let periods = periodReadings[sentenceOf[index]]
            let span = spans[index]
            // A conversion stated in the text ("413 billion euros ($450 billion)") does not take the period of its original.
            let neighbours = members[sentenceOf[index]].filter {
                $0 == index || (figures[$0].pairedWith ?? Int.max) > $0
            }.compactMap { spans[$0] }
            var claim = Claim(document: document.id, date: document.date, index: index, figure: figure)
            claim.language = document.language
            // The franc of news written since the euro is the Swiss franc.
            if figure.currency == "FRF", (document.date?.year ?? 2100) >= 2002 { claim.figure.currency = "CHF" }
            let figureSpan = span ?? 0..<0
            claim.measure = measure(of: figure, at: figureSpan, in: reading, periods: periods, others: neighbours)
            let sentenceStart = figure.start - (span.map { reading.text.origin.isEmpty ? 0 : reading.text.origin[$0.lowerBound] } ?? 0)
            if !document.text.isEmpty, scalars == nil { scalars = Array(document.text.unicodeScalars) }
            if claim.measure == nil, reading.measures.isEmpty, Self.opensWithPronoun(reading.text) {
                claim.measure = measureBefore(sentenceStart, in: scalars ?? [])
            }
            if reading.measures.isEmpty, claim.measure == nil {
                claim.measure = carried.measure(for: claim.figure)
                claim.measureIsCarried = claim.measure != nil
            } else if !reading.measures.isEmpty {
                carried.note(claim.measure, of: claim.figure)
            }
            if claim.measure == nil, figure.kind == .money, !reading.namesOtherAmounts {
                // Else what the article is about: the measure its lede names ("la dotation de 100 Md€ …
                // Cette dotation exceptionnelle"), a guess like a carried one.
                if ledeMeasure == nil { ledeMeasure = .some(leadMeasure(in: scalars ?? [])) }
                claim.measure = ledeMeasure ?? nil
                claim.measureIsCarried = claim.measure != nil
            }
            let parties = parties(for: claim.measure, at: figureSpan, in: reading, periods: periods)
            claim.subject = parties.subject
            claim.donor = parties.donor
            if let m = claim.measure, m.id.hasPrefix("development-aid"), claim.subject == nil, claim.donor != nil {
                // Development aid seldom names one recipient: the key is the donor's.
                swap(&claim.subject, &claim.donor)
            }
            if claim.subject == nil, claim.measure != nil, !document.text.isEmpty {
                if documentSubjects == nil { documentSubjects = DocumentSubjects(document.text) }
                claim.subject = subjectBefore(sentenceStart, in: scalars ?? [], for: claim.measure, not: claim.donor,
                                              main: documentSubjects?.main(forAid: false))
                if claim.measure?.isAid == true, claim.donor != nil, !recipientBefore(sentenceStart, in: scalars ?? [], not: claim.donor) {
                    // A donor is named but no recipient near: the one the document gives to ("aid to Ukraine").
                    if documentSubjects == nil { documentSubjects = DocumentSubjects(document.text) }
                    if let main = documentSubjects?.mainRecipient, main != claim.donor { claim.subject = main }
                }
                if claim.subject == nil {
                    if documentSubjects == nil { documentSubjects = DocumentSubjects(document.text) }
                    claim.subject = documentSubjects?.main(forAid: claim.measure?.isAid == true)
                }
            }
            if claim.donor == claim.subject { claim.donor = nil }
            let monthlyMeasure = claim.measure.map { MeasureLexicon.monthlyIDs.contains(Self.baseID($0.id)) } ?? false
            if Self.isOfPrevious(figureSpan, in: reading, others: neighbours),
               periods.own(figureSpan, figures: neighbours, monthly: monthlyMeasure) == nil {
                // "la précédente LPM, qui étaient de 295 milliards": not the period the article is about, but the
                // one it gives for the previous programme ("la précédente (loi … pour les années 2019 à 2025)").
                if previousPeriod == nil { previousPeriod = .some(Self.previousPeriod(in: document.text, date: document.date)) }
                claim.period = previousPeriod ?? nil
            } else {
                readPeriod(of: &claim, at: figureSpan, in: reading, periods: periods, neighbours: neighbours,
                           before: { periodBefore(sentenceStart, in: scalars ?? []) },
                           runningBefore: { runningTotalBefore(sentenceStart, in: scalars ?? []) },
                           monthBefore: {
                               Self.window(before: sentenceStart, in: scalars ?? []).flatMap {
                                   PeriodReading(FoldedText($0), date: document.date).stated.last { $0.month != nil }
                               }
                           })
            }
            if claim.period == nil, claim.periodLabel == nil || claim.periodLabel == "-", let span,
               Self.restates(span, in: reading), index > 0, sentenceOf[index - 1] == sentenceOf[index],
               let previous = claims.last, previous.period != nil {
                // "7 milliards d'ici à 2030, soit 1 % du PIB": the restated figure's period.
                claim.period = previous.period
                claim.periodLabel = previous.periodLabel
            }
            if claim.measure == .gdpTarget, let p = claim.period, p.first != p.last {
                // A target is dated by when it is first met ("2 % entre 2025 et 2027", "2 % à partir de 2025").
                claim.period = Period(p.first)
            }
            if figure.change != nil, figure.kind != .money {
                claim.basePeriod = basePeriod(of: claim.period, at: figureSpan, in: reading)
            }
            if figure.kind == .percent, figure.change == nil, let span, let change = Self.changeVerb(before: span, in: reading, periods: periods) {
                // "increase the intelligence budget 60%": a change, though written without "by".
                claim.figure.change = change
            }
            claim.isReal = reading.has(.real) && !reading.has(.nominal)
            claim.isPartOfPeriod = reading.has(.partOfPeriod) || runsOn(claim) || claim.periodLabel == "to-date"
            claim.qualifier = qualifier(before: figureSpan, in: reading)
            claim.figure.sentence = ""
            claim.makeKey()
            claims.append(claim)
        }
        return Result(claims: claims, sentenceOf: sentenceOf, sentences: sentences, spans: spans)
    }

    /// The figure's own period: the year, span or month next to it in its clause; else the
    /// sentence's only period; else, when the sentence states no year, the extractor's resolved
    /// period (relative years), else the document's (``periodBefore(_:in:)``). A running total since a
    /// start ("depuis le début de la guerre") with no period of its own is `to-date`; a fund's size or a
    /// target ("l'objectif de 2 % du PIB") without one has no period (`-`).
    private func readPeriod(of claim: inout Claim, at span: Range<Int>, in reading: SentenceReading,
                            periods: PeriodReading, neighbours: [Range<Int>],
                            before: () -> (period: Period?, month: PeriodReading.Stated?, fromLede: Bool),
                            runningBefore: () -> Bool, monthBefore: () -> PeriodReading.Stated?) {
        if claim.measure?.isCumulative == true {
            // Spending added since a year runs to the article's date: the year it runs through, if any.
            claim.period = claim.figure.resolvedPeriod ?? claim.figure.period
            return
        }
        let monthly = claim.measure.map { MeasureLexicon.monthlyIDs.contains(Self.baseID($0.id)) } ?? false
        let periodless = claim.measure.map { MeasureLexicon.periodlessIDs.contains($0.id) || $0 == .gdpTarget } ?? false
        if let own = periods.own(span, figures: neighbours, monthly: monthly) {
            claim.period = own.period
            if monthly, own.month != nil { claim.periodLabel = Self.monthLabel(own) }
        } else if reading.has(.sinceStart) && !periodless {
            claim.period = nil
        } else if !monthly, !periods.stated.isEmpty, periods.allOwned(besides: span, figures: neighbours) {
            // Every period of the sentence is another figure's ("Il s'élèvera à 400 milliards, contre 295 milliards
            // en 2019-2025"): the figure's is the one the article is about.
            // A part of an amount ("…, dont 50 milliards pour …") has the period of its whole.
            claim.period = reading.has(.ofWhich) ? periods.single : (periodless ? nil : before().period)
        } else if periods.stated.allSatisfy({ $0.yearFromDate && !monthly })
                    && !reading.text.words.contains(where: { SentenceReading.year($0.lower) != nil }) {
            // A budget line takes the period the article is about (its lede's), not one read nearby.
            let budgetLine = claim.measure.map { MeasureLexicon.isBudgetLine($0.id) } ?? false
            let fallback = periodless || monthly ? nil : before()
            claim.period = claim.figure.resolvedPeriod ?? claim.figure.period
                ?? (budgetLine && fallback?.fromLede != true ? nil : fallback?.period)
            if claim.period == nil, claim.measure?.isAid == true {
                // Aid given in months named just before without their year ("in January and February"): the year
                // those months fall in, by the article's date.
                claim.period = (periods.stated.last ?? monthBefore())?.period
            }
        } else {
            claim.period = nil
        }
        if monthly, claim.period == nil, let lede = before().month {
            // A monthly rate with no month of its own: the month the article is about (its lede's).
            claim.period = lede.period
            claim.periodLabel = Self.monthLabel(lede)
        }
        if claim.period == nil {
            let aid = claim.measure?.isAid == true
            if reading.has(.sinceStart) || (aid && reading.has(.total))
                || (aid && claim.donor != nil && periods.stated.isEmpty && !reading.namesOneOff && runningBefore()) {
                // A donor's aid with no period of its own after a running total since a start ("Since the invasion,
                // donors have given €90 billion. The US has allocated €67 billion.") is its share of that total.
                claim.periodLabel = "to-date"
            } else if periodless || claim.measure.map({ MeasureLexicon.isBudgetLine($0.id) }) == true {
                // A budget line of a fund or plan whose text gives no period is a share of the whole.
                claim.periodLabel = "-"
            }
        }
    }

    /// The period stated last in the characters before `offset` (the sentences before the figure's):
    /// "the Military Programming Law for 2024-2030 … It will reach 400 billion".
    /// The first period of the document (its title or lede: the period the article is about), else
    /// the period of the sentences before the figure's when they state only one.
    /// Also the first month the lede states, for monthly measures.
    private func periodBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> (period: Period?, month: PeriodReading.Stated?, fromLede: Bool) {
        let end = min(max(offset, 0), scalars.count)
        let start = max(0, end - Self.lookback)
        guard start < end else { return (nil, nil, false) }
        let lede = PeriodReading(Self.folded(scalars[0..<min(end, Self.lookback)]), date: document.date)
        let month = lede.stated.first { $0.month != nil }
        if let main = lede.stated.first(where: { !$0.yearFromDate })?.period { return (main, month, true) }
        return (PeriodReading(Self.folded(scalars[start..<end]), date: nil).single, month, false)
    }

    /// Whether the sentences before `offset` speak of a running total since a start ("depuis le début de
    /// la guerre", "since the invasion", "as of").
    private func runningTotalBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard let window = Self.window(before: offset, in: scalars) else { return false }
        return CueLexicon.lexicon.matches(in: FoldedText(window)).contains { $0.value == .sinceStart }
    }

    /// The `lookback` characters before `offset` (the sentences before a figure's), `nil` when none.
    static func window(before offset: Int, in scalars: [Unicode.Scalar]) -> String? {
        let end = min(max(offset, 0), scalars.count)
        let start = max(0, end - lookback)
        guard start < end else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// `2024-05`.
    static func monthLabel(_ s: PeriodReading.Stated) -> String? {
        guard let m = s.month else { return nil }
        return "\(s.period.first)-" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// Scalars folded for reading.
    static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> FoldedText {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return FoldedText(String(view))
    }

    /// The measure named last in the characters before `offset`, for a sentence that opens with a
    /// pronoun ("Il s'élèvera à 400 milliards", "It will reach …") and names none.
    private func measureBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> Measure? {
        guard let window = Self.window(before: offset, in: scalars) else { return nil }
        return MeasureLexicon.lexicon.matches(in: FoldedText(window)).last?.value
    }

    /// The first measure of money the document names in its opening characters (title and lede), if any.
    private func leadMeasure(in scalars: [Unicode.Scalar]) -> Measure? {
        let end = min(Self.lookback, scalars.count)
        guard end > 0 else { return nil }
        return MeasureLexicon.lexicon.matches(in: Self.folded(scalars[0..<end])).first {
            CarriedMeasures.carriesAmounts($0.value) && !MeasureLexicon.isBudgetLine($0.value.id)
        }?.value
    }

    /// Whether a sentence opens with a pronoun or demonstrative, or has a personal pronoun among its
    /// first words ("Sur un an, il a augmenté de 2,6 %"): it speaks of something named before.
    static func opensWithPronoun(_ text: FoldedText) -> Bool {
        guard let first = text.words.first else { return false }
        if ["ce", "cette", "ces", "celui", "celle", "ceux", "this", "these", "that"].contains(first.lower) { return true }
        return text.words.prefix(5).contains { ["il", "elle", "ils", "elles", "it", "they"].contains($0.lower) }
    }

    /// A measure id without the suffixes of shares and monthly rates.
    static func baseID(_ id: String) -> String {
        for suffix in ["-share-of-gdp", "-share-of-gni", "-monthly"] where id.hasSuffix(suffix) {
            return String(id.dropLast(suffix.count))
        }
        return id
    }

    /// Aid given in a year still under way at the article's date is a running total.
    private func runsOn(_ claim: Claim) -> Bool {
        guard claim.measure?.isAid == true, let date = claim.date, let period = claim.period else { return false }
        return period.first <= date.year && date.year <= period.last
    }

    // MARK: Measure

    private func measure(of figure: Figure, at span: Range<Int>, in reading: SentenceReading, periods: PeriodReading,
                         others: [Range<Int>]) -> Measure? {
        let named = nearestMeasure(to: span, in: reading, clause: periods.clause(of: span), others: others)
        if figure.kind != .money {
            // A share of GDP or GNI: "2 % du PIB", "2.1 per cent of GDP", "0,7 % du RNB", with the words right after the figure.
            let near: (PhraseLexicon<Cue>.Match) -> Bool = {
                $0.bytes.upperBound > span.upperBound && $0.bytes.lowerBound + 4 >= span.upperBound
                    && $0.bytes.lowerBound - span.upperBound <= 40
            }
            if reading.cues(.gni).contains(where: near) {
                let base = named?.isAid == true ? named?.id ?? "development-aid" : "development-aid"
                return .named(base + "-share-of-gni")
            }
            if reading.cues(.gdp).contains(where: near) {
                if let named, named != .defenceSpending, named != .shareOfGDP {
                    return .named(named.id + "-share-of-gdp")
                }
                return reading.has(.target) || reading.countsCountries ? .gdpTarget : .shareOfGDP
            }
        } else if reading.has(.added), reading.has(.since) || reading.has(.pledge), named == .defenceSpending || named == nil {
            return .addedSpending(since: sinceYear(in: reading))
        }
        guard let named else { return nil }
        if MeasureLexicon.monthlyIDs.contains(named.id) {
            let clause = periods.clause(of: span)
            let inClause: (Cue) -> Bool = { cue in reading.cues(cue).contains { clause.contains($0.bytes.lowerBound) } }
            if inClause(.monthly) || (!inClause(.yearly) && reading.has(.monthly) && !reading.has(.yearly)) {
                return .named(named.id + "-monthly")
            }
        }
        return named
    }

    /// The measure named nearest the figure in its sentence, one in its clause first ("130 billion in
    /// military assistance, 118 billion in financial support").
    private func nearestMeasure(to span: Range<Int>, in reading: SentenceReading, clause: Range<Int>,
                                others: [Range<Int>]) -> Measure? {
        var best: (distance: Int, measure: Measure)?
        // An amount in brackets annotates what comes before it ("digitization and communications (20.7 billion)").
        let bracketed = span.lowerBound > 0 && reading.text.lower[..<span.lowerBound].last { $0 != 0x20 } == UInt8(ascii: "(")
        for m in reading.measures {
            let inClause = clause.contains(m.bytes.lowerBound)
            // A budget line names the share of the amount in its own clause only ("dont 49 milliards pour le
            // maintien …" is not what the total before it measures).
            // A bracketed amount annotates the list before it back to the previous amount ("(2 billion), digitization,
            // satellite communications (20.7 billion)").
            let annotated = bracketed && m.bytes.upperBound <= span.lowerBound
                && !others.contains { $0 != span && $0.lowerBound >= m.bytes.upperBound && $0.upperBound <= span.lowerBound }
            if MeasureLexicon.isBudgetLine(m.value.id), !inClause, !annotated, !Self.introduces(m.bytes, span, in: reading.text) { continue }
            let after = bracketed && m.bytes.lowerBound >= span.upperBound ? 100_000 : 0
            let distance = Self.distance(m.bytes, span) + (inClause ? 0 : 1_000_000) + after
            if distance < (best?.distance ?? Int.max) { best = (distance, m.value) }
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

    /// Who the figure is about: for aid, the recipient (the subject) and the donor; for anything else
    /// the spender or the country measured (the subject), with no donor.
    private func parties(for measure: Measure?, at span: Range<Int>, in reading: SentenceReading,
                         periods: PeriodReading) -> (subject: Subject?, donor: Subject?) {
        let subjects = reading.subjects
        guard !subjects.isEmpty else { return (nil, nil) }
        if let measure, measure.isAid {
            let recipient = recipient(near: span, in: reading)
            let donor = donor(near: span, in: reading, periods: periods)
            return (recipient, donor == recipient ? nil : donor)
        }
        // The spender: the subject nearest the figure, one before it counting double the distance after.
        var best: (distance: Int, subject: Subject)?
        for s in subjects {
            let before = s.bytes.upperBound <= span.lowerBound
            let d = before ? Self.distance(s.bytes, span) : 2 * Self.distance(s.bytes, span)
            if d < (best?.distance ?? Int.max) { best = (d, s.value) }
        }
        return (best?.subject, nil)
    }

    /// Who gives aid: a subject next to the aid words that is not its recipient ("aide militaire
    /// française", "French aid", "l'aide de la France", "aid from Germany"), else the subject
    /// nearest before the figure in its clause ("les États-Unis ont fourni 115 milliards").
    private func donor(near span: Range<Int>, in reading: SentenceReading, periods: PeriodReading) -> Subject? {
        let aid = reading.measures.filter { $0.value.isAid }
            .sorted { Self.distance($0.bytes, span) < Self.distance($1.bytes, span) }
        for cue in aid.prefix(1) {
            for s in reading.subjects where !reading.isRecipient(s) && s.value != .ukraine {
                let after = s.bytes.lowerBound >= cue.bytes.upperBound && s.bytes.lowerBound - cue.bytes.upperBound <= 24
                let before = s.bytes.upperBound <= cue.bytes.lowerBound && cue.bytes.lowerBound - s.bytes.upperBound <= 12
                if after || before { return s.value }
            }
        }
        // The giver named right after the amount ("€67 billion from the United States", "… de la part de la France").
        if let from = reading.subjects.first(where: {
            $0.bytes.lowerBound >= span.upperBound && $0.bytes.lowerBound - span.upperBound <= 24
                && reading.isIntroducedAsGiver($0) && $0.value != .ukraine
        }) {
            return from.value
        }
        let clause = periods.clause(of: span)
        let giver: (PhraseLexicon<Subject>.Match) -> Bool = {
            $0.bytes.upperBound <= span.lowerBound && !reading.isRecipient($0) && $0.value != .ukraine
                && !Self.isSetting($0, in: reading.text)
        }
        if let inClause = reading.subjects.last(where: { giver($0) && clause.contains($0.bytes.lowerBound) }) {
            return Self.joined(inClause, in: reading)
        }
        // The subject that opens the sentence ("Les Alliés se sont engagés, au premier trimestre, à …").
        if let first = reading.subjects.first, first.words.lowerBound <= 2, giver(first) { return first.value }
        // The amount opens the sentence and its giver follows ("With €2 billion, Germany has announced …",
        // "Avec 2 milliards, l'Allemagne …"): the first subject after it that is not a recipient or a setting.
        if !reading.subjects.contains(where: { $0.bytes.upperBound <= span.lowerBound }),
           let after = reading.subjects.first(where: {
               $0.bytes.lowerBound >= span.upperBound && $0.bytes.lowerBound - span.upperBound <= 40
                   && !reading.isRecipient($0) && $0.value != .ukraine && !Self.isSetting($0, in: reading.text)
           }) {
            return after.value
        }
        return nil
    }

    /// A subject with those named before it and joined by "et", "and" ("les États-Unis et l'ensemble
    /// des pays d'Europe"): one compound giver (`usa+european-countries`), not the last of the list.
    static func joined(_ last: PhraseLexicon<Subject>.Match, in reading: SentenceReading) -> Subject {
        let glue: Set<String> = ["et", "and", "l", "la", "le", "les", "ensemble", "des", "de", "du", "d", "the", "all", "of", "tous", "toute", "toutes"]
        var members = [last.value]
        var current = last
        while let previous = reading.subjects.last(where: { $0.words.upperBound <= current.words.lowerBound }) {
            let between = reading.text.words[previous.words.upperBound..<current.words.lowerBound].map(\.lower)
            guard between.contains(where: { $0 == "et" || $0 == "and" }), between.allSatisfy({ glue.contains($0) }),
                  !reading.text.words[previous.words.upperBound..<current.words.upperBound].contains(where: \.breakBefore)
            else { break }
            if !members.contains(previous.value) { members.insert(previous.value, at: 0) }
            current = previous
        }
        // Europe's total as aid trackers publish it counts the EU institutions' aid: "European donors and
        // the EU" is the same giver as "Europe".
        if members.contains(.europeanCountries) { members.removeAll { $0 == .eu } }
        guard members.count > 1 else { return members[0] }
        let sorted = members.sorted()
        return Subject(id: sorted.map(\.id).joined(separator: "+"), name: sorted.map(\.name).joined(separator: " and "))
    }

    /// Who receives aid: the subject right after the aid words ("soutien à l'Ukraine", "aid to Kyiv"),
    /// or right before them ("Ukraine aid"), else Ukraine when the sentence names it.
    private func recipient(near span: Range<Int>, in reading: SentenceReading) -> Subject? {
        let aid = reading.measures.filter { $0.value.isAid }
            .sorted { Self.distance($0.bytes, span) < Self.distance($1.bytes, span) }
        for cue in aid {
            if let after = reading.subjects.first(where: {
                $0.bytes.lowerBound >= cue.bytes.upperBound && $0.bytes.lowerBound - cue.bytes.upperBound <= 48
                    && reading.isRecipient($0)
            }) {
                return after.value
            }
        }
        if let to = reading.subjects.first(where: { reading.isRecipient($0) && !SubjectLexicon.isGroup($0.value) }) {
            return to.value
        }
        return reading.subjects.first { $0.value == .ukraine }?.value
    }

    /// The subject named last in the characters before `offset`: for aid a recipient (a country,
    /// not a group of Allies), for other measures any subject.
    private func subjectBefore(_ offset: Int, in scalars: [Unicode.Scalar], for measure: Measure?, not donor: Subject?,
                               main: Subject?) -> Subject? {
        guard let window = Self.window(before: offset, in: scalars) else { return nil }
        let reading = SentenceReading(window)
        let found = reading.subjects.filter { !Self.isSetting($0, in: reading.text) }
        if measure?.isAid == true {
            if let to = reading.subjects.last(where: { reading.isRecipient($0) && $0.value != donor }) { return to.value }
            return found.last { !SubjectLexicon.isGroup($0.value) && $0.value != donor }?.value
        }
        // Who spends is not who something goes to ("its contribution to the NATO planning goals"), and the
        // document's main subject wins when it is among those just named.
        let spenders = reading.subjects.filter { !reading.isRecipient($0) && !Self.isSetting($0, in: reading.text) }
        if let main, spenders.contains(where: { $0.value == main }) { return main }
        return spenders.last?.value ?? found.last?.value
    }

    /// Whether the characters before `offset` name a recipient ("to Ukraine", "à l'Ukraine") other than the donor.
    private func recipientBefore(_ offset: Int, in scalars: [Unicode.Scalar], not donor: Subject?) -> Bool {
        guard let window = Self.window(before: offset, in: scalars) else { return false }
        let reading = SentenceReading(window)
        return reading.subjects.contains { reading.isRecipient($0) && $0.value != donor }
    }

    /// Whether a subject is named as the setting of the news ("la guerre en Ukraine", "Russia's war
    /// in Ukraine", "l'invasion de l'Ukraine"), not as who spends or gives.
    static func isSetting(_ s: PhraseLexicon<Subject>.Match, in text: FoldedText) -> Bool {
        let i = s.words.lowerBound
        let settings: Set<String> = ["guerre", "war", "invasion", "conflit", "conflict", "attaque", "attack", "sol", "soil"]
        for k in 1...3 where i - k >= 0 {
            let w = text.words[i - k].lower
            if settings.contains(w) { return true }
            if k == 1, ["en", "in", "of", "contre", "against"].contains(w) { return true }
        }
        if s.words.upperBound < text.words.count, ["s"].contains(text.words[s.words.upperBound].lower),
           s.words.upperBound + 1 < text.words.count, settings.contains(text.words[s.words.upperBound + 1].lower) {
            return true
        }
        return false
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
