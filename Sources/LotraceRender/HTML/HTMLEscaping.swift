import Mustache

/// The HTML escaping of every `{{variable}}` in Lotrace's templates.
///
/// swift-mustache's own escaper compares whole grapheme clusters, so a quote followed by a
/// combining mark (`"\u{301}`) is one cluster that is not `"` and passes through unescaped,
/// closing an attribute. Exported text may hold anything (input rule 14), so this escaper works
/// on Unicode scalars: `& < > " '` always become entities, every other scalar is kept.
struct HTMLEscaping: MustacheContentType {
    /// The content-type name templates are switched to (`{{% CONTENT_TYPE: LOTRACE_HTML }}`).
    static let name = "LOTRACE_HTML"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` with `& < > " '` replaced by character references, scalar by scalar.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
