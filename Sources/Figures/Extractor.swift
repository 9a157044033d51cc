import Money

/// Options that change how figures are read.
public struct ExtractionOptions: Sendable {
    /// The currency a bare `$` or "dollars" stands for when the document gives no evidence of whose it is
    /// (`nil`: USD). Evidence in the document (places, institutions, its outlet's country) comes first.
    public var dollar: String?
    /// The currency bare "francs" stand for when the document gives no evidence (`nil`: FRF); CHF, XOF, XAF…
    public var franc: String?
    /// The language to assume when a document does not say; `nil` detects it.
    public var language: Language?

    public init(dollar: String? = nil, franc: String? = nil, language: Language? = nil) {
        self.dollar = dollar
        self.franc = franc
        self.language = language
    }

    /// The user's currency for a shared name of `family`, when an option gives one.
    func option(for family: CurrencyFamily) -> String? {
        switch family {
        case .dollar: dollar
        case .franc: franc
        case .cfa: franc.flatMap { $0 == "XOF" || $0 == "XAF" ? $0 : nil }
        case .rupee, .shilling, .local: nil
        }
    }
}

/// Extracts every money amount, percentage and percentage-point figure from a document.
///
/// One pass over the UTF-8 bytes finds the places where a figure can start (a digit, a currency symbol or
/// code, a number word); the figure grammar reads forward from there, and the words around it give the
/// qualifier, the change and the year.
///
/// - Parameters:
///   - document: The text with what is known about it.
///   - options: How to read ambiguous units.
/// - Returns: The figures in text order.
public func extractFigures(from document: Document, options: ExtractionOptions = ExtractionOptions()) -> [Figure] {
    extractFiguresReporting(from: document, options: options).figures
}

/// A number that looked like a figure but is past the exact range (more than 18 significant digits, or a
/// number in words whose value overflows), so no figure was made of it.
public struct UnreadableNumber: Sendable, Equatable {
    /// Code-point offset of its first character.
    public var start: Int
    /// Code-point offset just past it.
    public var end: Int
    /// Its text (the first 80 bytes at most).
    public var text: String
}

/// The figures of a document and the numbers that could not be read.
public struct FigureExtraction: Sendable {
    /// The figures in text order.
    public var figures: [Figure]
    /// The first numbers (at most 100) that were too large to read exactly, in text order.
    public var unreadable: [UnreadableNumber]
    /// How many numbers were too large to read.
    public var unreadableCount: Int
}

/// Extracts the figures of a document as ``extractFigures(from:options:)`` does, and also says which
/// numbers were too large to be read, so that a caller can warn instead of dropping them silently.
///
/// - Parameters:
///   - document: The text with what is known about it.
///   - options: How to read ambiguous units.
/// - Returns: The figures and the unreadable numbers.
public func extractFiguresReporting(from document: Document, options: ExtractionOptions = ExtractionOptions())
    -> FigureExtraction
{
    var text = document.text
    return text.withUTF8 { bytes in
        let counts = document.language == nil && options.language == nil
            ? Stopwords.count(UnsafeBufferPointer(rebasing: bytes.prefix(1 << 16)), stopWhenClear: true) : (0, 0)
        let language = document.language ?? options.language ?? (counts.1 > counts.0 ? .english : .french)
        var scanner = FigureScanner(text: bytes, lexicon: .for(language), options: options, date: document.date)
        scanner.outlet = (document.url, document.country, document.currency)
        let figures = scanner.run()
        return FigureExtraction(figures: figures, unreadable: scanner.unreadable, unreadableCount: scanner.unreadableCount)
    }
}
