import CFolderExchange
import Foundation

/// A folder Lotrace replaces as a whole (the site of `lotrace build`, a recall report's folder),
/// and its neighbours: the staging folder the new content is written into, the lock file
/// (`OutputLock`) and the folder the previous content is moved to where paths cannot be
/// exchanged. A failed or killed run leaves the previous content as it was: the new content is
/// swapped in with one `renameat2(RENAME_EXCHANGE)`, so the folder holds the old content or the
/// new one, whole, at every instant (docs/faults.md).
///
/// A folder Lotrace wrote holds a marker file listing the top-level entries it wrote. Such a
/// folder, or one that is missing, empty or holds only hidden files (`.gitkeep`), may be
/// replaced; any other folder is refused. Entries the marker does not list (added by someone
/// else, such as the browser check's PDFs) are carried over into the new content as hard links.
struct AtomicFolder {
    /// The marker's file name.
    static let markerName = ".lotrace-site"

    let path: String
    let staging: String
    let retired: String
    let lock: String

    init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        self.path = url.path
        let parent = url.deletingLastPathComponent().path
        staging = parent + "/." + url.lastPathComponent + ".lotrace-staging"
        retired = parent + "/." + url.lastPathComponent + ".lotrace-old"
        lock = parent + "/." + url.lastPathComponent + ".lotrace-lock"
    }

    /// The folder the output folder lies in.
    var parent: String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// True when a site already exists there (its files are compared for unchanged bytes).
    var exists: Bool { FileManager.default.isFolder(atPath: path) }

    /// Checks that the folder may be replaced.
    func checkReplaceable() throws(OutputError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return }
        guard manager.isFolder(atPath: path) else { throw OutputError("\(path) is a file, not a folder; choose another --out") }
        if manager.fileExists(atPath: path + "/" + Self.markerName) { return }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        guard entries.allSatisfy({ $0.hasPrefix(".") }) else {
            throw OutputError(
                "\(path) was not created by lotrace build (no \(Self.markerName) marker) and is not empty; "
                    + "refusing to replace it: remove it or choose another --out")
        }
    }

    /// Removes what a killed run left behind, under the lock (no other run is writing): its
    /// staging folder, and the previous content moved aside by a swap without exchange, which
    /// is put back when the folder itself is missing. Returns one line per thing done.
    func removeLeftovers() throws(OutputError) -> [String] {
        var done: [String] = []
        if FileSystem.exists(retired) {
            if FileSystem.exists(path) {
                try FileSystem.removeTree(retired)
                done.append("removed \(retired), left by an interrupted run")
            } else {
                try FileSystem.rename(retired, path)
                done.append("restored \(path) from \(retired), left by an interrupted run")
            }
        }
        if FileSystem.exists(staging) {
            try FileSystem.removeTree(staging)
            done.append("removed \(staging), left by an interrupted run")
        }
        return done
    }

    /// Creates the empty staging folder (and the folders above it).
    func prepareStaging() throws(OutputError) {
        try FileSystem.makeFolders(parent)
        try FileSystem.makeFolder(staging)
    }

    /// Writes the marker, carries over foreign entries of the old site and swaps the staging
    /// folder in; the old content, then in the staging folder, is deleted last.
    /// `topLevel`: the top-level names of what was written (the marker lists them).
    func swap(topLevel: Set<String>) throws(OutputError) {
        let marker = "Written by lotrace build; the whole folder is replaced by the next build.\n"
            + topLevel.sorted().map { $0 + "\n" }.joined()
        try FolderWriter.place(Array(marker.utf8), named: Self.markerName, in: staging, previous: exists ? path : nil)
        guard exists else { return try FileSystem.rename(staging, path) }
        let listed = Set(Self.listed(in: path)).union([Self.markerName, SiteManifest.name])
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        where !listed.contains(entry) && !topLevel.contains(entry) {
            try FileSystem.linkTree(path + "/" + entry, staging + "/" + entry)
        }
        if lotrace_exchange_paths(staging, path) == 0 {
            try? FileSystem.removeTree(staging)
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else {
            throw OutputError("cannot swap \(staging) in as \(path): \(FileSystem.cause())")
        }
        try FileSystem.rename(path, retired)
        try FileSystem.rename(staging, path)
        try? FileSystem.removeTree(retired)
    }

    /// Deletes the staging folder after a failed build.
    func discardStaging() { try? FileSystem.removeTree(staging) }

    /// The top-level entries the marker of the site at `folder` lists.
    static func listed(in folder: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + markerName) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)
    }
}
