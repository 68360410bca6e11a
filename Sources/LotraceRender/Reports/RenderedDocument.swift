/// An XML document Lotrace wrote, and what the reader should know about it: data that could
/// not be expressed in the standard ("unit Crate has no UN/ECE Rec 20 code"), each said once.
public struct RenderedXML: Sendable, Equatable {
    /// The document (UTF-8).
    public var bytes: [UInt8]
    /// Notes in the order they arose, without repeats.
    public var notes: [String]

    /// A document with its notes.
    public init(bytes: [UInt8], notes: [String]) {
        self.bytes = bytes
        self.notes = notes
    }
}

/// Collects notes without repeats, in order.
struct RenderNotes {
    private(set) var all: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ note: String) {
        if seen.insert(note).inserted { all.append(note) }
    }
}
