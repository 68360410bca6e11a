import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace check`: reads everything and prints the row accounting.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every export and print the row accounting (read, used, skipped, rejected per file).")

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @Flag(help: "Print the ingest and graph-build times on stderr (for benchmarks).")
    var timings = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let dataset = DatasetLoader(schemasDirectory: options.schemasDirectory).load(folder: options.data)
        let loaded = clock.now
        let graph = TraceGraph(dataset: dataset)
        let built = clock.now
        if timings {
            StandardError.write("timing: ingest \((loaded - start).secondsText) s")
            StandardError.write("timing: graph \((built - loaded).secondsText) s")
            StandardError.write("timing: move lines \(dataset.moveLines.count), lots \(dataset.lots.count), on-hand balances \(graph.onHand.count)")
        }
        try DocumentOutput.emit(RowAccounting(dataset: dataset).render(format))
        guard dataset.refusals.isEmpty else { throw ExitCode.failure }
        try options.finish(dataset)
    }
}
