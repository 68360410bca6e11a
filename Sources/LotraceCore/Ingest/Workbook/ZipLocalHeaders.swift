/// Where each entry's compressed data starts, read from the archive's central directory and the
/// entries' local headers. ZIPFoundation lists the entries (paths, sizes, CRC-32, compression)
/// but keeps these offsets internal, and its Linux inflater only pushes whole entries (and loops
/// forever on a deflate stream that does not end before the archive does), so `ZipEntryReader`
/// inflates from here itself. Every read is bounds-checked: a record that does not parse ends
/// the walk, and its entry is then simply not found.
struct ZipLocalHeaders {
    private var headerOffsets: [String: Int] = [:]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let reader = LittleEndianBytes(bytes)
        guard let (count, start) = Self.centralDirectory(reader) else { return }
        var position = start
        for _ in 0..<min(count, bytes.count / 46) {
            guard reader.uint32(at: position) == 0x0201_4B50,
                let nameLength = reader.uint16(at: position + 28), let extraLength = reader.uint16(at: position + 30),
                let commentLength = reader.uint16(at: position + 32), let offset32 = reader.uint32(at: position + 42),
                let name = reader.slice(at: position + 46, count: nameLength)
            else { return }
            var offset = UInt64(offset32)
            if offset32 == 0xFFFF_FFFF {
                let extra = position + 46 + nameLength
                guard let zip64 = Self.zip64Offset(reader, record: position, extra: extra, length: extraLength) else { return }
                offset = zip64
            }
            let path = String(decoding: name, as: UTF8.self)
            if headerOffsets[path] == nil, offset < UInt64(bytes.count) { headerOffsets[path] = Int(offset) }
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The offset of `path`'s compressed data, which must hold `compressedSize` bytes; nil when
    /// the entry or its local header is not where the directory says.
    func dataRange(of path: String, compressedSize: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let reader = LittleEndianBytes(bytes)
        guard let header = headerOffsets[path], reader.uint32(at: header) == 0x0403_4B50,
            let nameLength = reader.uint16(at: header + 26), let extraLength = reader.uint16(at: header + 28)
        else { return nil }
        let start = header + 30 + nameLength + extraLength
        guard compressedSize <= UInt64(bytes.count), start <= bytes.count - Int(compressedSize) else { return nil }
        return start..<(start + Int(compressedSize))
    }

    /// The number of directory records and where the first starts (ZIP64 when the classic end
    /// record says so).
    private static func centralDirectory(_ reader: LittleEndianBytes) -> (count: Int, start: Int)? {
        let count = reader.count
        guard count >= 22 else { return nil }
        var end = count - 22
        let lowest = max(0, end - 0xFFFF)
        while end >= lowest, reader.uint32(at: end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, let records = reader.uint16(at: end + 10), let start = reader.uint32(at: end + 16) else {
            return nil
        }
        guard records == 0xFFFF || start == 0xFFFF_FFFF else { return (records, Int(start)) }
        guard reader.uint32(at: end - 20) == 0x0706_4B50, let record = reader.uint64(at: end - 12),
            record < UInt64(count), reader.uint32(at: Int(record)) == 0x0606_4B50,
            let records64 = reader.uint64(at: Int(record) + 32), let start64 = reader.uint64(at: Int(record) + 48),
            records64 < UInt64(count), start64 < UInt64(count)
        else { return nil }
        return (Int(records64), Int(start64))
    }

    /// The local header offset from a record's ZIP64 extra field (after the sizes it also holds
    /// when they overflowed).
    private static func zip64Offset(_ reader: LittleEndianBytes, record: Int, extra: Int, length: Int) -> UInt64? {
        var field = extra
        while field + 4 <= extra + length {
            guard let id = reader.uint16(at: field), let size = reader.uint16(at: field + 2) else { return nil }
            if id == 1 {
                var value = field + 4
                if reader.uint32(at: record + 24) == 0xFFFF_FFFF { value += 8 }
                if reader.uint32(at: record + 20) == 0xFFFF_FFFF { value += 8 }
                guard value + 8 <= field + 4 + size, let offset = reader.uint64(at: value) else { return nil }
                return offset
            }
            field += 4 + size
        }
        return nil
    }
}

/// Bounds-checked little-endian reads from a byte buffer (nil past its end).
private struct LittleEndianBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var count: Int { bytes.count }

    func uint16(at offset: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }

    func uint64(at offset: Int) -> UInt64? {
        guard offset >= 0, offset <= bytes.count - 8 else { return nil }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    func slice(at offset: Int, count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }
}
