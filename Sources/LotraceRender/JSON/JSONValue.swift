import LotraceCore

/// A JSON document built in memory and written with keys in the order given, numbers exactly as
/// their decimal text (a `Quantity` never passes through a binary floating point).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number, already formatted as JSON number text (`12.5`, `1`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Keys in output order.
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.serialized() == b.serialized()
    }

    /// An exact quantity as a JSON number.
    public static func quantity(_ value: Quantity) -> JSONValue { .number(value.description) }

    /// An integer as a JSON number.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or null when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The document as text: two-space indentation when `pretty`, one line otherwise.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .string(let text): JSONValue.writeString(text, into: &out)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, into: &out, indent: indent) { index, out, inner in
                items[index].write(into: &out, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &out, indent: indent) { index, out, inner in
                JSONValue.writeString(members[index].0, into: &out)
                out += inner == nil ? ":" : ": "
                members[index].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, into out: inout String, indent: Int?,
        element: (Int, inout String, Int?) -> Void
    ) {
        out += open
        guard count > 0 else { return out += close }
        let inner = indent.map { $0 + 2 }
        let newline = inner.map { "\n" + String(repeating: " ", count: $0) }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let newline { out += newline }
            element(index, &out, inner)
        }
        if let newline { out += newline.dropLast(2) }
        out += close
    }

    /// Escapes per RFC 8259: quote, backslash and every control character; everything else,
    /// including non-ASCII and bidi controls, kept as is.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        if !needsEscaping(text) {
            out += text
            return out += "\""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{c}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// False when `text` holds nothing `writeString` escapes (most texts), so it is copied whole:
    /// no quote, backslash, C0 control or DEL, and no U+2028/U+2029 (UTF-8 E2 80 A8/A9).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
