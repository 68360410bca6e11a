import LotraceDiagnostics
import LotraceXML

/// An `XMLStreamReader` whose errors are `Diagnostic`s, with the small helpers both XML
/// input readers need.
struct XMLEventSource {
    let reader: XMLStreamReader

    /// Opens `bytes` for reading, validating against `schema` when given.
    init(bytes: [UInt8], fileName: String, schema: XMLSchema? = nil) throws(Diagnostic) {
        do {
            reader = try XMLStreamReader(bytes: bytes, documentName: fileName, schema: schema)
        } catch {
            throw error.diagnostic
        }
    }

    /// The next event, or nil at the end of the document.
    func next() throws(Diagnostic) -> XMLEvent? {
        do {
            return try reader.next()
        } catch {
            throw error.diagnostic
        }
    }

    /// The root element (the first start event).
    func root() throws(Diagnostic) -> XMLStartElement {
        while let event = try next() {
            if case .startElement(let element) = event { return element }
        }
        throw Diagnostic(at: SourcePosition(line: 1, column: 1), message: "the document has no root element")
    }

    /// Reads the rest of the current element (its start event was just read): its direct text,
    /// whether it had child elements, and where it ends.
    func readContent() throws(Diagnostic) -> (text: String, hasChildElements: Bool, endLine: Int) {
        var text = ""
        var hasChildElements = false
        var depth = 0
        while let event = try next() {
            switch event {
            case .text(let part):
                if depth == 0 { text += part }
            case .startElement:
                hasChildElements = true
                depth += 1
            case .endElement(_, _, let line, _):
                if depth == 0 { return (text, hasChildElements, line) }
                depth -= 1
            }
        }
        return (text, hasChildElements, 0)
    }

    /// Reads past the end of the current element (its start event was just read); returns the
    /// line of its end tag.
    @discardableResult
    func skipElement() throws(Diagnostic) -> Int {
        try readContent().endLine
    }
}
