import Foundation
import LotraceCore
import LotraceXML

/// `lotrace export`: the whole data set for other systems.
public struct ExportDocuments: Sendable {
    /// What to export.
    public enum Kind: String, Sendable, CaseIterable {
        /// EPCIS 2.0 events of every done movement.
        case epcis
    }

    /// The bindings of an export.
    public enum Format: String, Sendable, CaseIterable {
        /// EPCIS 2.0 XML (GS1's XSD).
        case xml
        /// EPCIS 2.0 JSON-LD (GS1's JSON schema and context).
        case json
    }

    public let graph: TraceGraph
    public let config: LotraceConfig

    /// The export of `graph`'s data set, with the identifiers and time zone of `config`.
    public init(graph: TraceGraph, config: LotraceConfig) {
        self.graph = graph
        self.config = config
    }

    /// The document of `kind` in `format`, saying it was created at `created`.
    public func render(_ kind: Kind, format: Format, created: Date) throws(DocumentError) -> RenderedDocument {
        switch (kind, format) {
        case (.epcis, .xml):
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try EPCISXML(EPCISExport(graph: graph, config: config, created: created)).render()
            }
        case (.epcis, .json):
            EPCISJSON(EPCISExport(graph: graph, config: config, created: created)).render()
        }
    }
}
