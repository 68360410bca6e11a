internal import CLibXML2

/// Walking a large document node by node without events: `advance()` moves to the next element
/// start, element end or text with the same refusals as `next()`, and the current node's name,
/// attributes and text are read into reusable byte buffers. Use either this or `next()` on one
/// reader, not both.
extension XMLStreamReader {
    /// `text` as this reader interns it, to compare with `currentName`.
    public func name(_ text: String) -> XMLName {
        XMLName(address: UInt(bitPattern: xmlTextReaderConstString(reader, text)))
    }

    /// The local name of the current element (start or end).
    public var currentName: XMLName {
        XMLName(address: UInt(bitPattern: xmlTextReaderConstLocalName(reader)))
    }

    /// The next element start, element end or text node; nil at the end of the document.
    public func advance() throws(XMLError) -> XMLNodeKind? {
        if let failure { throw failure }
        do {
            while let type = try step() {
                switch type {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    return .startElement(isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    return .endElement
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                    Int32(XML_READER_TYPE_WHITESPACE.rawValue),
                    Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                    return .text
                default:
                    continue
                }
            }
            return nil
        } catch {
            failure = error
            throw error
        }
    }

    /// Replaces `bytes` with the value of the current element's attribute `name` (no
    /// namespace); false, and `bytes` empty, when the element has no such attribute.
    public func attribute(_ name: XMLName, into bytes: inout [UInt8]) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        guard let pointer = UnsafePointer<xmlChar>(bitPattern: name.address),
            xmlTextReaderMoveToAttribute(reader, pointer) == 1
        else { return false }
        defer { xmlTextReaderMoveToElement(reader) }
        append(xmlTextReaderConstValue(reader), to: &bytes)
        return true
    }

    /// The current element's attributes (without namespace declarations), in one pass: their
    /// local names into `names`, their values one after another into `values`, each ending at
    /// the same index of `ends` (all three replaced).
    public func attributes(names: inout [XMLName], values: inout [UInt8], ends: inout [Int]) {
        names.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
            names.append(XMLName(address: UInt(bitPattern: xmlTextReaderConstLocalName(reader))))
            append(xmlTextReaderConstValue(reader), to: &values)
            ends.append(values.count)
        }
    }

    /// Appends the current text node's characters (UTF-8, entities resolved) to `bytes`.
    public func appendText(to bytes: inout [UInt8]) {
        append(xmlTextReaderConstValue(reader), to: &bytes)
    }

    private func append(_ value: UnsafePointer<xmlChar>?, to bytes: inout [UInt8]) {
        guard let value else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }
}
