/// Exact texts to the entities they name (a transfer's reference to its transfer), with the
/// ingest's byte hashing (`ByteInterner`) instead of `Hasher`: a million move lines look up their
/// transfer by the bytes of a cell, with no `String` made for it. Exact byte equality: nothing is
/// trimmed or normalised (docs/input-rules.md rule 14).
public struct TextIndex<Entity>: Sendable {
    private var texts = ByteInterner()
    /// Entity index of each interned text, -1 once removed.
    private var entities: [Int32] = []

    public init() {}

    /// The entity `key` names; setting nil forgets it.
    public subscript(key: ExactText) -> EntityID<Entity>? {
        get {
            var text = key.text
            return text.withUTF8 { self[bytes: $0] }
        }
        set {
            var text = key.text
            text.withUTF8 { self[bytes: $0] = newValue }
        }
    }

    /// The entity the text `bytes` names.
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> EntityID<Entity>? {
        get {
            guard let id = texts.find(bytes), entities[Int(id)] >= 0 else { return nil }
            return EntityID(Int(entities[Int(id)]))
        }
        set {
            let id = Int(texts.intern(bytes))
            if id == entities.count { entities.append(-1) }
            entities[id] = newValue?.index ?? -1
        }
    }
}
