import Foundation

/// A folder Lotrace replaces as a whole (the site of `lotrace build`, a recall report's folder),
/// and its two neighbours: the staging folder the new content is written into and the folder
/// the previous content is moved to during the swap. A failed or killed run leaves the previous
/// content as it was.
///
/// A folder Lotrace wrote holds a marker file listing the top-level entries it wrote. Such a
/// folder, or one that is missing, empty or holds only hidden files (`.gitkeep`), may be
/// replaced; any other folder is refused. Entries the marker does not list (added by someone
/// else, such as the browser check's PDFs) are carried over into the new content.
struct AtomicFolder {
    /// The marker's file name.
    static let markerName = ".lotrace-site"

    let path: String
    let staging: String
    let retired: String

    init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        self.path = url.path
        let parent = url.deletingLastPathComponent().path
        staging = parent + "/." + url.lastPathComponent + ".lotrace-staging"
        retired = parent + "/." + url.lastPathComponent + ".lotrace-old"
    }

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

    /// Removes what a killed run left behind and creates an empty staging folder.
    func prepareStaging() throws(OutputError) {
        remove(staging)
        remove(retired)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create \(staging): \(error.localizedDescription)")
        }
    }

    /// Writes the marker, carries over foreign entries of the old site and swaps the staging
    /// folder in; the old site is deleted last.
    func swap(written: [String]) throws(OutputError) {
        let topLevel = Set(written.map { String($0.split(separator: "/")[0]) })
        let marker = "Written by lotrace build; the whole folder is replaced by the next build.\n"
            + topLevel.sorted().map { $0 + "\n" }.joined()
        try FolderWriter.place(Array(marker.utf8), named: Self.markerName, in: staging, previous: exists ? path : nil)
        guard exists else { return try rename(staging, path) }
        let listed = Set(Self.listed(in: path)).union([Self.markerName, SiteManifest.name])
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        where !listed.contains(entry) && !topLevel.contains(entry) {
            try rename(path + "/" + entry, staging + "/" + entry)
        }
        try rename(path, retired)
        try rename(staging, path)
        remove(retired)
    }

    /// Deletes the staging folder after a failed build.
    func discardStaging() { remove(staging) }

    /// The top-level entries the marker of the site at `folder` lists.
    static func listed(in folder: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + markerName) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)
    }

    private func rename(_ from: String, _ to: String) throws(OutputError) {
        guard Foundation.rename(from, to) == 0 else {
            throw OutputError("cannot rename \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    private func remove(_ folder: String) {
        if FileManager.default.fileExists(atPath: folder) { try? FileManager.default.removeItem(atPath: folder) }
    }
}
