import Figures
import Money

/// How a figure's neighbours in its sentence and document say what it is: a verb of change before a
/// percentage, a restatement ("soit 1 % du PIB"), a colon introducing it, the previous programme it
/// belongs to.
extension ClaimReader {
    /// The change a verb before a percentage in its clause says ("increase the budget 60%", "réduire le
    /// budget de 10 %"), when the percentage is not a level reached ("to 2%", "à 2 %").
    static func changeVerb(before span: Range<Int>, in reading: SentenceReading, periods: PeriodReading) -> Figure.Change? {
        let words = reading.text.words
        let i = reading.text.wordIndex(atOrAfter: span.lowerBound)
        guard i >= 1, i <= words.count, !["to", "a", "at", "au", "of"].contains(words[i - 1].lower) else { return nil }
        let clause = periods.clause(of: span)
        let up = ["increas", "rais", "boost", "augment", "relev", "hauss"]
        let down = ["cut", "reduc", "lower", "redui", "baiss", "diminu"]
        let levels: Set<String> = ["reach", "reaches", "reaching", "atteindre", "atteint", "atteindra", "jusqu", "hit", "level"]
        for w in words[max(0, i - 8)..<i].reversed() where clause.contains(w.start) && span.lowerBound - w.end <= 60 {
            if levels.contains(w.lower) || ["to", "a", "au"].contains(w.lower) { return nil }
            if up.contains(where: { w.lower.hasPrefix($0) }) { return .increase }
            if down.contains(where: { w.lower.hasPrefix($0) }) { return .decrease }
        }
        return nil
    }

    /// Words that speak of the previous programme, law or plan.
    static let previousWords: [String] = ["precedent", "previous", "former", "ancienne", "ancien"]

    /// Whether a word names the previous one ("précédente", "previous", "former").
    static func namesPrevious(_ lower: String) -> Bool { previousWords.contains { lower.hasPrefix($0) } }

    /// Whether the figure is said of the previous programme: such a word within 80 bytes before it with no
    /// other figure between ("les moyens de la précédente LPM, qui étaient de 295 milliards").
    static func isOfPrevious(_ span: Range<Int>, in reading: SentenceReading, others: [Range<Int>]) -> Bool {
        guard !span.isEmpty else { return false }
        return reading.text.words.contains { w in
            namesPrevious(w.lower) && w.end <= span.lowerBound && span.lowerBound - w.end <= 80
                && !others.contains { $0 != span && $0.lowerBound >= w.end && $0.upperBound <= span.lowerBound }
        }
    }

    /// The span of years the document gives right after naming the previous programme ("la précédente (loi …
    /// pour les années 2019 à 2025)"), or `nil`.
    static func previousPeriod(in text: String, date: CalendarDate?) -> Period? {
        let folded = FoldedText(text)
        for (i, w) in folded.words.enumerated() where namesPrevious(w.lower) {
            let end = min(folded.words.count, i + 30)
            guard i + 1 < end else { continue }
            let window = folded.original(folded.words[i + 1].start..<folded.words[end - 1].end)
            if let span = PeriodReading(FoldedText(window), date: date).stated.first(where: { $0.period.first != $0.period.last }) {
                return span.period
            }
        }
        return nil
    }

    /// Whether the figure restates the one before it ("…, soit 1 % du PIB", "i.e. 2 %", "that is 2 %").
    static func restates(_ span: Range<Int>, in reading: SentenceReading) -> Bool {
        let i = reading.text.wordIndex(atOrAfter: span.lowerBound)
        guard i >= 1 else { return false }
        let words = reading.text.words
        let one = words[i - 1].lower
        let two = i >= 2 ? words[i - 2].lower + " " + one : ""
        return ["soit", "ie", "equivalent"].contains(one) || ["i e", "that is", "c est", "autrement dit"].contains(two)
    }

    /// Whether a phrase introduces the amount after it with a colon ("la plus grosse part du fonds : 33 Md€").
    static func introduces(_ phrase: Range<Int>, _ span: Range<Int>, in text: FoldedText) -> Bool {
        guard phrase.upperBound <= span.lowerBound else { return false }
        let gap = text.lower[phrase.upperBound..<span.lowerBound]
        return gap.contains(UInt8(ascii: ":")) && !gap.contains { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains($0) }
    }
}
