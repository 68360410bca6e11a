import Dispatch
import LotraceCore

/// A JSON document built in memory and written with keys in the order given, numbers exactly as
/// their decimal text (a `Quantity` never passes through a binary floating point). Long lists
/// can be `lazyArray`s, their elements made only while they are written, and a document can be
/// written in pieces (`write(pretty:chunk:to:)`), so that a large report is never held whole.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number, already formatted as JSON number text (`12.5`, `1`).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// An array of `count` elements, the one at each index made by `element` as it is written
    /// (see `lazyArray`).
    case elements(count: Int, element: @Sendable (Int) -> JSONValue)
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

    /// The array of `items`, each made into JSON by `element` only when it is written: a list of
    /// many rows costs one row's values at a time, not the whole list's.
    public static func lazyArray<Item: Sendable>(
        _ items: [Item], _ element: @escaping @Sendable (Item) -> JSONValue
    ) -> JSONValue {
        .elements(count: items.count) { element(items[$0]) }
    }

    /// The document as text: two-space indentation when `pretty`, one line otherwise.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: utf8(pretty: pretty), as: UTF8.self)
    }

    /// The document as UTF-8 bytes (written as bytes: large documents are built without
    /// growing a `String` piece by piece).
    public func utf8(pretty: Bool = true) -> [UInt8] {
        var out = Output(flush: nil)
        write(into: &out, indent: pretty ? 0 : nil)
        return out.bytes
    }

    /// Writes the document as UTF-8 bytes in pieces of about `chunk` bytes (cut between two
    /// elements of an array), handing each to `flush` in order: the same bytes as `utf8(pretty:)`
    /// without ever holding them all.
    public func write(pretty: Bool = true, chunk: Int = 1 << 20, to flush: @escaping ([UInt8]) -> Void) {
        var out = Output(flush: flush, chunk: chunk)
        write(into: &out, indent: pretty ? 0 : nil)
        if !out.bytes.isEmpty { flush(out.bytes) }
    }

    /// The bytes written so far, handed to `flush` once they reach `chunk` (nil: kept whole).
    private struct Output {
        var bytes: [UInt8] = []
        let flush: (([UInt8]) -> Void)?
        let chunk: Int

        init(flush: (([UInt8]) -> Void)?, chunk: Int = 0) {
            self.flush = flush
            self.chunk = chunk
            if flush != nil { bytes.reserveCapacity(chunk + chunk / 4) }
        }

        /// Between two elements of an array: hands on the bytes if they have reached `chunk`.
        mutating func elementWritten() {
            guard let flush, bytes.count >= chunk else { return }
            flush(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    private func write(into out: inout Output, indent: Int?) {
        switch self {
        case .string(let text): JSONValue.writeString(text, into: &out.bytes)
        case .number(let text): JSONValue.append(text, to: &out.bytes)
        case .bool(let flag): out.bytes += (flag ? "true" : "false").utf8
        case .null: out.bytes += "null".utf8
        case .array(let items):
            writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: items.count, into: &out, indent: indent) {
                index, out, inner in
                items[index].write(into: &out, indent: inner)
                out.elementWritten()
            }
        case .elements(let count, let element) where out.flush != nil && count >= 2 * JSONValue.batch:
            JSONValue.writeInParallel(count: count, element: element, into: &out, indent: indent)
        case .elements(let count, let element):
            writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: count, into: &out, indent: indent) {
                index, out, inner in
                element(index).write(into: &out, indent: inner)
                out.elementWritten()
            }
        case .object(let members):
            writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: members.count, into: &out, indent: indent) {
                index, out, inner in
                JSONValue.writeString(members[index].0, into: &out.bytes)
                out.bytes.append(UInt8(ascii: ":"))
                if inner != nil { out.bytes.append(UInt8(ascii: " ")) }
                members[index].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: UInt8, close: UInt8, count: Int, into out: inout Output, indent: Int?,
        element: (Int, inout Output, Int?) -> Void
    ) {
        out.bytes.append(open)
        guard count > 0 else { return out.bytes.append(close) }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { out.bytes.append(UInt8(ascii: ",")) }
            if let inner { JSONValue.newline(indent: inner, into: &out.bytes) }
            element(index, &out, inner)
        }
        if let indent { JSONValue.newline(indent: indent, into: &out.bytes) }
        out.bytes.append(close)
    }

    /// Elements of a long lazy array made and written at a time by each core, in `writeInParallel`.
    private static let batch = 2048

    /// A long lazy array written in pieces: two batches of elements at a time made and written
    /// on both cores, each into its own bytes, then handed on in order: the same bytes as one
    /// element at a time, a quarter sooner (1,000 lots of 1M move lines: 1.18 -> 0.88 s).
    private static func writeInParallel(
        count: Int, element: @escaping @Sendable (Int) -> JSONValue, into out: inout Output, indent: Int?
    ) {
        let inner = indent.map { $0 + 2 }
        out.bytes.append(UInt8(ascii: "["))
        for start in stride(from: 0, to: count, by: 2 * batch) {
            let middle = min(start + batch, count)
            let ranges = [start..<middle, middle..<min(middle + batch, count)]
            var parts: [[UInt8]] = [[], []]
            parts.withUnsafeMutableBufferPointer { parts in
                nonisolated(unsafe) let parts = parts
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    var part = Output(flush: nil)
                    for index in ranges[half] {
                        if index > 0 { part.bytes.append(UInt8(ascii: ",")) }
                        if let inner { newline(indent: inner, into: &part.bytes) }
                        element(index).write(into: &part, indent: inner)
                    }
                    parts[half] = part.bytes
                }
            }
            out.bytes += parts[0]
            out.bytes += parts[1]
            out.elementWritten()
        }
        if let indent { newline(indent: indent, into: &out.bytes) }
        out.bytes.append(UInt8(ascii: "]"))
    }

    /// A line feed and `indent` spaces, appended in one copy (a recall's JSON has millions).
    private static func newline(indent: Int, into out: inout [UInt8]) {
        if indent < indentation.count {
            indentation.withUnsafeBufferPointer { out.append(contentsOf: $0[...indent]) }
        } else {
            out.append(10)
            out.append(contentsOf: repeatElement(32, count: indent))
        }
    }

    /// A line feed and 63 spaces.
    private static let indentation: [UInt8] = [10] + Array(repeating: 32, count: 63)

    /// Appends a string's UTF-8 bytes in one copy.
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Escapes per RFC 8259: quote, backslash and every control character; everything else,
    /// including non-ASCII and bidi controls, kept as is.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        var text = text
        let copied = text.withUTF8 { bytes in
            guard !needsEscaping(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += #"\""#.utf8
            case "\\": out += #"\\"#.utf8
            case "\n": out += #"\n"#.utf8
            case "\r": out += #"\r"#.utf8
            case "\t": out += #"\t"#.utf8
            case "\u{8}": out += #"\b"#.utf8
            case "\u{c}": out += #"\f"#.utf8
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else {
                    out += String(scalar).utf8
                }
            }
        }
    }

    /// False when `bytes` hold nothing `writeString` escapes (most texts), so they are copied whole:
    /// no quote, backslash, C0 control or DEL, and no U+2028/U+2029 (UTF-8 E2 80 A8/A9).
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        // Eight bytes at a time while they are printable ASCII other than quote, backslash, DEL.
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let high = 0x8080_8080_8080_8080 as UInt64
            let control = (word &- 0x2020_2020_2020_2020) & ~word & high
            let quote = word ^ 0x2222_2222_2222_2222
            let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
            let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
            let zero = { (x: UInt64) in (x &- 0x0101_0101_0101_0101) & ~x & high }
            guard word & high == 0, control == 0, zero(quote) == 0, zero(backslash) == 0, zero(delete) == 0 else { break }
            index += 8
        }
        var previous: (UInt8, UInt8) = (0, 0)
        if index >= 2 { previous = (bytes[index - 2], bytes[index - 1]) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
            index += 1
        }
        return false
    }
}
