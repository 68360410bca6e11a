import Foundation

/// A file Lotrace replaces as a whole (`-o FILE` of `slip` and `export`): the bytes are written
/// to a temporary file beside it (`.<name>.lotrace-XXXXXX`), which is renamed over it only when
/// all are written. A failed or killed run leaves the previous file as it was; a failed one
/// removes its temporary file.
public enum AtomicFile {
    /// Writes `bytes` as the file `path`.
    /// - Throws: `OutputError` naming the file and the cause ("No space left on device").
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".lotrace-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileSystem.failure("write", path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard FileSystem.writeAll(bytes, to: descriptor), fchmod(descriptor, 0o644) == 0 else {
            let error = FileSystem.failure("write", path)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = FileSystem.failure("write", path)
            unlink(temporary)
            throw error
        }
        guard Foundation.rename(temporary, url.path) == 0 else {
            let error = FileSystem.failure("write", path)
            unlink(temporary)
            throw error
        }
    }
}
