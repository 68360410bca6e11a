import ArgumentParser
import LotraceCore
import LotraceRender

/// `lotrace audit`: the integrity findings; exit 65 when one has severity error (for cron).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the exports for the implementation risks of lot tracking (missing lots, phantom lots, duplicate serials, FEFO...).",
        discussion: """
            Rules and severities: missing_lot, serial_quantity, serial_duplicate, serial_delivered_twice, \
            phantom_lot, negative_stock, lot_product_mismatch, expired_delivered are errors; \
            untracked_stock, fefo_violation, risky_operation_type are warnings.
            Exit code 65 when any finding is an error (or input rows were rejected).
            """)

    @OptionGroup var options: DataOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let dataset = try options.load()
        let graph = TraceGraph(dataset: dataset)
        let audit = IntegrityAudit(graph: graph, dates: LotDateBook(graph: graph))
        try DocumentOutput.emit(audit.render(format))
        if audit.hasErrors {
            let errors = audit.findings.filter { $0.severity == .error }.count
            StandardError.write("lotrace: \(errors) finding\(errors == 1 ? " has" : "s have") severity error")
            throw ExitCode(65)
        }
        try options.finish(dataset)
    }
}
