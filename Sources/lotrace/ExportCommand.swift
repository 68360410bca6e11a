import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace export epcis`: the whole data set as one EPCIS 2.0 document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the data set for other systems: epcis (EPCIS 2.0 events, XML or JSON-LD).",
        discussion: """
            epcis: receipts and deliveries as ObjectEvents (bizStep receiving / shipping), returns with \
            disposition returned, manufacturing orders as TransformationEvents, in time order. Lots and \
            serials are GS1 Digital Link URIs when the product's Barcode is a GTIN, EPC URNs when \
            lotrace.json sets epcis.companyPrefixLength, else URIs under epcis.uriBase. Times carry the \
            offset of lotrace.json's timeZone. --format json writes the same events in the EPCIS 2.0 \
            JSON-LD binding (GS1's context, bare CBV words such as shipping).
            """)

    @Argument(help: "What to export: epcis.")
    var kind: ExportDocuments.Kind

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: xml (EPCIS 2.0 XML) or json (EPCIS 2.0 JSON-LD).")
    var format: ExportDocuments.Format = .xml

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let documents = ExportDocuments(graph: TraceGraph(dataset: dataset), config: config)
        try DocumentOutput.emit(StandardError.exitOnFailure { try documents.render(kind, format: format, created: Date()) }, to: output)
        try options.finish(dataset)
    }
}

extension ExportDocuments.Kind: ExpressibleByArgument {}
extension ExportDocuments.Format: ExpressibleByArgument {}
