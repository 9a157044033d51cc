#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the command's rows go: standard output, or a file written atomically.
///
/// A file is written to a hidden temporary file in the same folder and renamed over the target
/// only when everything was written, so that a failed or interrupted run never leaves half a file
/// (an interrupt removes the temporary file).
final class OutputSink {
    /// The target path, or `nil` for standard output.
    let path: String?
    private var fd: Int32
    private var temporaryPath: String?

    /// Opens standard output (`path == nil`) or a temporary file beside `path`.
    init(path: String?) throws(OutputError) {
        self.path = path
        guard let path else {
            fd = 1
            return
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder).\(name).\(getpid()).tmp"
        // The cleanup is in place before the file exists: an interrupt at any moment leaves no temporary file.
        InterruptCleanup.remove(onInterrupt: temporary)
        let opened = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            let cause = POSIXFailure(errno).message
            InterruptCleanup.remove(onInterrupt: nil)
            throw OutputError(path: path, cause: cause)
        }
        fd = opened
        temporaryPath = temporary
    }

    /// The hidden temporary file being written (`nil` for standard output), for writers that open
    /// the file by name (a workbook); ``commit()`` renames it over the target.
    var temporaryFile: String? { temporaryPath }

    /// Writes bytes.
    func write(_ bytes: [UInt8]) throws(OutputError) {
        if let code = FileIO.writeAll(fd, bytes) {
            throw OutputError(path: path ?? "standard output", cause: POSIXFailure(code).message)
        }
    }

    /// Makes the output visible: renames the temporary file over the target.
    func commit() throws(OutputError) {
        guard let temporaryPath, let path else { return }
        let synced = fsync(fd) == 0 || errno == EINVAL
        let closed = close(fd) == 0
        fd = -1
        guard synced, closed, rename(temporaryPath, path) == 0 else {
            let cause = POSIXFailure(errno).message
            abandon()
            throw OutputError(path: path, cause: cause)
        }
        self.temporaryPath = nil
        InterruptCleanup.remove(onInterrupt: nil)
    }

    /// Removes the temporary file, leaving the target as it was.
    func abandon() {
        if fd > 1 { close(fd) }
        fd = -1
        if let temporaryPath { unlink(temporaryPath) }
        temporaryPath = nil
        InterruptCleanup.remove(onInterrupt: nil)
    }

    deinit {
        abandon()
    }
}

/// Output that could not be written.
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var cause: String

    var description: String {
        "\(path): cannot write (\(cause)); check the folder exists, is writable and has space"
    }
}

/// Removes a temporary file when the process is interrupted (SIGINT, SIGTERM, SIGHUP).
enum InterruptCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Sets the file to remove on interrupt (`nil`: none).
    static func remove(onInterrupt file: String?) {
        let old = path
        path = file.map { strdup($0) } ?? nil
        free(old)
        guard file != nil else { return }
        // A parent may have blocked these signals (test runners do); an interrupt must still clean up.
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            _ = signal(number) { received in
                if let p = InterruptCleanup.path { unlink(p) }
                _exit(128 + received)
            }
        }
    }
}
