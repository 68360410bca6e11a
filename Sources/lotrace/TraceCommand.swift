import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender
import LotraceXML

/// `lotrace trace LOT`: a lot's facts, stock, history, upstream and downstream.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace a lot or serial number: where it is, its history, what it was made from and where it went.")

    @Argument(help: "The lot or serial number, exactly as exported (case and spaces matter).")
    var lot: String

    @Option(help: "The product (Internal Reference or display name), when several products have a lot of that name.")
    var product: String?

    @OptionGroup var options: DataOptions

    /// The formats of a trace.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        /// Lotrace XML (schemas/lotrace-trace.xsd).
        case xml
        /// EPCIS 2.0 events of the lot and the lots linked to it.
        case epcis
    }

    @Option(help: "Output format: text, json, xml (Lotrace XML) or epcis (EPCIS 2.0 events of the trace).")
    var format: Format = .text

    func run() throws {
        let dataset = try options.load()
        let lotID = try StandardError.exitOnFailure { try dataset.resolveLot(named: lot, product: product) }
        let graph = TraceGraph(dataset: dataset)
        let report = TraceReport(graph: graph, lot: lotID)
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json.serialized())
        case .xml, .epcis:
            let config = try options.config()
            let document = try XMLOutput.render { () throws(XMLWriterError) in
                format == .xml
                    ? RenderedXML(bytes: try TraceXML(report: report, timeZone: config.timeZone).render(), notes: [])
                    : try EPCISXML(graph: graph, config: config, trace: lotID, created: Date()).render()
            }
            try XMLOutput.emit(document, to: nil)
        }
        try options.finish(dataset)
    }
}
