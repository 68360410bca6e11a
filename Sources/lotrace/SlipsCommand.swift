import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace slips --date DAY`: a day's delivery slips as one printable page.
struct SlipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slips",
        abstract: "Print a day's delivery slips in one go: one HTML page, each slip on new sheets with its own page numbers.",
        discussion: """
            Writes the page the site has as slips/<YYYY-MM-DD>.html, its stylesheet inlined: every \
            outgoing transfer shipping that day (Date of Transfer, else Scheduled Date), cancelled \
            ones left out, in shipping order. Each slip starts on a new sheet and prints "Page N of \
            M" of its own at A4 or Letter. The whole day is one document, however long: the site \
            prints a long day in parts (slips/<YYYY-MM-DD>-2.html, ...). Exit 1 when no slip ships \
            that day.
            """)

    @Option(help: "The day, YYYY-MM-DD.")
    var date: String

    @OptionGroup var options: DataOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var templateOptions: TemplateOptions

    func validate() throws {
        guard LocalDateTime.parseDate(Array(date.utf8)) != nil else {
            throw ValidationError("--date \(date): expected YYYY-MM-DD (an existing date)")
        }
    }

    func run() throws {
        let config = try options.config()
        let dataset = try options.load()
        let document = try StandardError.exitOnFailure {
            try DaySlipDocuments(date: date, dataset: dataset, config: config)
                .render(templates: templateOptions.directory, today: AsOfDate.now(timeZone: config.timeZone))
        }
        try DocumentOutput.emit(document, to: output)
        try options.finish(dataset)
    }
}
