import LotraceXML

/// Why a document could not be made.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The templates cannot be used (missing, unreadable, failing the lint).
    case templates(TemplateError)
    /// A text the XML document cannot carry (never the case for ingested data, which is checked).
    case xml(XMLWriterError)
    /// What the document is about does not exist in the data.
    case notFound(String)

    public var description: String {
        switch self {
        case .templates(let error): "\(error)"
        case .xml(let error): "cannot write the XML document: \(error)"
        case .notFound(let message): message
        }
    }

    /// The document `body` writes with libxml2's writer.
    static func writingXML(_ body: () throws(XMLWriterError) -> RenderedDocument) throws(DocumentError) -> RenderedDocument {
        do {
            return try body()
        } catch {
            throw .xml(error)
        }
    }

    /// The page `body` renders with the templates.
    static func renderingHTML(_ body: () throws(TemplateError) -> String) throws(DocumentError) -> RenderedDocument {
        do {
            return RenderedDocument(text: try body())
        } catch {
            throw .templates(error)
        }
    }
}
