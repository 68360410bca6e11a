/// An XML namespace as a writer binds it: a prefix (nil for the default namespace) and a URI.
public struct XMLNamespace: Sendable, Hashable {
    /// The prefix elements are written with (`cbc` in `cbc:ID`); nil binds the default namespace.
    public var prefix: String?
    public var uri: String

    /// A namespace bound to `prefix` (nil: the default namespace).
    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }

    /// The declaration attribute's name: `xmlns` or `xmlns:prefix`.
    var declarationName: String { prefix.map { "xmlns:\($0)" } ?? "xmlns" }
}
