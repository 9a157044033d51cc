#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished child process cost: wall time and peak resident memory (from `wait4`'s `ru_maxrss`).
struct ChildRun {
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    /// Wall-clock seconds from spawn to exit.
    var seconds: Double
    /// Peak resident set size of the child, in bytes.
    var peakRSS: Int
}

/// A child process that could not be started.
struct SpawnError: Error, CustomStringConvertible {
    var command: String
    var code: Int32
    var description: String { "cannot run \(command): \(String(cString: strerror(code)))" }
}

/// Runs a command (searched in `PATH` unless it has a slash), waits for it and measures it.
///
/// `wait4` reports the child's own peak RSS: no polling, nothing missed between polls.
/// - Parameters:
///   - arguments: The command and its arguments.
///   - stdout: A file to write the child's standard output to (truncated), or `nil` to share ours.
func runChild(_ arguments: [String], stdout: String? = nil) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let stdout {
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = ContinuousClock.now
    var pid = pid_t()
    let code = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
    guard code == 0 else { throw SpawnError(command: arguments[0], code: code) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let signal = status & 0x7f
    let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    #if canImport(Darwin)
    let peak = Int(usage.ru_maxrss)  // bytes on Darwin
    #else
    let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    #endif
    return ChildRun(status: exit, seconds: seconds, peakRSS: peak)
}
