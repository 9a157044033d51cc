import Foundation

/// What a cell's command printed and how it ended.
struct CommandResult {
    /// The exit status (128 + N when killed by signal N, as a shell reports it).
    var status: Int32
    /// Everything written on standard output.
    var stdout: String
    /// Everything written on standard error.
    var stderr: String
    /// Whether either stream held bytes that are not UTF-8 (they were replaced by U+FFFD in the strings above).
    var invalidUTF8 = false
}

/// Runs a cell's command the way a reader would in a terminal at the repository root.
///
/// The command is given to `bash -c` as written (no `-e`, no `pipefail`), with standard input from `/dev/null`, in
/// the folder `root`. The environment is the runner's own, with `LC_ALL=C` and `TZ=UTC` so that `sort`, `awk` and
/// dates behave the same on every machine, and without `CHIFFRES_DATASETS`, so that the shipped `datasets/` are used.
/// Standard output and standard error go to two temporary files, read once the command ends.
enum ShellCommand {
    /// Runs `command` in `root`.
    ///
    /// - Throws: When bash cannot be started or the temporary files cannot be made.
    static func run(_ command: String, in root: URL) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("notebook-runner-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: scratch.path])
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "-c", command]
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["TZ"] = "UTC"
        environment["CHIFFRES_DATASETS"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()

        var status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal { status += 128 }
        let outBytes = try Data(contentsOf: outURL), errBytes = try Data(contentsOf: errURL)
        let stdout = String(decoding: outBytes, as: UTF8.self), stderr = String(decoding: errBytes, as: UTF8.self)
        return CommandResult(status: status, stdout: stdout, stderr: stderr,
                             invalidUTF8: Array(stdout.utf8) != Array(outBytes) || Array(stderr.utf8) != Array(errBytes))
    }
}
