internal import CLibXML2

/// Streams a UTF-8 XML document as `XMLEvent`s, over libxml2's xmlTextReader: a document held in
/// memory (optionally validated against an `XMLSchema` on the way), or one pulled in chunks from
/// an `XMLByteSource` and never held whole.
///
/// Safe by construction: the parser options are exactly `XML_PARSE_NONET | XML_PARSE_NOCDATA`
/// (no entity substitution, no DTD loading, no XInclude, no recovery), the document is decoded
/// as UTF-8 whatever its declaration says, and a DOCTYPE, an entity reference or an XInclude
/// element is refused as `.forbidden`. A well-formedness error ends the reading (`next()` throws
/// it, and throws it again if called again); validity errors do not: they are collected in
/// `validityErrors` and reading goes on. Not Sendable: make and use a reader in one task.
public final class XMLStreamReader {
    /// The namespaces of XInclude, whose elements are refused in inputs.
    private static let xincludeNamespaces: Set<String> = [
        "http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude",
    ]

    let reader: xmlTextReaderPtr
    /// libxml2 reads an in-memory document in place: this copy lives as long as the reader.
    private let buffer: UnsafeMutableBufferPointer<UInt8>?
    /// The source of a pulled document, reached by libxml2's read callback.
    private let source: SourceBox?
    private let collector = XMLErrorCollector()
    /// Kept alive while the reader validates against it.
    private let schema: XMLSchema?
    /// Exact tag positions of an in-memory document; a pulled document gets the parser's lines.
    private var positions: TagPositions?
    /// The end event of an empty element, reported after its start event.
    private var pendingEnd: XMLEvent?
    var failure: XMLError?
    /// Whether the declared encoding was checked (after the first node).
    private var encodingChecked = false
    /// The last namespace URI found not to be XInclude's (an address in libxml2's dictionary).
    private var checkedNamespace: UnsafePointer<xmlChar>?

    /// Validity errors found so far (kind `.invalid`), in document order; each has the line
    /// libxml2 gives (column 0 when it gives none).
    public var validityErrors: [XMLError] { collector.validityErrors }

