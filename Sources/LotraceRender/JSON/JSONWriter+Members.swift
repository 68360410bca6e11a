import LotraceCore

/// Object members in one call, `"key": value`, for the rows reports write straight into a
/// `JSONWriter`; an absent value is null.
extension JSONWriter {
    mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    mutating func member(_ key: StaticString, _ value: String?) {
        self.key(key)
        string(orNull: value)
    }

    mutating func member(_ key: StaticString, _ value: Int) {
        self.key(key)
        integer(value)
    }

    mutating func member(_ key: StaticString, _ value: Quantity) {
        self.key(key)
        quantity(value)
    }

    mutating func member(_ key: StaticString, _ value: Quantity?) {
        self.key(key)
        quantity(orNull: value)
    }

    mutating func member(_ key: StaticString, _ value: LocalDateTime) {
        self.key(key)
        date(value)
    }
}
