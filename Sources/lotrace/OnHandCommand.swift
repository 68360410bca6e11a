import ArgumentParser
import LotraceCore
import LotraceRender

/// `lotrace onhand`: stock on hand per product, lot and internal location.
struct OnHandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onhand",
        abstract: "Print stock on hand per product, lot and internal location (non-zero only).")

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let dataset = try options.load()
        try DocumentOutput.emit(OnHandReport(graph: TraceGraph(dataset: dataset)).render(format))
        try options.finish(dataset)
    }
}
