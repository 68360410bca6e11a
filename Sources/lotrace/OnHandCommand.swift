import ArgumentParser
import LotraceCore

/// `lotrace onhand`: stock on hand per product, lot and internal location.
struct OnHandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onhand",
        abstract: "Print stock on hand per product, lot and internal location (non-zero only).")

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let dataset = try options.load()
        let report = OnHandReport(graph: TraceGraph(dataset: dataset))
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(report.json.serialized())
        }
        try options.finish(dataset)
    }
}