    /// Prepares to read `bytes`; `documentName` names the document in libxml2's state (it is
    /// not opened). Throws `.schema` when the schema cannot be attached.
    public init(bytes: [UInt8], documentName: String, schema: XMLSchema? = nil) throws(XMLError) {
        LibXML.prepare()
        guard !bytes.isEmpty else {
            throw XMLError(kind: .notWellFormed, line: 1, column: 1, message: "the document is empty")
        }
        guard bytes.count < Int(Int32.max) else {
            throw XMLError(
                kind: .notWellFormed, line: 0, column: 0,
                message: "the document is larger than 2 GiB, which libxml2 cannot read")
        }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let created = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            xmlReaderForMemory($0, Int32(bytes.count), documentName, "UTF-8", options)
        }
        guard let created else {
            buffer.deallocate()
            throw XMLError(
                kind: .notWellFormed, line: 0, column: 0, message: "cannot create an XML reader")
        }
        self.reader = created
        self.buffer = buffer
        self.source = nil
        self.schema = schema
        self.positions = TagPositions(bytes: UnsafeBufferPointer(buffer))
        xmlTextReaderSetStructuredErrorHandler(
            created, XMLErrorCollector.callback, collector.context)
        if let schema, xmlTextReaderSetSchema(created, schema.pointer) != 0 {
            throw XMLError(
                kind: .schema, line: 0, column: 0,
                message: "cannot attach the schema to the XML reader")
        }
    }

    /// Prepares to read a document pulled from `source` as the parser needs it (libxml2's
    /// xmlReaderForIO), with the same options and refusals as an in-memory document. Element
    /// positions are the parser's line (column 0): tags are not found again in bytes that are
    /// no longer held. When `source` fails, `next()` throws a `.notWellFormed` error.
    public init(source: XMLByteSource, documentName: String) throws(XMLError) {
        LibXML.prepare()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let box = SourceBox(source)
        let context = Unmanaged.passUnretained(box).toOpaque()
        guard
            let created = xmlReaderForIO(
                XMLStreamReader.readCallback, nil, context, documentName, "UTF-8", options)
        else {
            throw XMLError(
                kind: .notWellFormed, line: 0, column: 0, message: "cannot create an XML reader")
        }
        self.reader = created
        self.buffer = nil
        self.source = box
        self.schema = nil
        self.positions = nil
        xmlTextReaderSetStructuredErrorHandler(
            created, XMLErrorCollector.callback, collector.context)
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer?.deallocate()
    }

    /// libxml2's read callback for a pulled document: the source's bytes, 0 at the end, -1
    /// when it failed.
    private static let readCallback: xmlInputReadCallback = { context, bytes, length in
        guard let context, let bytes, length > 0 else { return 0 }
        let source = Unmanaged<SourceBox>.fromOpaque(context).takeUnretainedValue().source
        let target = UnsafeMutableRawPointer(bytes).bindMemory(to: UInt8.self, capacity: Int(length))
        guard let count = source.read(into: UnsafeMutableBufferPointer(start: target, count: Int(length))) else {
            return -1
        }
        return Int32(count)
    }

    /// The next event, or nil at the end of the document.
    public func next() throws(XMLError) -> XMLEvent? {
        if let failure { throw failure }
        if let pending = pendingEnd {
            pendingEnd = nil
            return pending
        }
        do {
            return try readEvent()
        } catch {
            failure = error
            throw error
        }
    }

    private func readEvent() throws(XMLError) -> XMLEvent? {
        while let type = try step() {
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                return .startElement(startElement())
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                let tag = positions?.nextEndTag() ?? parserTag
                return .endElement(
                    localName: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    namespaceURI: string(xmlTextReaderConstNamespaceUri(reader)),
                    line: tag.line, column: tag.column)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)) ?? "")
            default:
                continue
            }
        }
        return nil
    }

    /// Reads the next node and refuses what an input may not hold (a DOCTYPE, an entity
    /// reference, an XInclude element, another encoding than UTF-8); returns its libxml2 node
    /// type, or nil at the end of the document.
    func step() throws(XMLError) -> Int32? {
        let status = xmlTextReaderRead(reader)
        if let fatal = collector.firstFatal { throw fatal }
        if status == 0 { return nil }
        guard status == 1 else {
            throw XMLError(
                kind: .notWellFormed, line: Int(xmlTextReaderGetParserLineNumber(reader)),
                column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                message: "the XML reader stopped without saying why")
        }
        if !encodingChecked { try checkEncoding() }
        let type = xmlTextReaderNodeType(reader)
        switch type {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            try checkNamespace()
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
            let name = string(xmlTextReaderConstName(reader)) ?? ""
            throw forbidden("the entity reference &\(name); is not allowed in an input document")
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            let tag = positions?.nextDeclaration() ?? parserTag
            throw XMLError(
                kind: .forbidden, line: tag.line, column: tag.column,
                message: "a DOCTYPE declaration is not allowed in an input document")
        default:
            break
        }
        return type
    }

    /// Refuses an XInclude element. Namespace URIs are interned by libxml2, so one already
    /// checked is recognised by its address.
    private func checkNamespace() throws(XMLError) {
        guard let namespaceURI = xmlTextReaderConstNamespaceUri(reader), namespaceURI != checkedNamespace else { return }
        if Self.xincludeNamespaces.contains(String(cString: namespaceURI)) {
            let tag = positions?.nextStartTag() ?? parserTag
            let localName = string(xmlTextReaderConstLocalName(reader)) ?? ""
            throw XMLError(
                kind: .forbidden, line: tag.line, column: tag.column,
                message: "XInclude (<\(localName)>) is not allowed in an input document")
        }
        checkedNamespace = namespaceURI
    }

    private func startElement() -> XMLStartElement {
        let tag = positions?.nextStartTag() ?? parserTag
        let localName = string(xmlTextReaderConstLocalName(reader)) ?? ""
        let namespaceURI = string(xmlTextReaderConstNamespaceUri(reader))
        var attributes: [XMLAttribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
            attributes.append(
                XMLAttribute(
                    localName: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    namespaceURI: string(xmlTextReaderConstNamespaceUri(reader)),
                    value: string(xmlTextReaderConstValue(reader)) ?? ""))
        }
        xmlTextReaderMoveToElement(reader)
        if xmlTextReaderIsEmptyElement(reader) == 1 {
            let end = tag.selfClosing ?? (tag.line, tag.column)
            pendingEnd = .endElement(
                localName: localName, namespaceURI: namespaceURI, line: end.line, column: end.column)
        }
        return XMLStartElement(
            localName: localName, namespaceURI: namespaceURI, attributes: attributes,
            line: tag.line, column: tag.column)
    }

    /// Holds a pulled document's source for the C read callback (protocol values have no
    /// object pointer of their own).
    private final class SourceBox {
        let source: XMLByteSource
        init(_ source: XMLByteSource) { self.source = source }
    }

    /// Where the parser is, for a pulled document whose tags are not found again (column 0).
    private var parserTag: TagPositions.Tag {
        TagPositions.Tag(line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 0)
    }

    /// Refuses a document that declares an encoding other than UTF-8: libxml2 would decode
    /// its bytes by that declaration, and Lotrace reads UTF-8 only.
    private func checkEncoding() throws(XMLError) {
        encodingChecked = true
        guard let declared = string(xmlTextReaderConstEncoding(reader)),
            declared.uppercased() != "UTF-8"
        else { return }
        throw XMLError(
            kind: .notWellFormed, line: 1, column: 1,
            message: "the document is encoded as \(declared); Lotrace reads UTF-8 only")
    }

    /// A `.forbidden` error at the parser's current position (an entity reference node's own
    /// position is not known).
    private func forbidden(_ message: String) -> XMLError {
        XMLError(
            kind: .forbidden, line: Int(xmlTextReaderGetParserLineNumber(reader)),
            column: Int(xmlTextReaderGetParserColumnNumber(reader)), message: message)
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
