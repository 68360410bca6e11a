import Foundation
import LotraceCore
import Synchronization

/// Writes the files of one run into an `AtomicFolder`'s staging folder. Safe to use from several
/// threads.
///
/// Each file has a digest of its inputs (`ContentDigest`). A file whose digest equals the one
/// the previous content's manifest (`SiteManifest`) gives is hard-linked from it and not produced
/// at all; a produced file whose bytes equal the previous one's is hard-linked too. Unchanged
/// files so keep their bytes and their modification time (cheap nightly rsync). Paths are
/// folder-relative and made of safe names; anything that could leave the folder (`..`, an
/// absolute path, an empty component) is refused.
public final class FolderWriter: Sendable {
    /// The staging folder files are written into.
    public let folder: String
    /// The content being replaced, compared against for unchanged files; nil for a first run.
    public let previous: String?
    /// The previous content's manifest's header (its inputs and as-of moment), read at once.
    private let previousHeader: SiteManifest
    /// The previous content's whole manifest, read on a thread of its own from the start: at a
    /// million move lines it is 880,000 lines, read while the site's context is made.
    private let manifestReading: BackgroundWork<SiteManifest>?
    private var previousManifest: SiteManifest { manifestReading?.wait() ?? SiteManifest() }
    private let state = Mutex(State())

    private struct State {
        var entries: [String: SiteManifest.Entry] = [:]
        var inputs: ContentDigest?
        var asOf: Int64?
        var folders: Set<String> = []
        var bytes = 0
        var produced: [String] = []
        var unchanged = 0
        /// Files written that the previous manifest lists.
        var listedBefore = 0
    }

    /// Output into `folder` (which exists), keeping unchanged files of `previous`.
    public init(folder: String, previous: String?) {
        self.folder = folder
        self.previous = previous
        previousHeader = previous.map { SiteManifest.header(folder: $0) } ?? SiteManifest()
        manifestReading = previous.map { previous in BackgroundWork { SiteManifest(folder: previous) } }
    }

    /// Writes `text` as UTF-8 at the folder-relative `path` ("lots/x.html"); `momentKey` is what
    /// it depends on of the as-of moment (`reuse(_:momentKey:)`).
    public func write(_ text: String, to path: String, momentKey: String = "") throws {
        let bytes = Array(text.utf8)
        try write(path, digest: ContentDigest.of(bytes), momentKey: momentKey) { bytes }
    }

    /// Writes `data` at the folder-relative `path`.
    public func write(_ data: Data, to path: String) throws {
        try write([UInt8](data), to: path)
    }

    /// Writes `bytes` at the folder-relative `path`; their digest is their own.
    public func write(_ bytes: [UInt8], to path: String) throws {
        try write(path, digest: ContentDigest.of(bytes)) { bytes }
    }

    /// Writes the file at `path` whose inputs have `digest`: reused from the previous content
    /// when its digest was the same, else made by `produce`.
    /// - Throws: `OutputError` naming the file, or what `produce` throws.
    public func write(_ path: String, digest: ContentDigest, momentKey: String = "", produce: () throws -> [UInt8]) throws {
        _ = try write(path, digest: digest, momentKey: momentKey) { RenderedDocument(bytes: try produce()) }
    }

    /// Declares the digest of what the whole run is made from (Lotrace, data, templates) and its
    /// as-of moment (kept in the manifest); with the previous run's inputs the same,
    /// `reuse(_:momentKey:)` can keep files without making them.
    public func declare(_ inputs: ContentDigest, asOf: Int64) {
        state.withLock {
            $0.inputs = inputs
            $0.asOf = asOf
        }
    }

    /// True when the previous content was made from the same inputs as of the same moment and
    /// every file its manifest lists is still there with its size: this run would write exactly
    /// the same files, so the previous content can stay as it is.
    public var previousIsCurrent: Bool {
        guard let previous, hasSameInputs, previousHeader.asOf == state.withLock({ $0.asOf }) else { return false }
        return previousManifest.entries.allSatisfy { path, entry in
            var status = stat()
            return stat(previous + "/" + path, &status) == 0 && Int(status.st_size) == entry.size
        }
    }

    /// The previous content's files and their total size, for a run that kept it whole.
    public var previousFiles: (count: Int, bytes: Int) {
        (previousManifest.entries.count, previousManifest.entries.values.reduce(0) { $0 + $1.size })
    }

    /// True when the run declared the same inputs as the previous content's.
    public var hasSameInputs: Bool {
        guard let previous = previousHeader.inputs else { return false }
        return state.withLock { $0.inputs } == previous
    }

    /// Keeps the previous file at `path` when the run has the same inputs as the previous one and
    /// the file's `momentKey` (what it depends on of the as-of moment; "" for nothing) is the
    /// same; returns its notes then, nil when it must be made. The inputs say nothing of the
    /// moment: a file that depends on it must say how in its key.
    public func reuse(_ path: String, momentKey: String) throws(OutputError) -> [String]? {
        guard hasSameInputs, let old = previousManifest.entries[path], old.moment == ContentDigest.of(Array(momentKey.utf8))
        else { return nil }
        try keep(path, old)
        return old.notes
    }

    /// Keeps every previous file under the folder `prefix` ("recalls/") when the run has the
    /// same inputs and each of them was made with `momentKey`; returns how many, nil when they
    /// must be made.
    public func reuseAll(under prefix: String, momentKey: String) throws(OutputError) -> Int? {
        guard hasSameInputs else { return nil }
        let moment = ContentDigest.of(Array(momentKey.utf8))
        let kept = previousManifest.entries.filter { $0.key.hasPrefix(prefix) }
        guard kept.values.allSatisfy({ $0.moment == moment }) else { return nil }
        for (path, entry) in kept { try keep(path, entry) }
        return kept.count
    }

