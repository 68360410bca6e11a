import Foundation
import Synchronization

/// Writes the files of one run into an `AtomicFolder`'s staging folder. Safe to use from several
/// threads.
///
/// A file whose bytes equal those of the same path in the current content is hard-linked from it
/// instead of written, so unchanged files keep their bytes and their modification time after
/// the swap (cheap nightly rsync). Paths are site-relative and made of safe names; anything
/// that could leave the folder (`..`, an absolute path, an empty component) is refused.
public final class FolderWriter: Sendable {
    /// The staging folder files are written into.
    public let folder: String
    /// The site being replaced, compared against for unchanged files; nil for a first build.
    public let previous: String?
    private let state = Mutex(State())

    private struct State {
        var paths: [String] = []
        var folders: Set<String> = []
        var bytes = 0
        var unchanged = 0
    }

    /// Output into `folder` (which exists), keeping unchanged files of `previous`.
    public init(folder: String, previous: String?) {
        self.folder = folder
        self.previous = previous
    }

    /// Writes `text` as UTF-8 at the site-relative `path` ("lots/x.html").
    public func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `bytes` at the site-relative `path`.
    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try write(Data(bytes), to: path)
    }

    /// Writes `data` at the site-relative `path`.
    public func write(_ data: Data, to path: String) throws(OutputError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw OutputError("refusing to write outside the site: \"\(path)\"")
        }
        let target = folder + "/" + path
        try makeParent(of: components)
        if let previous, FileManager.default.contents(atPath: previous + "/" + path) == data,
            link(previous + "/" + path, target) == 0
        {
            record(path, bytes: data.count, unchanged: true)
            return
        }
        guard Self.create(target, with: data) else {
            throw OutputError("cannot write \(target): \(String(cString: strerror(errno)))")
        }
        record(path, bytes: data.count, unchanged: false)
    }

    /// Creates the new file `path` holding `data` with plain POSIX calls: the staging folder is
    /// swapped in as a whole, so a temporary file and a sync per file (FileManager's atomic
    /// write) would only cost time. False, with `errno` set, on failure.
    private static func create(_ path: String, with data: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let saved = errno
        guard close(descriptor) == 0, written else {
            if !written { errno = saved }
            return false
        }
        return true
    }

    /// Every path written so far, sorted.
    public var paths: [String] { state.withLock { $0.paths.sorted() } }
    /// Total bytes written (or kept).
    public var bytes: Int { state.withLock { $0.bytes } }
    /// Files kept from the previous site because their bytes did not change.
    public var unchanged: Int { state.withLock { $0.unchanged } }

    private func record(_ path: String, bytes: Int, unchanged: Bool) {
        state.withLock { state in
            state.paths.append(path)
            state.bytes += bytes
            if unchanged { state.unchanged += 1 }
        }
    }

    private func makeParent(of components: [Substring]) throws(OutputError) {
        guard components.count > 1 else { return }
        let parent = components.dropLast().joined(separator: "/")
        if state.withLock({ $0.folders.contains(parent) }) { return }
        do {
            try FileManager.default.createDirectory(atPath: folder + "/" + parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create \(folder)/\(parent): \(error.localizedDescription)")
        }
        state.withLock { _ = $0.folders.insert(parent) }
    }
}
