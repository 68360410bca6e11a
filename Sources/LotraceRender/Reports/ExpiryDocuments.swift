import LotraceCore
import LotraceXML

/// `lotrace expiry`: the expiry alert list as of a moment, as text, JSON, a standalone HTML page
/// or Lotrace XML (`schemas/lotrace-expiry.xsd`).
public struct ExpiryDocuments: Sendable {
    /// The formats of the list.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        /// A page of its own, the site's stylesheet inlined (`templates/expiry-standalone.mustache`).
        case html
        /// Lotrace XML (schemas/lotrace-expiry.xsd).
        case xml
    }

    public let list: ExpiryAlertList
    public let config: LotraceConfig

    /// The list of `graph`'s lots as of `asOf`.
    public init(graph: TraceGraph, asOf: LocalDateTime, config: LotraceConfig) {
        list = ExpiryAlertList(graph: graph, dates: LotDateBook(graph: graph), asOf: asOf)
        self.config = config
    }

    /// The list in `format`; HTML is rendered with the templates of the folder `templates`.
    public func render(_ format: Format, templates: String) throws(DocumentError) -> RenderedDocument {
        switch format {
        case .text: list.render(.text)
        case .json: list.render(.json)
        case .xml:
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try ExpiryXML(list: list, timeZone: config.timeZone).render()
            }
        case .html:
            try DocumentError.renderingHTML { () throws(TemplateError) in
                try ExpiryHTML.standalone(list, company: config.company.name, templates: TemplateLibrary(directory: templates))
            }
        }
    }
}
