import Foundation

/// The partials (`{{> name}}`) and parents (`{{< name}}`) a template's text names, with their
/// positions, found by scanning the tags (swift-mustache keeps its parsed tokens private).
/// Dynamic partials (`{{>*name}}`) are skipped; templates that change delimiters are scanned
/// with the default ones.
struct TemplateReferences {
    /// One named partial or parent.
    struct Reference: Equatable {
        /// "partial" or "parent".
        var kind: String
        var name: String
        var line: Int
        var column: Int
    }

    /// The references of `text`, in order.
    static func scan(_ text: String) -> [Reference] {
        var references: [Reference] = []
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                let kindByte = bytes[index + 2]
                if kindByte == UInt8(ascii: ">") || kindByte == UInt8(ascii: "<"),
                    let name = tagName(bytes, from: index + 3), !name.hasPrefix("*")
                {
                    let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                    references.append(
                        Reference(kind: kindByte == UInt8(ascii: ">") ? "partial" : "parent", name: name, line: line, column: column))
                }
            }
            index += 1
        }
        return references
    }

    /// The trimmed text up to the next `}}`, when it comes before a line break.
    private static func tagName(_ bytes: [UInt8], from start: Int) -> String? {
        var end = start
        while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) {
            if bytes[end] == 0x0A { return nil }
            end += 1
        }
        guard end + 1 < bytes.count else { return nil }
        let name = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}
