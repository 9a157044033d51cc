#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a descriptor line by line through one buffer, so that memory stays bounded by the
/// longest line, whatever the size of the input.
final class LineReader {
    private let fd: Int32
    // Internal, not private: ``nextTextPart(window:)`` (LineReader+TextParts.swift) reads through the same buffer.
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var start = 0
    private(set) var end = 0
    private(set) var atEOF = false
    /// Bytes of the input before `buffer[0]`.
    private(set) var consumed = 0
    /// The 1-based number of the last line returned.
    private(set) var lineNumber = 0
    /// The byte offset in the input of the last line returned.
    private(set) var lineOffset = 0
    /// Bytes read from the descriptor so far.
    var bytesRead: Int { consumed + end }

    /// The longest line returned; a longer one is skipped and reported (``nextLine()`` throws `lineTooLong`).
    private let maxLine: Int

    init(fd: Int32, capacity: Int = 1 << 20, maxLine: Int = Int.max) {
        self.fd = fd
        self.maxLine = maxLine
        self.capacity = max(capacity, 16)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The first byte that is not white space, reading as much as needed, without consuming anything;
    /// `nil` when the input holds only white space.
    func firstNonSpaceByte() throws(InputError.Reason) -> UInt8? {
        var k = 0  // Bytes examined after `start`; `fill` may move the buffer.
        while true {
            while start + k < end {
                let b = buffer[start + k]
                if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return b }
                k += 1
            }
            if atEOF { return nil }
            try fill()
        }
    }

    /// The bytes buffered and not yet consumed, then the rest of the input.
    func readRest(limit: Int = Int.max) throws(InputError.Reason) -> [UInt8] {
        let prefix = Array(UnsafeBufferPointer(start: buffer + start, count: end - start))
        start = end
        if prefix.count > limit { throw .tooLarge(limit: limit) }
        switch FileIO.readAll(fd, prefix: prefix, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let failure) where failure.code == EFBIG: throw .tooLarge(limit: limit)
        case .failure(let failure): throw .readFailed(failure.message)
        }
    }

    /// The next line without its LF (a CR before it is kept), valid until the next call;
    /// `nil` at the end of the input.
    func nextLine() throws(InputError.Reason) -> UnsafeBufferPointer<UInt8>? {
        var searchFrom = start
        while true {
            if searchFrom < end, let found = memchr(buffer + searchFrom, 0x0A, end - searchFrom) {
                let newline = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if newline - start > maxLine {
                    lineNumber += 1
                    start = newline + 1
                    throw .lineTooLong(line: lineNumber, limit: maxLine)
                }
                return take(upTo: newline, skipping: 1)
            }
            searchFrom = end
            if end - start > maxLine { try skipLongLine() }
            if atEOF {
                return start < end ? take(upTo: end, skipping: 0) : nil
            }
            let shift = start
            try fill()
            searchFrom -= shift
        }
    }

    /// Drops the line being read, which is longer than `maxLine`, up to its LF, then throws `lineTooLong`.
    private func skipLongLine() throws(InputError.Reason) {
        lineNumber += 1
        try skipPastLineEnd()
        throw .lineTooLong(line: lineNumber, limit: maxLine)
    }

    /// Drops bytes up to and with the next LF (or to the end of the input), reading with ``fill(limit:)``.
    func skipPastLineEnd(limit: Int = Int.max) throws(InputError.Reason) {
        while true {
            if start < end, let found = memchr(buffer + start, 0x0A, end - start) {
                start = buffer.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                return
            }
            start = end
            if atEOF { return }
            try fill(limit: limit)
        }
    }

    private func take(upTo lineEnd: Int, skipping: Int) -> UnsafeBufferPointer<UInt8> {
        lineNumber += 1
        lineOffset = consumed + start
        let line = UnsafeBufferPointer(start: buffer + start, count: lineEnd - start)
        start = lineEnd + skipping
        return line
    }

    /// Moves unconsumed bytes to the front, grows the buffer when a line fills it (doubling it, but to no more
    /// than `limit` bytes when that is larger than the buffer), and reads more.
    func fill(limit: Int = Int.max) throws(InputError.Reason) {
        if start > 0 {
            let remaining = end - start
            if remaining > 0 { memmove(buffer, buffer + start, remaining) }
            consumed += start
            end = remaining
            start = 0
        }
        if end == capacity {
            let larger = limit > capacity ? min(capacity * 2, limit) : capacity * 2
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity = larger
        }
        while true {
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw .readFailed(FileIO.message(errno)) }
            if n == 0 { atEOF = true } else { end += n }
            return
        }
    }
}
