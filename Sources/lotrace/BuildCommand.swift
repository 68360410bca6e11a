import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace build`: the whole static site (index, lots dashboard, lot pages, delivery slips),
/// rendered into a staging folder and swapped in when every step succeeded.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static HTML site: index, stock dashboard, lot pages and printable delivery slips.",
        discussion: """
            The site is rendered into a staging folder next to --out and swapped in only when every \
            step succeeded; a failed build leaves the previous site as it was. A folder that lotrace \
            did not create (no .lotrace-site marker) is never replaced. Unchanged files keep their \
            bytes and modification time. One build at a time writes a folder: a build started while \
            another writes the same --out is refused at once (exit 1) with the running build's \
            process id and start time (the lock file .<out>.lotrace-lock beside it).
            """)

    @OptionGroup var options: DataOptions

    @Option(help: "Folder the site is written to (replaced as a whole).")
    var out: String = "output"

    @OptionGroup var templateOptions: TemplateOptions

    /// The moment the site's stock is taken at.
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let lock = try OutputLocking.take(out)
        defer { lock.release() }
        let library = try StandardError.exitOnFailure { try TemplateLibrary(directory: templateOptions.directory) }
        let config = try options.config()
        let dataset = try options.load()
        let moment = asOf.moment(timeZone: config.timeZone)
        let reporter = SiteReporter(terminal: isatty(STDERR_FILENO) != 0) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
        let summary = try StandardError.exitOnFailure {
            try SiteBuilder(output: out).build(
                dataset: dataset, config: config, asOf: moment, templates: library, reporter: reporter,
                inputs: ContentDigest.ofFolder(options.data), lock: lock)
        }
        StandardError.write("lotrace: \(summary)")
        try options.finish(dataset)
    }
}
