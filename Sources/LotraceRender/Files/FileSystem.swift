import Foundation

/// The file-system calls output writing makes, as plain POSIX calls whose failures become an
/// `OutputError` naming the path and the cause as the system words it (`strerror`: "No space
/// left on device", "Read-only file system", "Permission denied"...).
enum FileSystem {
    /// The system's words for the current `errno`.
    static func cause() -> String { String(cString: strerror(errno)) }

    /// "cannot VERB PATH: CAUSE", for the current `errno`.
    static func failure(_ verb: String, _ path: String) -> OutputError {
        OutputError("cannot \(verb) \(path): \(cause())")
    }

    /// True when something (even a dangling symbolic link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates the folder `path`, whose parent exists.
    static func makeFolder(_ path: String) throws(OutputError) {
        guard mkdir(path, 0o755) == 0 else { throw failure("create", path) }
    }

    /// Creates the folder `path` and any missing folder above it.
    static func makeFolders(_ path: String) throws(OutputError) {
        if FileManager.default.isFolder(atPath: path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolders(parent) }
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && FileManager.default.isFolder(atPath: path)) else {
            throw failure("create", path)
        }
    }

    static func rename(_ from: String, _ to: String) throws(OutputError) {
        guard Foundation.rename(from, to) == 0 else {
            throw OutputError("cannot rename \(from) to \(to): \(cause())")
        }
    }

    /// Writes all of `bytes` to the open file `descriptor`; false, with `errno` set, when a
    /// write fails.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
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
    }

    /// Deletes `path` and, for a folder, everything in it; nothing when it is missing.
    static func removeTree(_ path: String) throws(OutputError) {
        guard unlink(path) != 0 else { return }
        switch errno {
        case ENOENT: return
        case EISDIR:
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("read", path) }
            try removeContents(ofFolder: descriptor, path)
            guard rmdir(path) == 0 else { throw failure("remove", path) }
        default: throw failure("remove", path)
        }
    }

    /// Deletes everything in the open folder `descriptor` (at `path`, for messages) and closes
    /// it. Names are taken relative to the folder (`unlinkat`), so no path is looked up again
    /// for each of a site's hundreds of thousands of files.
    private static func removeContents(ofFolder descriptor: Int32, _ path: String) throws(OutputError) {
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            throw failure("read", path)
        }
        defer { closedir(folder) }
        // Every name is read before any is removed: readdir's order is unspecified under removal.
        var names: [[CChar]] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0] }
            if name != [46, 0] && name != [46, 46, 0] { names.append(name) }
        }
        for name in names where unlinkat(descriptor, name, 0) != 0 {
            let text = String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard errno == EISDIR else { throw failure("remove", path + "/" + text) }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { throw failure("read", path + "/" + text) }
            try removeContents(ofFolder: child, path + "/" + text)
            guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { throw failure("remove", path + "/" + text) }
        }
    }

    /// Recreates the tree at `from` as `to`: folders made anew, files hard-linked (no bytes
    /// copied, nothing of `from` changed), symbolic links copied.
    static func linkTree(_ from: String, _ to: String) throws(OutputError) {
        var info = stat()
        guard lstat(from, &info) == 0 else { throw failure("read", from) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            try makeFolder(to)
            for name in try entries(of: from) { try linkTree(from + "/" + name, to + "/" + name) }
        case S_IFLNK:
            let target: String
            do {
                target = try FileManager.default.destinationOfSymbolicLink(atPath: from)
            } catch {
                throw OutputError("cannot read the link \(from)")
            }
            guard symlink(target, to) == 0 else { throw failure("create", to) }
        default:
            guard link(from, to) == 0 else { throw failure("link", to) }
        }
    }

    /// The names in the folder `path` (without `.` and `..`).
    static func entries(of path: String) throws(OutputError) -> [String] {
        guard let folder = opendir(path) else { throw failure("read", path) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
