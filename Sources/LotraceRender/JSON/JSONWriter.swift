import Dispatch
import LotraceCore

/// Writes a JSON document as UTF-8 bytes, one value after another: the one place where
/// Lotrace's JSON becomes bytes. `JSONValue` is written through it, and large reports (a
/// recall's hundreds of thousands of rows) write their rows straight into it without building
/// values first. Pretty (two-space indentation, `": "` after keys) or compact; with a `flush`,
/// the bytes are handed on in pieces of about `chunk` bytes, cut between two array elements.
///
/// Not copyable: it owns the memory its bytes are written into (appending is a bounds check and
/// a copy, without the uniqueness checks of an array).
public struct JSONWriter: ~Copyable {
    /// What comes before the next value.
    private enum Separator {
        /// Nothing: the document's start, or after a key.
        case none
        /// A line break: the first element of a container.
        case first
        /// A comma and a line break: a later element.
        case comma
    }

    /// The bytes not yet handed to `flush`: `count` of `capacity` written.
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    /// Containers open around the next value.
    private var depth: Int
    private var separator: Separator
    private let flush: (([UInt8]) -> Void)?
    private let chunk: Int

    /// A writer of one document; with `flush`, bytes are handed on once they reach `chunk`.
    init(pretty: Bool, flush: (([UInt8]) -> Void)? = nil, chunk: Int = 1 << 20) {
        self.init(
            pretty: pretty, depth: 0, separator: .none, flush: flush, chunk: chunk,
            capacity: flush == nil ? 1 << 12 : chunk + chunk / 4)
    }

    /// A writer of values inside a document, starting with room for `capacity` bytes.
    private init(
        pretty: Bool, depth: Int, separator: Separator, flush: (([UInt8]) -> Void)?, chunk: Int, capacity: Int
    ) {
        self.pretty = pretty
        self.depth = depth
        self.separator = separator
        self.flush = flush
        self.chunk = chunk
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written and not handed on: the whole document without `flush`.
    consuming func finish() -> [UInt8] { written }

    /// Hands the bytes not yet handed on to `flush`.
    mutating func flushRest() {
        guard let flush, count > 0 else { return }
        flush(written)
        count = 0
    }

    private var written: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Makes room for `more` bytes after those written.
    @inline(__always)
    mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        capacity = max(needed, 2 * capacity)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
    }

    /// Appends a byte after `reserve`.
    @inline(__always)
    mutating func appendReserved(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    /// Appends bytes after `reserve`.
    @inline(__always)
    mutating func appendReserved(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends a byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        appendReserved(byte)
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        appendReserved(bytes)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object member's key, known to need no escaping (a Swift identifier).
    @inline(__always)
    mutating func key(_ name: StaticString) {
        beginValue()
        reserve(name.utf8CodeUnitCount + 4)
        appendReserved(UInt8(ascii: "\""))
        appendReserved(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        appendReserved(UInt8(ascii: "\""))
        endKey()
    }

    /// An object member's key, escaped.
    mutating func key(_ name: String) {
        beginValue()
        appendEscaped(name)
        endKey()
    }

    /// The array of `count` elements, each written by `element`; the bytes may be handed on
    /// between two elements.
    mutating func array(count: Int, element: (Int, inout JSONWriter) -> Void) {
        beginArray()
        for index in 0..<count {
            element(index, &self)
            elementWritten()
        }
        endArray()
    }

    /// `array(count:element:)` for long lists: when the bytes are handed on in pieces, two
    /// batches of elements at a time are written on both cores, each into its own bytes, then
    /// appended in order (the same bytes as one element at a time, a quarter sooner: 1,000 lots
    /// of 1M move lines, 1.18 -> 0.88 s).
    mutating func elements(count: Int, element: @Sendable (Int, inout JSONWriter) -> Void) {
        guard flush != nil, count >= 2 * Self.batch else { return array(count: count, element: element) }
        beginArray()
        // One writer per core, kept from batch to batch, written into in place.
        let parts = UnsafeMutablePointer<JSONWriter>.allocate(capacity: 2)
        for half in 0..<2 {
            (parts + half).initialize(
                to: JSONWriter(pretty: pretty, depth: depth, separator: .comma, flush: nil, chunk: 0, capacity: 1 << 20))
        }
        defer {
            parts.deinitialize(count: 2)
            parts.deallocate()
        }
        nonisolated(unsafe) let shared = parts
        for start in stride(from: 0, to: count, by: 2 * Self.batch) {
            let middle = min(start + Self.batch, count)
            let ranges = [start..<middle, middle..<min(middle + Self.batch, count)]
            parts[0].separator = start == 0 ? .first : .comma
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                for index in ranges[half] { element(index, &shared[half]) }
            }
            for half in 0..<2 {
                append(UnsafeBufferPointer(start: parts[half].storage, count: parts[half].count))
                parts[half].count = 0
                parts[half].separator = .comma
            }
            separator = .comma
            elementWritten()
        }
        endArray()
    }

    /// Elements of a long list written at a time by each core, in `elements(count:element:)`.
    private static let batch = 2048

    // MARK: Values

    mutating func string(_ text: String) {
        beginValue()
        appendEscaped(text)
    }

    /// A string, or null when absent.
    mutating func string(orNull text: String?) {
        guard let text else { return null() }
        string(text)
    }

    /// A number already formatted as JSON number text.
    mutating func number(_ text: String) {
        beginValue()
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func integer(_ value: Int) { number(String(value)) }

    /// An exact quantity as a number (`Quantity.description`).
    mutating func quantity(_ value: Quantity) {
        beginValue()
        value.withDecimalText { append($0) }
    }

    /// A quantity, or null when absent.
    mutating func quantity(orNull value: Quantity?) {
        guard let value else { return null() }
        quantity(value)
    }

    /// A date and time as a string, `YYYY-MM-DD HH:MM:SS` (`LocalDateTime.description`).
    mutating func date(_ value: LocalDateTime) {
        beginValue()
        value.withText { text in
            reserve(text.count + 2)
            appendReserved(UInt8(ascii: "\""))
            appendReserved(text)
            appendReserved(UInt8(ascii: "\""))
        }
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        let text: StaticString = value ? "true" : "false"
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func null() {
        beginValue()
        let text: StaticString = "null"
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Layout

    /// The separator before a value (or key), by where it stands.
    @inline(__always)
    private mutating func beginValue() {
        defer { separator = .comma }
        switch separator {
        case .none: return
        case .first: break
        case .comma: append(UInt8(ascii: ","))
        }
        if pretty { newline(indent: 2 * depth) }
    }

    /// The colon after a key.
    @inline(__always)
    private mutating func endKey() {
        reserve(2)
        appendReserved(UInt8(ascii: ":"))
        if pretty { appendReserved(UInt8(ascii: " ")) }
        separator = .none
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        append(bracket)
        depth += 1
        separator = .first
    }

    /// Closes a container: on its own line unless it is empty.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty && separator != .first { newline(indent: 2 * depth) }
        append(bracket)
        separator = .comma
    }

    /// Between two elements of an array: hands on the bytes if they have reached `chunk`.
    private mutating func elementWritten() {
        guard let flush, count >= chunk else { return }
        flush(written)
        count = 0
    }

    /// A line feed and `indent` spaces (a recall's JSON has millions).
    @inline(__always)
    private mutating func newline(indent: Int) {
        reserve(indent + 1)
        appendReserved(10)
        (storage + count).initialize(repeating: 32, count: indent)
        count += indent
    }
}
