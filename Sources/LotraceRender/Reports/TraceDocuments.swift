import Foundation
import LotraceCore
import LotraceXML

/// `lotrace trace`: a lot's facts, stock, history, upstream and downstream, as text, JSON,
/// Lotrace XML (`schemas/lotrace-trace.xsd`) or the EPCIS 2.0 events of the lot and the lots
/// linked to it (XML or JSON-LD).
public struct TraceDocuments: Sendable {
    /// The formats of a trace.
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        /// Lotrace XML (schemas/lotrace-trace.xsd).
        case xml
        /// EPCIS 2.0 XML events of the lot and the lots linked to it.
        case epcis
        /// The same events in EPCIS 2.0 JSON-LD.
        case epcisJSON = "epcis-json"
    }

    public let graph: TraceGraph
    public let lot: LotID
    public let config: LotraceConfig
    public let report: TraceReport

    /// The trace of `lot`, with the time zone and identifiers of `config`.
    public init(graph: TraceGraph, lot: LotID, config: LotraceConfig) {
        self.graph = graph
        self.lot = lot
        self.config = config
        report = TraceReport(graph: graph, lot: lot)
    }

    /// The trace in `format`; an EPCIS document says it was created at `created`.
    public func render(_ format: Format, created: Date) throws(DocumentError) -> RenderedDocument {
        switch format {
        case .text: report.render(.text)
        case .json: report.render(.json)
        case .xml:
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try TraceXML(report: report, timeZone: config.timeZone).render()
            }
        case .epcis:
            try DocumentError.writingXML { () throws(XMLWriterError) in
                try EPCISXML(EPCISExport(graph: graph, config: config, trace: lot, created: created)).render()
            }
        case .epcisJSON:
            EPCISJSON(EPCISExport(graph: graph, config: config, trace: lot, created: created)).render()
        }
    }
}
