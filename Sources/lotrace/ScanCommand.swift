import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace scan STRING`: the trace of the lot a scanned GS1 barcode names.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Read a scanned GS1 barcode (or Digital Link) and trace the lot or serial number it carries.",
        discussion: """
            STRING may be scanner output with a symbology identifier (]C1, ]d2, ]Q3) and GS (ASCII 29) \
            separators, a GS1 Digital Link URI (any domain), the bracketed form ((01)...(10)...) or bare \
            element strings. The product is found by its Barcode (GTIN-8/12/13/14, compared as 14 digits), \
            the lot by (10), the serial number by (21).
            Exit codes: 0 traced; 1 refused GS1 data, or an unknown product or lot (the JSON still \
            lists what was read and the errors); 64 usage error; 65 input rows were rejected.
            """)

    @Argument(help: "The scanned data, e.g. '(01)09506000134352(17)251231(10)ABC-1' or 'https://id.gs1.org/01/09506000134352/10/ABC-1'.")
    var string: String

    @Option(help: "The product (Internal Reference or display name), when several products share the scanned GTIN.")
    var product: String?

    @Option(help: "Output format: text (what was read, then the trace as `lotrace trace` prints it) or json.")
    var format: TextOrJSON = .text

    @OptionGroup var options: DataOptions

    func run() throws {
        let dataset = try options.load()
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let report = ScanReport(scanning: string, graph: TraceGraph(dataset: dataset), product: product, referenceYear: year)
        try DocumentOutput.emit(report.render(format))
        for problem in report.problems { StandardError.write("lotrace: \(problem)") }
        guard report.problems.isEmpty else { throw ExitCode.failure }
        try options.finish(dataset)
    }
}
