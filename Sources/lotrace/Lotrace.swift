import ArgumentParser
import LotraceCore

/// The `lotrace` command: traceability documents from Odoo stock exports.
@main
struct Lotrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lotrace",
        abstract: "Traceability from Odoo stock exports: row accounting, on-hand stock, lot traces, GS1 scans.",
        discussion: """
            Exit codes: 0 ok; 1 a file was refused or the command failed; 64 usage error; \
            65 input rows were rejected (see `lotrace check`), unless --rejections-as-warnings.
            """,
        version: LotraceVersion.string,
        subcommands: [BuildCommand.self, CheckCommand.self, OnHandCommand.self, TraceCommand.self, GenerateCommand.self, AuditCommand.self,
            ExpiryCommand.self, RecallCommand.self,
            SlipCommand.self, SlipsCommand.self, ExportCommand.self, ValidateCommand.self, ScanCommand.self]
    )
}
