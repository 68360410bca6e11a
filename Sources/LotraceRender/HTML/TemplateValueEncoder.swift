/// Turns an `Encodable` view model into a `TemplateValue` tree: structs become objects of their
/// stored properties (a `nil` optional is left out), arrays lists, strings text, integers and
/// floating-point numbers the text Swift prints for them, booleans booleans. Synthesized
/// `Encodable` conformances call straight into it, so no reflection happens while a page renders.
enum TemplateValueEncoder {
    /// The tree of `model`.
    static func encode(_ model: some Encodable) throws -> TemplateValue {
        let encoder = ValueEncoder()
        try model.encode(to: encoder)
        return encoder.value
    }
}

/// The encoder of one value; its containers write into `storage`.
private final class ValueEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var storage: Storage = .empty

    enum Storage {
        case empty
        case single(TemplateValue)
        case object(ObjectStorage)
        case list(ListStorage)
    }

    /// The value written; an encoder nothing was written to is an empty object.
    var value: TemplateValue {
        switch storage {
        case .empty: .object(TemplateObject())
        case .single(let value): value
        case .object(let object): object.value
        case .list(let list): list.value
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: ObjectStorage
        if case .object(let existing) = storage {
            object = existing
        } else {
            object = ObjectStorage()
            storage = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list: ListStorage
        if case .list(let existing) = storage {
            list = existing
        } else {
            list = ListStorage()
            storage = .list(list)
        }
        return UnkeyedContainer(list: list, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

/// A member or item being written: a value, or a nested container's encoder, resolved when it
/// is read.
private enum Written {
    case value(TemplateValue)
    case nested(ValueEncoder)

    var value: TemplateValue {
        switch self {
        case .value(let value): value
        case .nested(let encoder): encoder.value
        }
    }
}

/// The members of an object being written, in order.
private final class ObjectStorage {
    var members: [(name: String, member: Written)] = []

    var value: TemplateValue {
        var object = TemplateObject()
        for (name, member) in members { object.append(name, member.value) }
        return .object(object)
    }
}

/// The items of a list being written.
private final class ListStorage {
    var items: [Written] = []

    var value: TemplateValue { .list(items.map(\.value)) }
}

/// Numbers as Swift prints them (`String(describing:)`), as Mustache engines render them.
private func number(_ value: some CustomStringConvertible) -> TemplateValue { .number(value.description) }

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: ObjectStorage
    var codingPath: [any CodingKey]

    private func set(_ value: TemplateValue, _ key: Key) { object.members.append((key.stringValue, .value(value))) }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: Int128, forKey key: Key) { set(number(value), key) }
    mutating func encode(_ value: UInt128, forKey key: Key) { set(number(value), key) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        set(try TemplateValueEncoder.encode(value), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nestedEncoder(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { nestedEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { nestedEncoder(key) }

    private func nestedEncoder(_ key: Key) -> ValueEncoder { nestedEncoder(named: key.stringValue) }

    private func nestedEncoder(named name: String) -> ValueEncoder {
        let encoder = ValueEncoder()
        object.members.append((name, .nested(encoder)))
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let list: ListStorage
    var codingPath: [any CodingKey]
    var count: Int { list.items.count }

    private func append(_ value: TemplateValue) { list.items.append(.value(value)) }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { append(.bool(value)) }
    mutating func encode(_ value: String) { append(.text(value)) }
    mutating func encode(_ value: Double) { append(number(value)) }
    mutating func encode(_ value: Float) { append(number(value)) }
    mutating func encode(_ value: Int) { append(number(value)) }
    mutating func encode(_ value: Int8) { append(number(value)) }
    mutating func encode(_ value: Int16) { append(number(value)) }
    mutating func encode(_ value: Int32) { append(number(value)) }
    mutating func encode(_ value: Int64) { append(number(value)) }
    mutating func encode(_ value: UInt) { append(number(value)) }
    mutating func encode(_ value: UInt8) { append(number(value)) }
    mutating func encode(_ value: UInt16) { append(number(value)) }
    mutating func encode(_ value: UInt32) { append(number(value)) }
    mutating func encode(_ value: UInt64) { append(number(value)) }
    mutating func encode(_ value: Int128) { append(number(value)) }
    mutating func encode(_ value: UInt128) { append(number(value)) }

    mutating func encode(_ value: some Encodable) throws { append(try TemplateValueEncoder.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nestedEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nestedEncoder().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { nestedEncoder() }

    private func nestedEncoder() -> ValueEncoder {
        let encoder = ValueEncoder()
        list.items.append(.nested(encoder))
        return encoder
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ value: TemplateValue) { encoder.storage = .single(value) }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { set(.bool(value)) }
    mutating func encode(_ value: String) { set(.text(value)) }
    mutating func encode(_ value: Double) { set(number(value)) }
    mutating func encode(_ value: Float) { set(number(value)) }
    mutating func encode(_ value: Int) { set(number(value)) }
    mutating func encode(_ value: Int8) { set(number(value)) }
    mutating func encode(_ value: Int16) { set(number(value)) }
    mutating func encode(_ value: Int32) { set(number(value)) }
    mutating func encode(_ value: Int64) { set(number(value)) }
    mutating func encode(_ value: UInt) { set(number(value)) }
    mutating func encode(_ value: UInt8) { set(number(value)) }
    mutating func encode(_ value: UInt16) { set(number(value)) }
    mutating func encode(_ value: UInt32) { set(number(value)) }
    mutating func encode(_ value: UInt64) { set(number(value)) }
    mutating func encode(_ value: Int128) { set(number(value)) }
    mutating func encode(_ value: UInt128) { set(number(value)) }

    mutating func encode(_ value: some Encodable) throws { set(try TemplateValueEncoder.encode(value)) }
}
