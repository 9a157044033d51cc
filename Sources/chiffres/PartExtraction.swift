import Dispatch
import Figures

/// The figures of one part of a long text, extracted on another thread while the caller reads the next parts and
/// writes the rows of earlier ones (extraction is a pure function of the document and the options).
final class PartExtraction: @unchecked Sendable {
    /// The part, as handed to the extractor.
    let document: Document
    /// Where the part stands in its text.
    let part: DocumentPart
    private let options: ExtractionOptions
    /// Written once by the worker before `done` is signalled; read only after waiting on `done`.
    private var result: FigureExtraction?
    private let done = DispatchSemaphore(value: 0)

    /// Starts extracting `document` on a thread of the global queue.
    init(_ document: Document, part: DocumentPart, options: ExtractionOptions) {
        self.document = document
        self.part = part
        self.options = options
        DispatchQueue.global().async { [self] in
            result = extractFiguresReporting(from: document, options: options)
            done.signal()
        }
    }

    /// Waits for the figures (once).
    func wait() -> FigureExtraction {
        done.wait()
        return result ?? extractFiguresReporting(from: document, options: options)
    }
}
