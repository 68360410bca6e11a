import Foundation
import ZIPFoundation

/// An .xlsx file's ZIP container: opened and listed with ZIPFoundation, every entry checked
/// against zip bombs on opening, and each part then read in pulled chunks by a `ZipEntryReader`.
final class WorkbookArchive {
    /// The largest part Lotrace inflates (4 GiB).
    static let largestPart: UInt64 = 4 << 30
    /// The largest ratio of a part's size to its compressed size; parts up to `ratioFloor`
    /// bytes are not held to it (a small part cannot hurt, whatever it compresses to).
    static let largestRatio: UInt64 = 100
    static let ratioFloor: UInt64 = 1 << 20

    /// The archive's bytes, owned for the archive's lifetime (its readers point into them).
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Entries by path (the first of a repeated path), in the order the directory lists them.
    private let entries: [String: Entry]
    let paths: [String]
    private let headers: ZipLocalHeaders

    /// Opens `content`, read from the file at `path` (nil: bytes that are no file, such as a
    /// test's); throws when it is no readable ZIP archive or holds a zip bomb.
    ///
    /// ZIPFoundation lists the entries from a file, never from memory: its in-memory backing
    /// traps on a directory offset past the end of the data (a corrupt archive would crash the
    /// run), while a file read past its end merely comes up short. Bytes that are no file are
    /// written to a temporary file for as long as the listing takes.
    init(_ content: [UInt8], path: String?) throws(WorkbookError) {
        let (entries, paths) = try Self.list(content, path: path)
        bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(content.count, 1))
        _ = bytes.initialize(from: content)
        self.entries = entries
        self.paths = paths
        headers = ZipLocalHeaders(UnsafeBufferPointer(bytes))
    }

    private static func list(_ content: [UInt8], path: String?) throws(WorkbookError) -> ([String: Entry], [String]) {
        guard let path else {
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("lotrace-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: temporary) }
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(content)) else {
                throw .malformed("the workbook cannot be opened (no temporary file could be written)")
            }
            return try list(content, path: temporary.path)
        }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            throw .malformed("the ZIP archive is truncated or corrupt: its central directory cannot be read")
        }
        var entries: [String: Entry] = [:]
        var paths: [String] = []
        for entry in archive where entries[entry.path] == nil {
            if let bomb = bombMessage(entry) {
                throw .malformed("the ZIP entry \(entry.path) \(bomb): refused as a zip bomb")
            }
            entries[entry.path] = entry
            paths.append(entry.path)
        }
        return (entries, paths)
    }

    deinit { bytes.deallocate() }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The declared uncompressed size of the part at `path` (0 when there is none).
    func size(of path: String) -> Int { entries[path].map { Int($0.uncompressedSize) } ?? 0 }

    /// A reader of the part at `path`; throws when the archive has no such file entry or its
    /// data is not where its headers say.
    func reader(_ path: String) throws(WorkbookError) -> ZipEntryReader {
        guard let entry = entries[path], entry.type == .file else {
            throw .malformed("the workbook has no part \(path)")
        }
        guard let range = headers.dataRange(of: path, compressedSize: entry.compressedSize, in: UnsafeBufferPointer(bytes))
        else {
            throw .malformed("the ZIP entry \(path) is truncated or corrupt: its data is not where its headers say")
        }
        return ZipEntryReader(
            archive: self, data: UnsafeBufferPointer(rebasing: bytes[range]), deflated: entry.isCompressed,
            size: entry.uncompressedSize, crc: entry.checksum)
    }

    /// Why `entry` is a zip bomb, or nil.
    private static func bombMessage(_ entry: Entry) -> String? {
        let size = entry.uncompressedSize
        if size > largestPart { return "would inflate to \(size) bytes (more than 4 GiB)" }
        let compressed = max(entry.compressedSize, 1)
        if size > ratioFloor, size / compressed > largestRatio {
            return "would inflate to \(size / compressed) times its compressed size (\(size) bytes from \(entry.compressedSize))"
        }
        return nil
    }
}
