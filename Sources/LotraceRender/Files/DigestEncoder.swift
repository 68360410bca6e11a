/// The digest of an `Encodable` value made as it is encoded, without building its
/// `TemplateValue` tree (a page's inputs are digested on every build, rendered only when they
/// changed). Every value the encoding writes becomes a leaf digest of its path from the root
/// (member names, list positions), its kind and its text; containers add a leaf of their own
/// kind, so an empty list differs from a missing one. The value's digest is the wrapping sum of
/// its leaves: the same for members written in any order (a `Dictionary` encodes in a different
/// order in every process), different when any name, position or value differs. A `nil` is left
/// out, as `TemplateValueEncoder` leaves it out.
enum DigestEncoder {
    /// The digest of `value`'s encoded form.
    static func digest(of value: some Encodable) throws -> ContentDigest {
        let sum = LeafSum()
        try value.encode(to: PathEncoder(path: DigestHasher(), sum: sum))
        var hasher = DigestHasher()
        hasher.combine(ContentDigest(high: sum.high, low: sum.low))
        return hasher.finalize()
    }
}

/// The running sum of the leaves' digests.
private final class LeafSum {
    var high: UInt64 = 0
    var low: UInt64 = 0

    /// Adds the leaf whose path is `path` and whose content `write` adds after a `kind` code.
    func add(_ path: DigestHasher, kind: Int, _ write: (inout DigestHasher) -> Void = { _ in }) {
        var leaf = path
        leaf.combine(integer: kind)
        write(&leaf)
        let digest = leaf.finalize()
        high &+= digest.high
        low &+= digest.low
    }
}

/// Leaf kinds.
private enum LeafKind {
    static let text = 1
    static let number = 2
    static let bool = 3
    static let object = 4
    static let list = 5
}

/// The encoder at one place of the value: `path` holds the names and positions leading to it.
private struct PathEncoder: Encoder {
    let path: DigestHasher
    let sum: LeafSum
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sum.add(path, kind: LeafKind.object)
        return KeyedEncodingContainer(KeyedLeaves<Key>(path: path, sum: sum))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sum.add(path, kind: LeafKind.list)
        return ListLeaves(path: path, sum: sum)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleLeaf(path: path, sum: sum) }

    /// The path one step further, by member name.
    func member(_ name: String) -> PathEncoder {
        var next = path
        next.combine(integer: LeafKind.object)
        next.combine(name)
        return PathEncoder(path: next, sum: sum)
    }

    /// The path one step further, by list position.
    func item(_ position: Int) -> PathEncoder {
        var next = path
        next.combine(integer: LeafKind.list)
        next.combine(integer: position)
        return PathEncoder(path: next, sum: sum)
    }

    func text(_ text: String) { sum.add(path, kind: LeafKind.text) { $0.combine(text) } }
    func number(_ value: some CustomStringConvertible) { sum.add(path, kind: LeafKind.number) { $0.combine(value.description) } }
    func bool(_ flag: Bool) { sum.add(path, kind: LeafKind.bool) { $0.combine(integer: flag ? 1 : 0) } }
}

private struct KeyedLeaves<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let path: DigestHasher
    let sum: LeafSum
    var codingPath: [any CodingKey] { [] }

    private func at(_ key: Key) -> PathEncoder { PathEncoder(path: path, sum: sum).member(key.stringValue) }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { at(key).bool(value) }
    mutating func encode(_ value: String, forKey key: Key) { at(key).text(value) }
    mutating func encode(_ value: Double, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Float, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int8, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int16, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int32, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int64, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: Int128, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: UInt128, forKey key: Key) { at(key).number(value) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { try value.encode(to: at(key)) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        at(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { at(key).unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { PathEncoder(path: path, sum: sum).member("super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { at(key) }
}

private struct ListLeaves: UnkeyedEncodingContainer {
    let path: DigestHasher
    let sum: LeafSum
    var codingPath: [any CodingKey] { [] }
    var count = 0

    init(path: DigestHasher, sum: LeafSum) {
        self.path = path
        self.sum = sum
    }

    /// The next item's place.
    private mutating func next() -> PathEncoder {
        defer { count += 1 }
        return PathEncoder(path: path, sum: sum).item(count)
    }

    mutating func encodeNil() { count += 1 }
    mutating func encode(_ value: Bool) { next().bool(value) }
    mutating func encode(_ value: String) { next().text(value) }
    mutating func encode(_ value: Double) { next().number(value) }
    mutating func encode(_ value: Float) { next().number(value) }
    mutating func encode(_ value: Int) { next().number(value) }
    mutating func encode(_ value: Int8) { next().number(value) }
    mutating func encode(_ value: Int16) { next().number(value) }
    mutating func encode(_ value: Int32) { next().number(value) }
    mutating func encode(_ value: Int64) { next().number(value) }
    mutating func encode(_ value: UInt) { next().number(value) }
    mutating func encode(_ value: UInt8) { next().number(value) }
    mutating func encode(_ value: UInt16) { next().number(value) }
    mutating func encode(_ value: UInt32) { next().number(value) }
    mutating func encode(_ value: UInt64) { next().number(value) }
    mutating func encode(_ value: Int128) { next().number(value) }
    mutating func encode(_ value: UInt128) { next().number(value) }
    mutating func encode(_ value: some Encodable) throws { try value.encode(to: next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { next() }
}

private struct SingleLeaf: SingleValueEncodingContainer {
    let path: DigestHasher
    let sum: LeafSum
    var codingPath: [any CodingKey] { [] }

    private var here: PathEncoder { PathEncoder(path: path, sum: sum) }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { here.bool(value) }
    mutating func encode(_ value: String) { here.text(value) }
    mutating func encode(_ value: Double) { here.number(value) }
    mutating func encode(_ value: Float) { here.number(value) }
    mutating func encode(_ value: Int) { here.number(value) }
    mutating func encode(_ value: Int8) { here.number(value) }
    mutating func encode(_ value: Int16) { here.number(value) }
    mutating func encode(_ value: Int32) { here.number(value) }
    mutating func encode(_ value: Int64) { here.number(value) }
    mutating func encode(_ value: UInt) { here.number(value) }
    mutating func encode(_ value: UInt8) { here.number(value) }
    mutating func encode(_ value: UInt16) { here.number(value) }
    mutating func encode(_ value: UInt32) { here.number(value) }
    mutating func encode(_ value: UInt64) { here.number(value) }
    mutating func encode(_ value: Int128) { here.number(value) }
    mutating func encode(_ value: UInt128) { here.number(value) }
    mutating func encode(_ value: some Encodable) throws { try value.encode(to: here) }
}
