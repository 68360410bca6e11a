/// The HTML escaping of every `{{variable}}` in Lotrace's templates: `& < > " '` always become
/// character references, every other byte is kept. Working on UTF-8 bytes is working on Unicode
/// scalars here (the five are ASCII, never part of a longer sequence), so a quote followed by a
/// combining mark (`"\u{301}`, one Swift `Character`) is escaped too: exported text may hold
/// anything (docs/input-rules.md rule 14).
enum HTMLEscaping {
    /// Appends `text`, escaped, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
    }

    /// `text`, escaped.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
