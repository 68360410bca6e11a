/// A document Lotrace made, as the bytes to print or write, and what its reader should know about
/// it: data the format could not carry ("unit Crate has no UN/ECE Rec 20 code"), each said once
/// (the CLI prints them on standard error).
public struct RenderedDocument: Sendable, Equatable {
    /// The document (UTF-8).
    public var bytes: [UInt8]
    /// Notes in the order they arose, without repeats.
    public var notes: [String]

    /// A document with its notes.
    public init(bytes: [UInt8], notes: [String] = []) {
        self.bytes = bytes
        self.notes = notes
    }

    /// A text document without notes.
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The document read as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Collects notes without repeats, in order.
struct RenderNotes {
    private(set) var all: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ note: String) {
        if seen.insert(note).inserted { all.append(note) }
    }
}
