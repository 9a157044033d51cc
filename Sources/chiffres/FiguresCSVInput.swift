import Figures
import Money
import Tabular

/// Reads a figures CSV written by `chiffres extract` back into documents and their figures.
///
/// A figures CSV holds each figure's sentence but not the rest of the text: each distinct sentence
/// is read again to recover what the columns do not hold (a relative year resolved against the
/// date, the pairing of an in-text conversion). Values, currencies and qualifiers are taken from
/// the columns as they are, so that a user's corrections count.
enum FiguresCSVInput {
    /// The columns a figures CSV must have.
    static let required = ["doc", "start", "end", "text", "kind", "value", "currency", "approx", "change", "year", "date", "sentence"]

    /// One document of the file: its id, date and figures in text order.
    struct Entry {
        var document: Document
        var figures: [Figure]
    }

    /// The documents of a figures CSV; rows that cannot be read are reported and left out.
    ///
    /// - Parameters:
    ///   - bytes: The file.
    ///   - path: The path, for messages.
    ///   - date: `--date`, which overrides the rows' dates.
    ///   - language: `--lang`, for re-reading sentences.
    ///   - report: Called for each problem.
    static func read(
        _ bytes: [UInt8], path: String, date: CalendarDate?, language: Language?, report: (ValidateInputError) -> Void
    ) -> [Entry] {
        let table: CSVTable
        do throws(CSVReadError) {
            table = try CSVTable(bytes: bytes, removesNeutralization: true)
            try table.require(required)
        } catch {
            report(ValidateInputError(path: path, line: error.line, message: "\(error.description); a figures CSV is what `chiffres extract` writes (columns \(required.joined(separator: ", ")))"))
            return []
        }
        var order: [String] = []
        var byDocument: [String: [(Figure, CalendarDate?)]] = [:]
        for row in table.rows {
            switch figure(row) {
            case .success(let (f, rowDate)):
                let doc = row["doc"] ?? ""
                if byDocument[doc] == nil { order.append(doc) }
                byDocument[doc, default: []].append((f, rowDate))
            case .failure(let problem):
                report(ValidateInputError(path: path, line: row.line, message: problem.message))
            }
        }
        return order.map { id in
            let rows = (byDocument[id] ?? []).sorted { $0.0.start < $1.0.start }
            let documentDate = date ?? rows.lazy.compactMap(\.1).first
            var figures = rows.map(\.0)
            recover(&figures, date: documentDate, language: language)
            let text = sparseText(figures)
            // The language of the sentences, for explanations in the article's language.
            let read = language ?? Language.detect(in: figures.map(\.sentence).joined(separator: " "))
            return Entry(document: Document(id: id, text: text, date: documentDate, language: read), figures: figures)
        }
    }

