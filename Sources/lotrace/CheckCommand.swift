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
        var clock = Timings(enabled: timings)
        let dataset = options.read()
        clock.lap("ingest")
        let graph = TraceGraph(dataset: dataset)
        clock.lap("graph")
        clock.note("move lines \(dataset.moveLines.count), lots \(dataset.lots.count), on-hand balances \(graph.onHand.count)")
        try DocumentOutput.emit(RowAccounting(dataset: dataset).render(format))
        guard dataset.refusals.isEmpty else { throw ExitCode.failure }
        try options.finish(dataset)
    }
}
