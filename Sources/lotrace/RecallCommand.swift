import ArgumentParser
import Foundation
import LotraceCore
import LotraceRender

/// `lotrace recall LOT...`: the recall report of lots (or of a product's receipts, a supplier's
/// lot, or the sources of a complaint) with the FSMA 204 sortable spreadsheet.
struct RecallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Recall report: affected lots, customer deliveries, stock to quarantine, mass balance, FSMA 204 CSV.",
        discussion: """
            Select lots by name (LOT..., with --product when several products share a name), from \
            a list of lots (--lots-file: CSV or XLSX with a lot column and usually a product \
            column, as a supplier or an authority sends them; rows that name no single lot are \
            listed on stderr and in the report, and the run exits 65), by --product with \
            --received FROM..TO (receipt dates, YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, either end may \
            be left out), by --from-supplier-lot (the vendor's batch number, the lots export's \
            Internal Reference), or by --product alone (every lot of it). --upstream recalls what \
            fed the selected lots instead (their source lots) and everything made from those.
            With --out, writes recall.html, fsma204.csv and recall.json into the folder (replaced \
            as a whole, atomically); otherwise prints --format on stdout.
            """)

    @Argument(help: "Lots or serial numbers to recall, exactly as exported.")
    var lots: [String] = []

    @Option(
        name: .customLong("lots-file"),
        help: ArgumentHelp(
            "CSV or XLSX file of lots to recall: a Lot/Serial Number column and usually a Product column (Internal Reference, display name or GTIN), headers as the exports write them.",
            valueName: "file"))
    var lotsFile: String?

    @Option(help: "Product (Internal Reference or display name) of the lots (and of --lots-file rows naming none), or whose receipts to recall.")
    var product: String?

    @Option(name: .customLong("from-supplier-lot"), help: "A supplier's lot number (Internal Reference of the lots).")
    var supplierLot: String?

    @Option(help: "Receipt dates FROM..TO of the --product lots to recall.")
    var received: String?

    @Flag(help: "Recall the sources of the selected lots (a customer complaint) and everything made from them.")
    var upstream = false

    @Option(help: "Folder to write the report into (recall.html, fsma204.csv, recall.json).")
    var out: String?

    @Option(help: "Output format on stdout without --out: html, json or csv (the FSMA 204 spreadsheet).")
    var format: RecallDocuments.Document = .html

    @Flag(help: "Print the times of reading the lots file, loading, building the graph, the recall and the output on stderr (for benchmarks).")
    var timings = false

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var options: DataOptions

    func validate() throws {
        if let received, ReceivedRange(parsing: received) == nil {
            throw ValidationError("--received \(received): expected FROM..TO with dates YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, FROM not after TO")
        }
        if received != nil && product == nil { throw ValidationError("--received needs --product") }
        if lots.isEmpty && product == nil && supplierLot == nil && lotsFile == nil {
            throw ValidationError("name at least one lot, or --product, or --from-supplier-lot, or --lots-file")
        }
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let started = ContinuousClock.now
        let lock = try out.map(OutputLocking.take)
        defer { lock?.release() }
        let lotList = try lotsFile.map(Self.readLotList)
        clock.lap("lots file")
        let dataset = try options.load()
        let config = try options.config()
        clock.lap("ingest")
        let graph = TraceGraph(dataset: dataset)
        clock.lap("graph")
        let selection = RecallSelection(
            lots: lots, lotList: lotList, product: product, received: received.flatMap(ReceivedRange.init(parsing:)),
            supplierLot: supplierLot, upstream: upstream)
        var report: RecallReport
        do {
            report = try RecallReport(
                graph: graph, selection: selection, company: config.company.name,
                timeZone: config.timeZone, generated: AsOfDate.now(timeZone: config.timeZone))
        } catch {
            if case .lotListNamesNothing(let resolution) = error { Self.writeRows(of: resolution) }
            StandardError.write("lotrace: \(error)")
            throw ExitCode.failure
        }
        if let resolution = report.lotList { Self.writeRows(of: resolution) }
        clock.lap("recall")
        report.provenance.elapsed = ContinuousClock.now - started
        let documents = RecallDocuments(report: report, company: config.company)
        if let out {
            try StandardError.exitOnFailure { try documents.write(to: out, templates: templateOptions.directory, lock: lock) }
            StandardError.write("lotrace: wrote \(out)/\(RecallDocuments.htmlName), \(RecallDocuments.csvName), \(RecallDocuments.jsonName)")
        } else if format == .json {
            DocumentOutput.stream(documents.writeJSON)
        } else {
            try DocumentOutput.emit(StandardError.exitOnFailure { try documents.render(format, templates: templateOptions.directory) })
        }
        clock.lap("output")
        let recovery = report.recovery.percent.map { "\($0)%" } ?? "n/a"
        let affected = DisplayFormat.count(report.affected.count, "affected lot")
        let deliveries = DisplayFormat.count(report.deliveries.count, "delivery", plural: "deliveries")
        StandardError.write(
            "lotrace: \(affected), \(deliveries), recovery \(recovery), \(report.provenance.elapsedSeconds ?? "") s")
        let unresolved = report.lotList?.unresolved.count ?? 0
        let listFailed = unresolved > 0 && !options.rejectionsAsWarnings
        if let name = report.lotList?.list.name, listFailed {
            StandardError.write(
                "lotrace: \(unresolved) row\(unresolved == 1 ? "" : "s") of \(name) named no lot of the data and \(unresolved == 1 ? "was" : "were") not recalled (listed above)")
        }
        try options.finish(dataset)
        if listFailed { throw ExitCode(65) }
    }

    /// The lots list at `path`, its notes printed; a refused file is printed and exits 1.
    private static func readLotList(_ path: String) throws -> LotList {
        do {
            let list = try LotList(path: path)
            for note in list.notes { StandardError.write("lotrace: \(list.name): \(note)") }
            return list
        } catch {
            StandardError.write("lotrace: refused: \(error)")
            throw ExitCode.failure
        }
    }

    /// The rows of the lots list that named no lot or repeated one, then its accounting.
    private static func writeRows(of resolution: LotListResolution) {
        for line in resolution.rowLines { StandardError.write("lotrace: \(line)") }
        StandardError.write("lotrace: \(resolution.summary)")
    }
}

extension RecallDocuments.Document: ExpressibleByArgument {}
