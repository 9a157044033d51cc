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
    var text = document.text
    return text.withUTF8 { bytes in
        let counts = document.language == nil && options.language == nil
            ? Stopwords.count(UnsafeBufferPointer(rebasing: bytes.prefix(1 << 16)), stopWhenClear: true) : (0, 0)
        let language = document.language ?? options.language ?? (counts.1 > counts.0 ? .english : .french)
        var scanner = FigureScanner(text: bytes, lexicon: .for(language), options: options, date: document.date)
        scanner.outlet = (document.url, document.country, document.currency)
        return scanner.run()
    }
}

