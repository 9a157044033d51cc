#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished child process cost: wall time and peak resident memory (its `VmHWM`, polled).
struct ChildRun {
    /// The exit status, or 128 + the signal that ended it.
    var status: Int32
    /// Wall-clock seconds from spawn to exit.
    var seconds: Double
    /// Peak resident set size of the child, in bytes.
    var peakRSS: Int
    /// CPU seconds (user + system) the child used: steadier than wall time on a loaded machine.
    var cpuSeconds: Double = 0
}

/// A child process that could not be started.
struct SpawnError: Error, CustomStringConvertible {
    var command: String
    var code: Int32
    var description: String { "cannot run \(command): \(String(cString: strerror(code)))" }
}

/// Runs a command (searched in `PATH` unless it has a slash), waits for it and measures it.
///
/// Peak memory is the child's `VmHWM`, read every 2 ms while it runs.
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
    // The child's own high-water mark, polled from /proc while it runs. `wait4`'s ru_maxrss is not used: a child
    // started by posix_spawn (vfork) carries the parent's peak from before its exec, and this process holds the
    // whole input in memory.
    var status: Int32 = 0
    var peak = 0
    var usage = rusage()
    while true {
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid { break }
        if reaped == -1 && errno != EINTR { break }
        peak = max(peak, highWaterMark(of: pid))
        usleep(2_000)
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let signal = status & 0x7f
    let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return ChildRun(status: exit, seconds: seconds, peakRSS: peak, cpuSeconds: cpu)
}

/// `VmHWM` of a running process, in bytes (0 when it cannot be read).
private func highWaterMark(of pid: pid_t) -> Int {
    guard let file = fopen("/proc/\(pid)/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.dropFirst(6).filter { $0.isNumber }
            return (Int(digits) ?? 0) * 1024
        }
    }
    return 0
}
