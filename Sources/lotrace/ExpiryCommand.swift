import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace expiry`: the expiry alert list as of a date (cron runs it nightly).
struct ExpiryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiry",
        abstract: "List lots on hand that are expired, to remove, past their alert date, or coming due in 30/60/90 days.",
        discussion: """
            --as-of takes YYYY-MM-DD (the end of that day) or "YYYY-MM-DD HH:MM:SS"; without it, now in the \
            time zone of lotrace.json. Each lot appears once, in its most severe group.
            """)

    @OptionGroup var options: DataOptions

    /// The moment of the list.
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: text, json, html (a standalone page) or xml (Lotrace XML, schemas/lotrace-expiry.xsd).")
    var format: ExpiryDocuments.Format = .text

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let documents = ExpiryDocuments(
            graph: TraceGraph(dataset: dataset), asOf: asOf.moment(timeZone: config.timeZone), config: config)
        try DocumentOutput.emit(StandardError.exitOnFailure { try documents.render(format, templates: templateOptions.directory) })
        try options.finish(dataset)
    }
}

extension ExpiryDocuments.Format: ExpressibleByArgument {}
