import Money

/// Options that change how figures are read.
public struct ExtractionOptions: Sendable {
    /// The currency a bare `$` or "dollars" stands for (USD unless the user says otherwise).
    public var dollar: String
    /// The language to assume when a document does not say; `nil` detects it.
    public var language: Language?

    public init(dollar: String = "USD", language: Language? = nil) {
        self.dollar = dollar
        self.language = language
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
        return scanner.run()
    }
}

