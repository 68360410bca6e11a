import LotraceCore

/// Recall pages of the lots `RecallPagePlan` chooses: `recalls/<lot page name>.html`, the
/// printable report, with its FSMA 204 spreadsheet beside it (`.csv`). Lot pages link to them,
/// or show the command. The reports are
/// taken over the data's whole history and dated with the moment the data describes
/// (`SiteContext.dataMoment`), so an unchanged data folder gives unchanged files.
struct RecallPagesStep: SiteStep {
    /// Folder of the recall pages.
    static let folder = "recalls"

    let title = "Render recall pages"
    let templates = [RecallDocuments.template]
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        // Same data: the same lots get the same reports (dated with the data's moment).
        if let kept = try context.output.reuseAll(under: Self.folder + "/", momentKey: context.momentText) {
            return SiteStepOutcome(count: kept / 2, noun: "recall page")
        }
        let graph = context.graph
        let lots = context.recallPlan.lots
        try context.forEachPage(lots.count) { index in
            let lot = lots[index]
            let dataset = context.dataset
            let selection = RecallSelection(lots: [dataset[lot].name], product: dataset[dataset[lot].product].key)
            let report = RecallReport(
                graph: graph, selection: selection, selected: [lot], company: context.config.company.name,
                timeZone: context.config.timeZone, generated: context.dataMoment)
            let documents = RecallDocuments(report: report, company: context.config.company)
            let page = RecallLink.page(of: lot, links: context.links, suffix: ".html")
            let spreadsheet = RecallLink.page(of: lot, links: context.links, suffix: ".csv")
            let pageLinks = context.links(from: page)
            let links = RecallPage.Links(
                spreadsheet: pageLinks.to(spreadsheet), lot: pageLinks.lot(lot), home: pageLinks.to("index.html"))
            let moment = context.momentText
            try context.output.write(try documents.html(library: context.templates, links: links), to: page, momentKey: moment)
            try context.output.write(documents.csv, to: spreadsheet, momentKey: moment)
        }
        return SiteStepOutcome(count: lots.count, noun: "recall page")
    }
}