    /// One row as a figure, or why it cannot be read.
    private static func figure(_ row: CSVRow) -> Result<(Figure, CalendarDate?), RowProblem> {
        func field(_ name: String) -> String { row[name] ?? "" }
        guard let start = Int(field("start")), let end = Int(field("end")) else {
            return .failure(RowProblem("start and end must be whole numbers; this row is left out"))
        }
        guard let kind = Figure.Kind(rawValue: field("kind")) else {
            return .failure(RowProblem("kind '\(field("kind"))' is not money, percent or points; this row is left out"))
        }
        guard let value = decimal(field("value")) else {
            return .failure(RowProblem("value '\(field("value"))' is not a plain number; this row is left out"))
        }
        var high: ExactDecimal?
        if let text = row["high"], !text.isEmpty {
            guard let h = decimal(text) else { return .failure(RowProblem("high '\(text)' is not a plain number; this row is left out")) }
            high = h
        }
        guard let approximation = Figure.Approximation(rawValue: field("approx").isEmpty ? "exact" : field("approx")) else {
            return .failure(RowProblem("approx '\(field("approx"))' is not one of exact, approx, more_than, less_than, at_least, at_most, up_to; this row is left out"))
        }
        let changeText = field("change")
        guard changeText.isEmpty || Figure.Change(rawValue: changeText) != nil else {
            return .failure(RowProblem("change '\(changeText)' is not increase or decrease; this row is left out"))
        }
        let yearText = field("year")
        let period = period(yearText)
        if !yearText.isEmpty && period == nil {
            return .failure(RowProblem("year '\(yearText)' is not a year (2024) or a span (2024-2030); this row is left out"))
        }
        let dateText = field("date")
        let rowDate = CalendarDate(iso: dateText)
        if !dateText.isEmpty && rowDate == nil {
            return .failure(RowProblem("date '\(dateText)' is not a date (YYYY-MM-DD); this row is left out"))
        }
        let currency = field("currency")
        if kind == .money && currency.isEmpty {
            return .failure(RowProblem("a money figure needs a currency; this row is left out"))
        }
        // `year_resolved` (written by newer versions of extract) holds relative years resolved.
        let resolved = row["year_resolved"].flatMap { Self.period($0) }
        let f = Figure(start: start, end: end, text: field("text"), kind: kind, value: value, high: high,
                       currency: currency.isEmpty ? nil : currency, approximation: approximation,
                       change: Figure.Change(rawValue: changeText), period: period, resolvedPeriod: resolved,
                       sentence: field("sentence"))
        return .success((f, rowDate))
    }

    /// A plain decimal with `.` or `,` as the decimal separator.
    static func decimal(_ text: String) -> ExactDecimal? {
        ExactDecimal(text) ?? ExactDecimal(String(text.map { $0 == "," ? "." : $0 }))
    }

    /// `2024` or `2024-2030`.
    static func period(_ text: String) -> Period? {
        Period(written: text)
    }

    /// The document as far as the CSV shows it: each figure's sentence at its place (found from the
    /// figure's offset and its place in the sentence), spaces elsewhere. Code-point offsets stay
    /// right, so a subject named in an earlier figure's sentence is found as in the article.
    static func sparseText(_ figures: [Figure]) -> String {
        var placed: [(start: Int, scalars: [Unicode.Scalar])] = []
        var last: String?
        for f in figures where f.sentence != last {
            last = f.sentence
            let scalars = Array(f.sentence.unicodeScalars)
            let needle = Array(f.text.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count,
                  let at = (0...(scalars.count - needle.count)).first(where: { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }),
                  f.start - at >= 0 else { continue }
            placed.append((f.start - at, scalars))
        }
        let length = placed.map { $0.start + $0.scalars.count }.max() ?? 0
        var text = [Unicode.Scalar](repeating: " ", count: length)
        for p in placed {
            for (k, scalar) in p.scalars.enumerated() { text[p.start + k] = scalar }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        return String(view)
    }

    /// Re-reads each distinct sentence to recover relative years and in-text conversion pairs.
    private static func recover(_ figures: inout [Figure], date: CalendarDate?, language: Language?) {
        var i = 0
        while i < figures.count {
            var j = i
            while j < figures.count, figures[j].sentence == figures[i].sentence { j += 1 }
            let sentence = figures[i].sentence
            let again = extractFigures(from: Document(id: "", text: sentence, date: date, language: language))
            // Match the sentence's figures to the rows by text, in order.
            var matched: [Int: Int] = [:]
            var next = 0
            for row in i..<j {
                guard let k = again[next...].firstIndex(where: { $0.text == figures[row].text }) else { continue }
                matched[k] = row
                next = k + 1
                if figures[row].resolvedPeriod == nil { figures[row].resolvedPeriod = again[k].resolvedPeriod }
            }
            for (k, row) in matched {
                if let pair = again[k].pairedWith, let other = matched[pair] { figures[row].pairedWith = other }
            }
            i = j
        }
    }
}

/// Why a row of a figures CSV cannot be read.
struct RowProblem: Error {
    var message: String

    init(_ message: String) { self.message = message }
}
