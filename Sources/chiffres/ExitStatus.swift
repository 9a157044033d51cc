import ArgumentParser
import LinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Chiffres {
    /// Runs the command line with Chiffres' exit statuses: 0 when all went well, 1 when some input
    /// or output failed, 2 for usage errors (ArgumentParser uses 64 for those; we follow the
    /// convention of most Unix tools, where 2 means "you called me wrong").
    static func main() {
        BLASThreads.useCallingThreadOnly()  // its workers would spin on a processor the command needs
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                standardError(fullMessage(for: error))
                terminate(2)
            }
            exit(withError: error)
        }
    }
}

/// Ends the process with a status.
func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}

/// Writes a line on standard error.
func standardError(_ message: String) {
    var line = message
    if !line.hasSuffix("\n") { line += "\n" }
    var bytes = Array(line.utf8)
    bytes.withUnsafeMutableBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(2, raw.baseAddress.map { $0 + done }, raw.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }
}

/// Standard output written without a buffer that could hide a failed write: a full disk, a closed pipe or
/// `/dev/full` is reported on standard error and ends the command with exit status 1.
enum StandardOutput {
    /// Writes `text` (a line break is not added).
    static func write(_ text: String) throws {
        if let code = FileIO.writeAll(1, Array(text.utf8)) {
            standardError("chiffres: standard output: cannot write (\(POSIXFailure(code).message))")
            throw ExitCode.failure
        }
    }

    /// Writes the lines, each followed by a line break, in one write.
    static func write(lines: [String]) throws {
        try write(lines.map { $0 + "\n" }.joined())
    }
}
