/// A figures CSV or reference file that cannot be used, with the file, the line when known, and
/// what to do.
struct ValidateInputError: Error, CustomStringConvertible {
    /// The path as the user gave it.
    var path: String
    /// The 1-based line, or 0 for the whole file.
    var line: Int
    /// What is wrong and what to do.
    var message: String
    /// Whether the input was still used (a warning, not a failure).
    var isWarning = false

    var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }
}

/// Reads a whole file, or says why it cannot be read.
func readInputFile(_ path: String) -> Result<[UInt8], ValidateInputError> {
    switch FileIO.openForReading(path) {
    case .failure(let failure):
        let what = failure.code == ENOENT ? "no such file; check the path" : "cannot open (\(failure.message)); check its permissions"
        return .failure(ValidateInputError(path: path, line: 0, message: what))
    case .success(let fd):
        defer { close(fd) }
        switch FileIO.readAll(fd) {
        case .success(let bytes):
            if bytes.isEmpty { return .failure(ValidateInputError(path: path, line: 0, message: "the file is empty")) }
            return .success(bytes)
        case .failure(let failure):
            return .failure(ValidateInputError(path: path, line: 0, message: "reading failed (\(failure.message))"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
