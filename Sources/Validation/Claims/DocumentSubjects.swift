/// The subjects a whole document names, for figures whose sentence and the sentences before name
/// none: the article's main subject (the Swiss army's spending ceiling in an article that names the
/// Federal Council only later).
struct DocumentSubjects {
    /// Each subject with how often it is named, in order of first mention.
    private var counts: [(subject: Subject, count: Int)] = []

    /// The subject most often named as a recipient ("à l'Ukraine", "to Kyiv"), `nil` on a tie or none.
    private(set) var mainRecipient: Subject?

    init(_ text: String) {
        let reading = SentenceReading(text)
        var recipients: [Subject: Int] = [:]
        for m in reading.subjects where reading.isRecipient(m) { recipients[m.value, default: 0] += 1 }
        if let top = recipients.values.max(), recipients.values.filter({ $0 == top }).count == 1 {
            mainRecipient = recipients.first { $0.value == top }?.key
        }
        let folded = reading.text
        for m in SubjectLexicon.lexicon.matches(in: folded) where !ClaimReader.isSetting(m, in: folded) {
            if let i = counts.firstIndex(where: { $0.subject == m.value }) {
                counts[i].count += 1
            } else {
                counts.append((m.value, 1))
            }
        }
    }

    /// The subject named most often (the first named on a tie); for aid, a country (a recipient),
    /// not a group. `nil` when the document names none, or two equally often.
    func main(forAid: Bool) -> Subject? {
        let candidates = counts.filter { !forAid || !SubjectLexicon.isGroup($0.subject) }
        guard let top = candidates.max(by: { $0.count < $1.count }) else { return nil }
        let tied = candidates.filter { $0.count == top.count }
        return tied.count == 1 ? top.subject : nil
    }
}
