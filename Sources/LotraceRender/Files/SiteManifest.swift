import Foundation

/// The files of a folder Lotrace wrote, with the digest of each one's inputs, the digest of what
/// it depends on of the as-of moment (its moment key, `FolderWriter.reuse(_:momentKey:)`), its
/// size and the notes its making gave (a unit without UN/ECE code...): kept in the folder as
/// `.lotrace-manifest`, a first line `# inputs <digest>` when the run declared what the whole
/// run is made from, `# as-of <seconds>` with the run's as-of moment, then one
/// `<digest> <moment digest> <size> <path>[<TAB><note>...]` line per file, sorted by path (notes
/// with backslash, tab and line feed escaped). The next run compares a file's digest with it and
/// reuses the file, and its notes, when they agree.
struct SiteManifest: Sendable, Equatable {
    /// The manifest's file name.
    static let name = ".lotrace-manifest"

    /// A file's entry.
    struct Entry: Sendable, Equatable {
        var digest: ContentDigest
        var moment: ContentDigest
        var size: Int
        var notes: [String] = []
    }

    var entries: [String: Entry]
    /// The digest of what the whole run was made from (Lotrace, data, templates), when it said.
    var inputs: ContentDigest?
    /// The run's as-of moment (seconds), when it declared its inputs.
    var asOf: Int64?

    /// The manifest of `folder`; empty when it has none or it cannot be read (every file is then
    /// produced again). A line that does not read as an entry is skipped (its file is produced
    /// again).
    init(folder: String) {
        entries = [:]
        guard let data = FileManager.default.contents(atPath: folder + "/" + Self.name) else { return }
        let bytes = [UInt8](data)
        entries.reserveCapacity(bytes.count / 100)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
                read(line: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end + 1
            }
        }
    }

    /// The header lines alone of `folder`'s manifest (`inputs`, `asOf`; no entry): enough to
    /// tell whether the previous run had the same inputs without reading every file's line.
    static func header(folder: String) -> SiteManifest {
        var manifest = SiteManifest()
        guard let file = FileHandle(forReadingAtPath: folder + "/" + Self.name) else { return manifest }
        defer { try? file.close() }
        // Two header lines take at most 9 + 32 + 1 and 8 + 20 + 1 bytes.
        guard let data = try? file.read(upToCount: 128) else { return manifest }
        for line in [UInt8](data).split(separator: UInt8(ascii: "\n")).prefix(2) {
            _ = [UInt8](line).withUnsafeBufferPointer { manifest.read(header: $0) }
        }
        return manifest
    }

    /// Reads one line of the manifest: a header, or `<digest> <moment> <size> <path>[<TAB><note>...]`.
    private mutating func read(line: UnsafeBufferPointer<UInt8>) {
        if read(header: line) { return }
        // 32 hex digits, a space, 32 hex digits, a space, then the size up to the next space.
        guard line.count > 67, line[32] == UInt8(ascii: " "), line[65] == UInt8(ascii: " "),
            let digest = ContentDigest(hex: line[0..<32]), let moment = ContentDigest(hex: line[33..<65]),
            let sizeEnd = line[66...].firstIndex(of: UInt8(ascii: " ")),
            let size = Int(String(decoding: line[66..<sizeEnd], as: UTF8.self))
        else { return }
        let rest = line[(sizeEnd + 1)...]
        guard let tab = rest.firstIndex(of: UInt8(ascii: "\t")) else {
            entries[String(decoding: rest, as: UTF8.self)] = Entry(digest: digest, moment: moment, size: size)
            return
        }
        let notes = rest[(tab + 1)...].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        entries[String(decoding: rest[..<tab], as: UTF8.self)] = Entry(
            digest: digest, moment: moment, size: size,
            notes: notes.map { Self.unescaped(String(decoding: $0, as: UTF8.self)) })
    }

    /// Reads `line` when it is a header line (`# inputs <digest>`, `# as-of <seconds>`); false
    /// when it is not one.
    private mutating func read(header line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.starts(with: "# inputs ".utf8) {
            inputs = ContentDigest(hex: line[9...])
            return true
        }
        if line.starts(with: "# as-of ".utf8) {
            asOf = Int64(String(decoding: line[8...], as: UTF8.self))
            return true
        }
        return false
    }

    /// A manifest of `entries` (none by default) made from `inputs` as of `asOf`.
    init(entries: [String: Entry] = [:], inputs: ContentDigest? = nil, asOf: Int64? = nil) {
        self.entries = entries
        self.inputs = inputs
        self.asOf = asOf
    }

    /// The manifest's bytes, its entries sorted by path.
    var bytes: [UInt8] {
        var out = Array(((inputs.map { "# inputs \($0)\n" } ?? "") + (asOf.map { "# as-of \($0)\n" } ?? "")).utf8)
        out.reserveCapacity(entries.count * 110)
        let paths = entries.keys.sorted()
        for path in paths {
            let entry = entries[path]!
            entry.digest.appendHex(to: &out)
            out.append(UInt8(ascii: " "))
            entry.moment.appendHex(to: &out)
            out.append(contentsOf: " \(entry.size) ".utf8)
            out.append(contentsOf: path.utf8)
            for note in entry.notes {
                out.append(UInt8(ascii: "\t"))
                out.append(contentsOf: Self.escaped(note).utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private static func escaped(_ note: String) -> String {
        var out = ""
        for scalar in note.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                out.unicodeScalars.append(scalar == "t" ? "\t" : scalar == "n" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
