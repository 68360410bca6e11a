/// One step of a streamed XML document, as plain Swift values.
public enum XMLEvent: Sendable, Equatable {
    /// An element starts (an empty element `<a/>` gives a start and an end event).
    case startElement(XMLStartElement)
    /// Character data, CDATA and whitespace, exactly as parsed (entities `&amp;` resolved).
    case text(String)
    /// An element ends; the position is that of its end tag (`</a>`), or of `/>` for `<a/>`.
    case endElement(localName: String, namespaceURI: String?, line: Int, column: Int)
}
