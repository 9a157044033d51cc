#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An errno, as an error.
struct POSIXFailure: Error {
    var code: Int32
    /// A message of our own, in place of the system's.
    var custom: String?

    init(_ code: Int32, _ custom: String? = nil) {
        self.code = code
        self.custom = custom
    }

    /// The system's message ("No such file or directory"), or ours.
    var message: String { custom ?? String(cString: strerror(code)) }
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

    /// The most bytes read from one input file (a CSV, a rates file); a document of `extract` has its own,
    /// smaller limit (``InputReader/maxDocumentBytes``).
    static let maxInputBytes = 256 << 20

    /// What a file that is not a regular file or a folder is, in words ("a FIFO (named pipe)").
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// The message for a path that names a device, FIFO or socket.
    static func notRegularMessage(_ kind: String) -> String {
        "\(kind), not a file; give a regular file, or - to read standard input (cat it in with a pipe)"
    }

    /// Opens a regular file for reading, or returns the errno. Devices, FIFOs and sockets are refused without
    /// blocking (`/dev/zero` never ends, a FIFO without a writer never opens).
    static func openForReading(_ path: String) -> Result<Int32, POSIXFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(POSIXFailure(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failure(POSIXFailure(code))
        }
        if let kind = nonRegularKind(info.st_mode) {
            close(fd)
            return .failure(POSIXFailure(EINVAL, notRegularMessage(kind)))
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return .success(fd)
    }

    /// Reads everything from a descriptor, starting with `prefix` (bytes already read); fails with `EFBIG`
    /// past `limit` bytes, having read at most `limit + 1`.
    static func readAll(_ fd: Int32, prefix: [UInt8] = [], limit: Int = maxInputBytes) -> Result<[UInt8], POSIXFailure> {
        var bytes = prefix
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        bytes.reserveCapacity(min(bytes.count + size + 1, limit + 1))
        let chunkSize = 1 << 20
        let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        while true {
            if bytes.count > limit {
                return .failure(POSIXFailure(EFBIG, "larger than \(limit >> 20) MiB, the most one input may hold; split it"))
            }
            let n = read(fd, chunk, min(chunkSize, limit + 1 - bytes.count))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return .failure(POSIXFailure(errno)) }
            if n == 0 { return .success(bytes) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk, count: n))
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
