import Workbook

/// An `.xlsx` file being written for `--format xlsx --output FILE`: the workbook goes to a hidden
/// temporary file beside the target (``OutputSink``) and is renamed over it only once complete.
final class WorkbookOutput {
    let sink: OutputSink
    let book: Workbook

    /// Starts the workbook for `path`.
    init(path: String) throws {
        sink = try OutputSink(path: path)
        guard let temporary = sink.temporaryFile else {
            sink.abandon()
            throw OutputError(path: path, cause: "a workbook is a file, not a stream")
        }
        do {
            book = try Workbook(path: temporary)
        } catch {
            sink.abandon()
            throw WorkbookError(path: path, cause: error.cause)
        }
    }

    /// Adds a table sheet for a command's rows.
    func table(_ name: String, columns: [String], colours: [String: [String: UInt32]] = [:]) throws -> TableWriter {
        do {
            return TableWriter(sheet: try book.addTable(name: name, columns: columns, colours: colours))
        } catch {
            sink.abandon()
            throw WorkbookError(path: sink.path ?? "", cause: error.cause)
        }
    }

    /// Adds the About sheet, writes the workbook and makes it visible; on error nothing is left behind.
    func finish(about: About) throws {
        do {
            try book.addAbout(about.entries)
            try book.close()
        } catch {
            sink.abandon()
            throw WorkbookError(path: sink.path ?? "", cause: error.cause)
        }
        try sink.commit()
    }

    /// Drops the workbook: the target stays as it was.
    func abandon() {
        try? book.close()
        sink.abandon()
    }
}
