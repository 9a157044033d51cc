#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tabular

/// Progress of a long run on standard error: files and megabytes done, and the rate.
///
/// Shown only when standard error is a terminal, `--quiet` is not given and the rows do not go to
/// the same terminal, and only once a run has lasted half a second; redrawn at most five times a
/// second on one line.
struct Progress {
    private let enabled: Bool
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var shown = false
    private(set) var bytes = 0
    private(set) var files = 0
    private(set) var documents = 0
    /// How many inputs the run has.
    var totalFiles = 0

    init(quiet: Bool, rowsToStandardOutput: Bool) {
        enabled = !quiet && isatty(2) == 1 && !(rowsToStandardOutput && isatty(1) == 1)
        started = clock.now
        lastDrawn = started
    }

    /// Counts bytes read and documents handed over.
    mutating func add(bytes: Int, documents: Int) {
        self.bytes += bytes
        self.documents += documents
        redrawIfDue()
    }

    /// Counts a finished input.
    mutating func finishFile() {
        files += 1
        redrawIfDue()
    }

    /// Seconds since the run started.
    var elapsed: Double {
        let d = clock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    private mutating func redrawIfDue() {
        guard enabled else { return }
        let now = clock.now
        guard now - started >= .milliseconds(500), now - lastDrawn >= .milliseconds(200) else { return }
        lastDrawn = now
        shown = true
        standardErrorRaw("\r\u{1B}[K" + line())
    }

    /// Clears the progress line.
    mutating func finish() {
        if shown { standardErrorRaw("\r\u{1B}[K") }
        shown = false
    }

    private func line() -> String {
        let mb = Double(bytes) / 1e6
        let seconds = max(elapsed, 1e-9)
        let rate = PlainNumberFormat.format(mb / seconds, places: 1) ?? "0"
        let size = PlainNumberFormat.format(mb, places: 1) ?? "0"
        let fileCount = "\(files)/\(totalFiles) file\(totalFiles == 1 ? "" : "s")"
        let documentCount = documents == 1 ? "1 document" : "\(documents) documents"
        return "chiffres: \(fileCount), \(documentCount), \(size) MB, \(rate) MB/s"
    }
}

/// Writes to standard error without a line end.
private func standardErrorRaw(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { raw in _ = write(2, raw.baseAddress, raw.count) }
}
