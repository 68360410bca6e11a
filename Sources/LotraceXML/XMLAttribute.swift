/// One attribute of an element, with its value as parsed (entities resolved, whitespace
/// normalised as XML 1.0 requires for attribute values).
public struct XMLAttribute: Sendable, Equatable {
    /// Name without prefix.
    public var localName: String
    /// Namespace URI; nil for an unprefixed attribute.
    public var namespaceURI: String?
    public var value: String

    /// Creates an attribute value.
    public init(localName: String, namespaceURI: String? = nil, value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.value = value
    }
}
