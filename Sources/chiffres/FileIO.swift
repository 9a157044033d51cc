#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An errno, as an error.
struct POSIXFailure: Error {
    var code: Int32

    init(_ code: Int32) { self.code = code }

    /// The system's message ("No such file or directory").
    var message: String { String(cString: strerror(code)) }
}

/// Small POSIX helpers: the command reads and writes bytes without Foundation's copies.
enum FileIO {
    /// What a path is.
    enum Kind {
        case file, folder, other
    }

    /// The kind of `path` (following symbolic links), or the errno when it cannot be examined.
    static func kind(of path: String) -> Result<Kind, POSIXFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(POSIXFailure(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .success(.folder)
        case S_IFREG: return .success(.file)
        default: return .success(.other)
        }
    }

    /// Whether `path` is a symbolic link (not followed when walking folders).
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The offset of the first NUL byte, found with `memchr`.
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The message for an errno.
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Opens a file for reading, or returns the errno.
    static func openForReading(_ path: String) -> Result<Int32, POSIXFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        return fd >= 0 ? .success(fd) : .failure(POSIXFailure(errno))
    }

    /// Reads everything from a descriptor, starting with `prefix` (bytes already read).
    static func readAll(_ fd: Int32, prefix: [UInt8] = []) -> Result<[UInt8], POSIXFailure> {
        var bytes = prefix
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        var capacity = max(bytes.count + size + 1, 1 << 16)
        bytes.reserveCapacity(capacity)
        while true {
            if bytes.count == capacity {
                capacity *= 2
                bytes.reserveCapacity(capacity)
            }
            let before = bytes.count
            let room = capacity - before
            var failure: Int32 = 0
            var got = 0
            bytes.append(contentsOf: repeatElement(0, count: room))
            bytes.withUnsafeMutableBytes { raw in
                while true {
                    let n = read(fd, raw.baseAddress.map { $0 + before }, room)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno } else { got = n }
                    return
                }
            }
            bytes.removeLast(room - got)
            if failure != 0 { return .failure(POSIXFailure(failure)) }
            if got == 0 { return .success(bytes) }
        }
    }

    /// Writes all of `bytes` to a descriptor, or returns the errno.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + done }, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return errno }
                done += n
            }
            return nil
        }
    }
}
