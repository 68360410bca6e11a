import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

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

    @Option(help: "Output format: text, json, xml (Lotrace XML), epcis (EPCIS 2.0 XML events of the trace) or epcis-json (the same events in EPCIS 2.0 JSON-LD).")
    var format: TraceDocuments.Format = .text

    @Flag(help: "Print the ingest, graph-build and trace times on stderr (for benchmarks).")
    var timings = false

    func run() throws {
        var clock = Timings(enabled: timings)
        let dataset = try options.load()
        clock.lap("ingest")
        let lotID = try StandardError.exitOnFailure { try dataset.resolveLot(named: lot, product: product) }
        let config = try options.config()
        let graph = TraceGraph(dataset: dataset)
        clock.lap("graph")
        let documents = TraceDocuments(graph: graph, lot: lotID, config: config)
        clock.lap("trace", unit: .milliseconds)
        try DocumentOutput.emit(StandardError.exitOnFailure { try documents.render(format, created: Date()) })
        try options.finish(dataset)
    }
}

extension TraceDocuments.Format: ExpressibleByArgument {}
