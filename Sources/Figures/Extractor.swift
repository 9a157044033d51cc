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
        let language = document.language ?? options.language ?? guessLanguage(bytes)
        var scanner = FigureScanner(text: bytes, lexicon: .for(language), options: options, date: document.date)
        return scanner.run()
    }
}

/// French or English, from the most frequent short function words of the first 8 KB.
func guessLanguage(_ bytes: UnsafeBufferPointer<UInt8>) -> Language {
    var tokens = Tokenizer(UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, 8192)]), at: 0)
    var french = 0
    var english = 0
    while let t = tokens.next() {
        guard t.isWord else { continue }
        if frenchMarkers.contains(t.hash) { french += 1 }
        if englishMarkers.contains(t.hash) { english += 1 }
    }
    return english > french ? .english : .french
}

private let frenchMarkers: Set<UInt64> = Set(["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour",
                                               "sur", "qui", "que", "au", "aux", "d", "l"].map(WordHasher.hash))
private let englishMarkers: Set<UInt64> = Set(["the", "and", "of", "to", "in", "is", "that", "for", "with", "was",
                                                "on", "by", "as", "it", "its", "from"].map(WordHasher.hash))
