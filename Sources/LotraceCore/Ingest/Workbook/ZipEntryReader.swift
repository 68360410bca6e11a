internal import CZlibInflate
import LotraceXML

/// One entry of a workbook's ZIP archive, inflated in the chunks its reader pulls (the source
/// libxml2 reads a part from): never extracted to disk nor inflated whole. Input is bounded by
/// the entry's compressed size and output by its declared size, and the CRC-32 is checked at the
/// end, so a truncated, corrupt or lying entry is a `failure`, never a hang.
final class ZipEntryReader: XMLByteSource {
    /// Why reading stopped early, when it did.
    private(set) var failure: String?
    /// Keeps the archive's bytes alive while they are read.
    private let archive: WorkbookArchive
    private let input: UnsafeBufferPointer<UInt8>
    private let deflated: Bool
    private let declaredSize: UInt64
    private let declaredCRC: UInt32
    /// zlib keeps a pointer back to its stream: it must not move.
    private let stream: UnsafeMutablePointer<z_stream>
    private var consumed = 0
    private var produced: UInt64 = 0
    private var crc: UInt = 0
    private var ended = false

    init(archive: WorkbookArchive, data: UnsafeBufferPointer<UInt8>, deflated: Bool, size: UInt64, crc: UInt32) {
        self.archive = archive
        self.input = data
        self.deflated = deflated
        self.declaredSize = size
        self.declaredCRC = crc
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        if deflated, czlib_inflate_init_raw(stream) != Z_OK { failure = "zlib cannot start inflating it" }
    }

    deinit {
        if deflated { inflateEnd(stream) }
        stream.deallocate()
    }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard failure == nil else { return nil }
        guard !ended, let target = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let count = deflated ? inflate(into: target, capacity: min(buffer.count, Int(UInt32.max))) : copy(into: buffer)
        guard let count, failure == nil else { return nil }
        return count
    }

    /// Reads what is left (a part's reader may stop before the end of the document), so the
    /// size and CRC-32 are checked; nil when they are right.
    func finish() -> String? {
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { scratch.deallocate() }
        while let count = read(into: scratch), count > 0 {}
        return failure
    }

    private func copy(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let count = min(buffer.count, input.count - consumed)
        guard count > 0 else { return finishEntry() ? 0 : nil }
        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<count]).initialize(
            from: UnsafeBufferPointer(rebasing: input[consumed..<(consumed + count)]))
        consumed += count
        return account(buffer.baseAddress!, count) ? count : nil
    }

    private func inflate(into target: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        stream.pointee.next_out = target
        stream.pointee.avail_out = UInt32(capacity)
        while true {
            if stream.pointee.avail_in == 0, consumed < input.count {
                let count = min(input.count - consumed, 1 << 30)
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumed)
                stream.pointee.avail_in = UInt32(count)
                consumed += count
            }
            let result = CZlibInflate.inflate(stream, Z_NO_FLUSH)
            let count = capacity - Int(stream.pointee.avail_out)
            switch result {
            case Z_STREAM_END:
                guard account(target, count) else { return nil }
                return finishEntry() ? count : nil
            case Z_OK, Z_BUF_ERROR:
                if count > 0 { return account(target, count) ? count : nil }
                if stream.pointee.avail_in == 0, consumed == input.count {
                    return fail("its compressed data ends before its deflate stream does (truncated)")
                }
                if result == Z_BUF_ERROR { return fail("its deflate stream cannot go on") }
            default:
                let reason = stream.pointee.msg.map { String(cString: $0) } ?? "error \(result)"
                return fail("its deflate stream is corrupt (\(reason))")
            }
        }
    }

    /// Adds freshly read bytes to the size and the CRC-32.
    private func account(_ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Bool {
        produced += UInt64(count)
        guard produced <= declaredSize else {
            failure = "it inflates to more than the \(declaredSize) bytes its directory entry declares"
            return false
        }
        crc = crc32(crc, bytes, UInt32(count))
        return true
    }

    /// Checks the whole entry once its end is reached.
    private func finishEntry() -> Bool {
        ended = true
        guard produced == declaredSize else {
            failure = "it inflates to \(produced) bytes, not the \(declaredSize) its directory entry declares"
            return false
        }
        guard UInt32(truncatingIfNeeded: crc) == declaredCRC else {
            failure = "its CRC-32 does not match (the archive is corrupt)"
            return false
        }
        return true
    }

    private func fail(_ message: String) -> Int? {
        failure = message
        return nil
    }
}
