import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender
import LotraceXML

/// `lotrace expiry`: the expiry alert list as of a date (cron runs it nightly).
struct ExpiryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiry",
        abstract: "List lots on hand that are expired, to remove, past their alert date, or coming due in 30/60/90 days.",
        discussion: """
            --as-of takes YYYY-MM-DD (the end of that day) or "YYYY-MM-DD HH:MM:SS"; without it, now in the
            time zone of lotrace.json. Each lot appears once, in its most severe group.
            """)

    /// The formats of the list.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case html
        /// Lotrace XML (schemas/lotrace-expiry.xsd).
        case xml
    }

    @OptionGroup var options: DataOptions

    /// The moment of the list.
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: text, json, html (a standalone page) or xml (Lotrace XML, schemas/lotrace-expiry.xsd).")
    var format: Format = .text

    @Option(help: "Folder of the Mustache templates (for --format html).")
    var templates: String = "templates"

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let moment = asOf.moment(timeZone: config.timeZone)
        let graph = TraceGraph(dataset: dataset)
        let list = ExpiryAlertList(graph: graph, dates: LotDateBook(graph: graph), asOf: moment)
        switch format {
        case .text: print(list.text, terminator: "")
        case .json: print(list.json.serialized())
        case .xml:
            let document = try XMLOutput.render { () throws(XMLWriterError) in
                RenderedXML(bytes: try ExpiryXML(list: list, timeZone: config.timeZone).render(), notes: [])
            }
            try XMLOutput.emit(document, to: nil)
        case .html:
            let page = try StandardError.exitOnFailure {
                try ExpiryHTML.standalone(
                    list, dataset: dataset, config: config, templates: try TemplateLibrary(directory: templates))
            }
            print(page, terminator: "")
        }
        try options.finish(dataset)
    }
}
