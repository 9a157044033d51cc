import CLibdeflate

/// The CSV inside the ECB's `eurofxref-hist.zip`, read in place: the central directory names the member,
/// libdeflate inflates it straight into one buffer of its stated size, and its CRC-32 is checked.
///
/// What a ZIP of one CSV may hold is read: stored or deflated members, a data descriptor (sizes are taken from
/// the central directory), any comment. What the ECB never publishes is refused with a clear reason: ZIP64,
/// encryption, archives split over disks, other compression methods.
enum RatesArchive {
    /// The largest member inflated: far above the ECB's 2 MB, far below what would exhaust memory.
    static let maximumSize = 1 << 28

    /// The bytes of the archive's `eurofxref-hist.csv`, or of its only `.csv` member.
    static func csv(in zip: [UInt8]) throws(RatesFileError) -> [UInt8] {
        let result: Result<[UInt8], RatesFileError> = zip.withUnsafeBufferPointer { bytes in
            do throws(RatesFileError) {
                let reader = ZipBytes(bytes: bytes)
                let member = try reader.csvMember()
                return .success(try reader.contents(of: member))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// A member of the central directory, as far as reading it needs.
private struct ZipMember {
    var name: String
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
}

/// Little-endian fields of a ZIP archive, every read checked against its end.
private struct ZipBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    static let endOfDirectory: UInt32 = 0x0605_4B50
    static let directoryEntry: UInt32 = 0x0201_4B50
    static let localHeader: UInt32 = 0x0403_4B50

    func unreadable(_ why: String) -> RatesFileError {
        RatesFileError(line: 0, column: 0, reason: .unreadableArchive(why))
    }

    func u16(_ at: Int) throws(RatesFileError) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { throw unreadable("it ends inside a header") }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) throws(RatesFileError) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { throw unreadable("it ends inside a header") }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    /// The members named `*.csv`; the one called `eurofxref-hist.csv`, else the only one.
    func csvMember() throws(RatesFileError) -> ZipMember {
        let members = try directory().filter { !$0.name.hasSuffix("/") && $0.name.lowercased().hasSuffix(".csv") }
        guard let member = members.first(where: { $0.name.hasSuffix("eurofxref-hist.csv") })
                ?? (members.count == 1 ? members.first : nil) else {
            throw RatesFileError(line: 0, column: 0, reason: .noCSVInArchive)
        }
        return member
    }

    /// The central directory, found from the end-of-directory record (searched back over any comment).
    func directory() throws(RatesFileError) -> [ZipMember] {
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, try u32(end) != Self.endOfDirectory { end -= 1 }
        guard end >= lowest else { throw unreadable("no end of central directory: the file is cut or not a ZIP") }
        guard try u16(end + 4) == 0, try u16(end + 6) == 0 else { throw unreadable("archives split over disks are not read") }
        let count = Int(try u16(end + 10))
        let offset = try u32(end + 16)
        guard count != 0xFFFF, offset != 0xFFFF_FFFF else { throw unreadable("ZIP64 archives are not read") }
        var members: [ZipMember] = []
        var at = Int(offset)
        for _ in 0..<count {
            guard try u32(at) == Self.directoryEntry else { throw unreadable("a damaged central directory") }
            let nameLength = Int(try u16(at + 28))
            let skip = Int(try u16(at + 30)) + Int(try u16(at + 32))
            guard at + 46 + nameLength <= bytes.count else { throw unreadable("it ends inside a header") }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
            let compressed = try u32(at + 20)
            let size = try u32(at + 24)
            let local = try u32(at + 42)
            guard compressed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
                throw unreadable("ZIP64 archives are not read")
            }
            members.append(ZipMember(
                name: name, flags: try u16(at + 8), method: try u16(at + 10), crc: try u32(at + 16),
                compressedSize: Int(compressed), size: Int(size), localHeader: Int(local)))
            at += 46 + nameLength + skip
        }
        return members
    }

    /// The member's bytes: stored or inflated, checked against its size and CRC-32.
    func contents(of member: ZipMember) throws(RatesFileError) -> [UInt8] {
        guard member.flags & 1 == 0 else { throw unreadable("\(member.name) is encrypted") }
        guard member.size <= RatesArchive.maximumSize else {
            throw unreadable("\(member.name) would be \(member.size) bytes, more than a rates file can be")
        }
        let at = member.localHeader
        guard try u32(at) == Self.localHeader else { throw unreadable("a damaged local header for \(member.name)") }
        let start = at + 30 + Int(try u16(at + 26)) + Int(try u16(at + 28))
        guard start + member.compressedSize <= bytes.count else { throw unreadable("it ends inside \(member.name)") }
        let data = UnsafeBufferPointer(rebasing: bytes[start..<(start + member.compressedSize)])
        let contents: [UInt8]
        switch member.method {
        case 0:
            guard member.compressedSize == member.size else { throw unreadable("a damaged header for \(member.name)") }
            contents = Array(data)
        case 8:
            contents = try inflate(data, size: member.size, name: member.name)
        default:
            throw unreadable("\(member.name) uses compression method \(member.method); only deflate is read")
        }
        let crc = contents.withUnsafeBufferPointer { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        guard crc == member.crc else {
            throw unreadable("the CRC-32 of \(member.name) does not match the archive's: the file is damaged")
        }
        return contents
    }

    /// Raw deflate data inflated into exactly `size` bytes (libdeflate refuses a stream that gives more or fewer).
    private func inflate(_ data: UnsafeBufferPointer<UInt8>, size: Int, name: String) throws(RatesFileError) -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw unreadable("libdeflate could not start") }
        defer { libdeflate_free_decompressor(decompressor) }
        var result = LIBDEFLATE_BAD_DATA
        let out = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
            result = libdeflate_deflate_decompress(decompressor, data.baseAddress, data.count, buffer.baseAddress, size, nil)
            count = result == LIBDEFLATE_SUCCESS ? size : 0
        }
        guard result == LIBDEFLATE_SUCCESS else {
            throw unreadable("\(name) does not inflate to its stated \(size) bytes: the file is damaged")
        }
        return out
    }
}
