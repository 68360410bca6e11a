import Foundation

/// The files of a folder Lotrace wrote, with the digest of each one's inputs, its size and the
/// notes its making gave (a unit without UN/ECE code...): kept in the folder as
/// `.lotrace-manifest`, one `<digest> <size> <path>[<TAB><note>...]` line per file, sorted by
/// path (notes with `\`, tab and line feed escaped). The next run compares a file's digest with
/// it and reuses the file, and its notes, when they agree.
struct SiteManifest: Sendable, Equatable {
    /// The manifest's file name.
    static let name = ".lotrace-manifest"

    /// A file's entry.
    struct Entry: Sendable, Equatable {
        var digest: ContentDigest
        var size: Int
        var notes: [String] = []
    }

    var entries: [String: Entry]

    /// The manifest of `folder`; empty when it has none or it cannot be read (every file is then
    /// produced again).
    init(folder: String) {
        entries = [:]
        guard let data = FileManager.default.contents(atPath: folder + "/" + Self.name) else { return }
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            guard fields.count == 3,
                let digest = ContentDigest(hex: Substring(decoding: fields[0], as: UTF8.self)),
                let size = Int(String(decoding: fields[1], as: UTF8.self))
            else { continue }
            let rest = fields[2].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            entries[String(decoding: rest[0], as: UTF8.self)] = Entry(
                digest: digest, size: size, notes: rest.dropFirst().map { Self.unescaped(String(decoding: $0, as: UTF8.self)) })
        }
    }

    /// A manifest of `entries` (none by default).
    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The manifest's text.
    var text: String {
        entries.keys.sorted().map { path in
            let entry = entries[path]!
            return "\(entry.digest) \(entry.size) \(path)" + entry.notes.map { "\t" + Self.escaped($0) }.joined() + "\n"
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
