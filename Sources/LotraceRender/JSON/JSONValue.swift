import LotraceCore

/// A JSON document built in memory and written with keys in the order given, numbers exactly as
/// their decimal text (a `Quantity` never passes through a binary floating point). Long lists
/// can be `lazyArray`s, their elements made only while they are written, or `written` by their
/// owner, and a document can be written in pieces (`write(pretty:chunk:to:)`), so that a large
/// report is never held whole. `JSONWriter` makes the bytes.
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
    /// A value its owner writes straight into the writer (a large report's rows, without
    /// building values for them).
    case written(@Sendable (inout JSONWriter) -> Void)

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
        var writer = JSONWriter(pretty: pretty)
        write(into: &writer)
        return writer.finish()
    }

    /// Writes the document as UTF-8 bytes in pieces of about `chunk` bytes (cut between two
    /// elements of an array), handing each to `flush` in order: the same bytes as `utf8(pretty:)`
    /// without ever holding them all.
    public func write(pretty: Bool = true, chunk: Int = 1 << 20, to flush: @escaping ([UInt8]) -> Void) {
        var writer = JSONWriter(pretty: pretty, flush: flush, chunk: chunk)
        write(into: &writer)
        writer.flushRest()
    }

    /// Writes the value at the writer's place.
    func write(into writer: inout JSONWriter) {
        switch self {
        case .string(let text): writer.string(text)
        case .number(let text): writer.number(text)
        case .bool(let flag): writer.bool(flag)
        case .null: writer.null()
        case .array(let items): writer.array(count: items.count) { index, writer in items[index].write(into: &writer) }
        case .elements(let count, let element):
            writer.elements(count: count) { index, writer in element(index).write(into: &writer) }
        case .written(let write): write(&writer)
        case .object(let members):
            writer.beginObject()
            for (key, value) in members {
                writer.key(key)
                value.write(into: &writer)
            }
            writer.endObject()
        }
    }
}
