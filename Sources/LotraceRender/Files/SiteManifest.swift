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
    /// produced again).
    init(folder: String) {
        entries = [:]
        guard let data = FileManager.default.contents(atPath: folder + "/" + Self.name) else { return }
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if line.starts(with: Array("# inputs ".utf8)) {
                let fields = line.split(separator: UInt8(ascii: " "))
                if fields.count == 3, let digest = ContentDigest(hex: Substring(decoding: fields[2], as: UTF8.self)) {
                    inputs = digest
                }
                continue
            }
            if line.starts(with: Array("# as-of ".utf8)) {
                asOf = Int64(String(decoding: line.dropFirst(8), as: UTF8.self))
                continue
            }
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 3)
            guard fields.count == 4,
                let digest = ContentDigest(hex: Substring(decoding: fields[0], as: UTF8.self)),
                let moment = ContentDigest(hex: Substring(decoding: fields[1], as: UTF8.self)),
                let size = Int(String(decoding: fields[2], as: UTF8.self))
            else { continue }
            let rest = fields[3].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            entries[String(decoding: rest[0], as: UTF8.self)] = Entry(
                digest: digest, moment: moment, size: size,
                notes: rest.dropFirst().map { Self.unescaped(String(decoding: $0, as: UTF8.self)) })
        }
    }

    /// A manifest of `entries` (none by default) made from `inputs` as of `asOf`.
    init(entries: [String: Entry] = [:], inputs: ContentDigest? = nil, asOf: Int64? = nil) {
        self.entries = entries
        self.inputs = inputs
        self.asOf = asOf
    }

    /// The manifest's text.
    var text: String {
        let header = (inputs.map { "# inputs \($0)\n" } ?? "") + (asOf.map { "# as-of \($0)\n" } ?? "")
        return header
            + entries.keys.sorted().map { path in
                let entry = entries[path]!
                let notes = entry.notes.map { "\t" + Self.escaped($0) }.joined()
                return "\(entry.digest) \(entry.moment) \(entry.size) \(path)\(notes)\n"
            }.joined()
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
