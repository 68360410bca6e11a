import Foundation
import LotraceCore
import LotraceXML

/// `lotrace export`: the whole data set for other systems.
public struct ExportDocuments: Sendable {
    /// What to export.
    public enum Kind: String, Sendable, CaseIterable {
        /// EPCIS 2.0 XML events of every done movement.
        case epcis
    }

    public let graph: TraceGraph
    public let config: LotraceConfig

    /// The export of `graph`'s data set, with the identifiers and time zone of `config`.
    public init(graph: TraceGraph, config: LotraceConfig) {
        self.graph = graph
        self.config = config
    }

    /// The document of `kind`, saying it was created at `created`.
    public func render(_ kind: Kind, created: Date) throws(DocumentError) -> RenderedDocument {
        switch kind {
        case .epcis:
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try EPCISXML(graph: graph, config: config, created: created).render()
            }
        }
    }
}
