import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender
import LotraceXML

/// `lotrace export epcis`: the whole data set as one EPCIS 2.0 document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the data set for other systems: epcis (EPCIS 2.0 XML events).",
        discussion: """
            epcis: receipts and deliveries as ObjectEvents (bizStep receiving / shipping), returns with
            disposition returned, manufacturing orders as TransformationEvents, in time order. Lots and
            serials are GS1 Digital Link URIs when the product's Barcode is a GTIN, EPC URNs when
            lotrace.json sets epcis.companyPrefixLength, else URIs under epcis.uriBase. Times carry the
            offset of lotrace.json's timeZone.
            """)

    /// What to export.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case epcis
    }

    @Argument(help: "What to export: epcis.")
    var kind: Kind

    @OptionGroup var options: DataOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let graph = TraceGraph(dataset: dataset)
        switch kind {
        case .epcis:
            let document = try XMLOutput.render { () throws(XMLWriterError) in
                try EPCISXML(graph: graph, config: config, created: Date()).render()
            }
            try XMLOutput.emit(document, to: output)
        }
        try options.finish(dataset)
    }
}
