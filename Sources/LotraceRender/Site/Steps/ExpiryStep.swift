import LotraceCore

/// `expiry.html`: the expiry alert list as of the site's date, with the 13-week timeline; its
/// non-empty groups become highlights of the index page.
struct ExpiryStep: SiteStep {
    let title = "Render expiry alerts"
    let templates = ["expiry"]
    let section: SiteSection? = SiteSection(title: "Expiry", path: ExpiryPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let list = ExpiryAlertList(graph: context.graph, dates: context.dates, asOf: context.asOf)
        let path = ExpiryPage.path
        let page = ExpiryPage(list, frame: context.frame(title: "Expiry alerts", path: path), lotLink: context.links(from: path).lot)
        try context.render(page, template: "expiry", to: path)
        return SiteStepOutcome(count: 1, highlights: ExpiryPage.highlights(list, path: path))
    }
}
