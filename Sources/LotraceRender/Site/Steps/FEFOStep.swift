import LotraceCore

/// `fefo.html`: per product, the FEFO order of its stock as of the site's date and the lot to
/// pick next.
struct FEFOStep: SiteStep {
    let title = "Render FEFO pick order"
    let templates = ["fefo"]
    let section: SiteSection? = SiteSection(title: "FEFO", path: FEFOPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let order = FEFOOrder(graph: context.graph, dates: context.dates, asOf: context.asOf)
        let path = FEFOPage.path
        let page = FEFOPage(
            order, dataset: context.dataset, frame: context.frame(title: "FEFO pick order", path: path),
            lotLink: context.links(from: path).lot)
        try context.render(page, template: "fefo", to: path)
        return SiteStepOutcome(count: 1)
    }
}
