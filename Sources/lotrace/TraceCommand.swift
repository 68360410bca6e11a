import ArgumentParser
import LotraceCore

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

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let dataset = try options.load()
        let lotID: LotID
        do {
            lotID = try dataset.resolveLot(named: lot, product: product)
        } catch {
            StandardError.write("lotrace: \(error)")
            throw ExitCode.failure
        }
        let report = TraceReport(graph: TraceGraph(dataset: dataset), lot: lotID)
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json.serialized())
        }
        try options.finish(dataset)
    }
}
