import LotraceDiagnostics

/// The start of an element: its name, namespace, attributes and where its start tag begins.
public struct XMLStartElement: Sendable, Equatable {
    /// Name without prefix.
    public var localName: String
    /// Namespace URI; nil when the element is in no namespace.
    public var namespaceURI: String?
    /// Attributes in document order, without namespace declarations (`xmlns`, `xmlns:p`).
    public var attributes: [XMLAttribute]
    /// Line (1-based) and column (1-based, in characters) of the `<` of the start tag; no file.
    public var position: SourcePosition

    /// Creates a start-element value.
    public init(
        localName: String, namespaceURI: String?, attributes: [XMLAttribute], line: Int,
        column: Int
    ) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.position = SourcePosition(line: line, column: column)
    }

    /// The value of the attribute with this local name and namespace (nil: no namespace).
    public func attribute(_ localName: String, namespaceURI: String? = nil) -> String? {
        attributes.first { $0.localName == localName && $0.namespaceURI == namespaceURI }?.value
    }
}