    /// Hard-links the previous file at `path` into the folder and records `entry` for it.
    private func keep(_ path: String, _ entry: SiteManifest.Entry) throws(OutputError) {
        guard let previous else { return }
        try makeParent(of: path)
        guard link(previous + "/" + path, folder + "/" + path) == 0 else {
            throw OutputError("cannot link \(previous)/\(path) to \(folder)/\(path): \(String(cString: strerror(errno)))")
        }
        record(path, entry, produced: false, unchanged: true, listedBefore: true)
    }

    /// Writes the document at `path` whose inputs have `digest`, reused with its notes when its
    /// digest did not change, else made by `produce`; returns its notes. `momentKey` is what the
    /// file depends on of the as-of moment beyond the site's inputs (`reuse(_:momentKey:)`).
    /// - Throws: `OutputError` naming the file, or what `produce` throws.
    public func write(
        _ path: String, digest: ContentDigest, momentKey: String = "", produce: () throws -> RenderedDocument
    ) throws -> [String] {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw OutputError("refusing to write outside the site: \"\(path)\"")
        }
        let target = folder + "/" + path
        try makeParent(of: path)
        let moment = ContentDigest.of(Array(momentKey.utf8))
        let listed = previousManifest.entries[path]
        if let previous, let old = listed, old.digest == digest, link(previous + "/" + path, target) == 0 {
            record(
                path, SiteManifest.Entry(digest: digest, moment: moment, size: old.size, notes: old.notes), produced: false,
                unchanged: true, listedBefore: true)
            return old.notes
        }
        let document = try produce()
        let entry = SiteManifest.Entry(digest: digest, moment: moment, size: document.bytes.count, notes: document.notes)
        if let previous, let old = FileManager.default.contents(atPath: previous + "/" + path), old.elementsEqual(document.bytes),
            link(previous + "/" + path, target) == 0
        {
            record(path, entry, produced: true, unchanged: true, listedBefore: listed != nil)
            return document.notes
        }
        guard Self.create(target, with: document.bytes) else {
            throw FileSystem.failure("write", target)
        }
        record(path, entry, produced: true, unchanged: false, listedBefore: listed != nil)
        return document.notes
    }

    /// Writes the manifest of what was written into the folder.
    func writeManifest() throws(OutputError) {
        let manifest = state.withLock { SiteManifest(entries: $0.entries, inputs: $0.inputs, asOf: $0.asOf) }
        try Self.place(manifest.bytes, named: SiteManifest.name, in: folder, previous: previous)
    }

    /// Writes the bookkeeping file `name` (not a page) into `folder`, hard-linked from
    /// `previous` when its bytes did not change there (so an unchanged site changes no file).
    static func place(_ bytes: [UInt8], named name: String, in folder: String, previous: String?) throws(OutputError) {
        if let previous, let old = FileManager.default.contents(atPath: previous + "/" + name), old.elementsEqual(bytes),
            link(previous + "/" + name, folder + "/" + name) == 0
        {
            return
        }
        guard create(folder + "/" + name, with: bytes) else {
            throw FileSystem.failure("write", folder + "/" + name)
        }
    }

    /// Creates the new file `path` holding `data` with plain POSIX calls: the staging folder is
    /// swapped in as a whole, so a temporary file and a sync per file (FileManager's atomic
    /// write) would only cost time. False, with `errno` set, on failure.
    private static func create(_ path: String, with bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = FileSystem.writeAll(bytes, to: descriptor)
        let saved = errno
        guard close(descriptor) == 0, written else {
            if !written { errno = saved }
            return false
        }
        return true
    }

    /// How many files were written so far.
    public var count: Int { state.withLock { $0.entries.count } }
    /// The top-level names (files and folders) of the files written so far.
    public var topLevelNames: Set<String> {
        state.withLock { state in
            var names = Set(state.folders.map { folder in folder.firstIndex(of: "/").map { String(folder[..<$0]) } ?? folder })
            for path in state.entries.keys where !path.utf8.contains(UInt8(ascii: "/")) { names.insert(path) }
            return names
        }
    }

    /// Total bytes written (or kept).
    public var bytes: Int { state.withLock { $0.bytes } }
    /// The files made by their producer (rendered), sorted; the others were reused by digest.
    public var produced: [String] { state.withLock { $0.produced.sorted() } }
    /// Files reused from the previous content because their digest did not change.
    public var reused: Int { state.withLock { $0.entries.count - $0.produced.count } }
    /// Files kept from the previous content (same digest, or same bytes): their modification
    /// time did not change.
    public var unchanged: Int { state.withLock { $0.unchanged } }
    /// Files of the previous content that this run did not write.
    public var removed: Int { previousManifest.entries.count - state.withLock { $0.listedBefore } }

    private func record(_ path: String, _ entry: SiteManifest.Entry, produced: Bool, unchanged: Bool, listedBefore: Bool) {
        state.withLock { state in
            let isNew = state.entries.updateValue(entry, forKey: path) == nil
            state.bytes += entry.size
            if produced { state.produced.append(path) }
            if unchanged { state.unchanged += 1 }
            if listedBefore && isNew { state.listedBefore += 1 }
        }
    }

    private func makeParent(of path: String) throws(OutputError) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let parent = String(path[..<slash])
        if state.withLock({ $0.folders.contains(parent) }) { return }
        try FileSystem.makeFolders(folder + "/" + parent)
        state.withLock { _ = $0.folders.insert(parent) }
    }
}
