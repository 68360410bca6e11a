/// A name as one `XMLStreamReader` interns it (`reader.name("row")`): two names of the same
/// reader are equal exactly when their text is, and comparing them costs one comparison, so a
/// large document is walked without making a string per node.
public struct XMLName: Equatable, Sendable {
    /// The address of the name in the reader's dictionary (0: no name).
    let address: UInt
}

/// What `XMLStreamReader.advance()` moved to.
public enum XMLNodeKind: Equatable, Sendable {
    /// An element starts; an empty element (`<a/>`) has no end node.
    case startElement(isEmpty: Bool)
    case endElement
    /// Character data, CDATA or whitespace.
    case text
}
