import LotraceCore

/// `expiry.html`: the expiry alert list as of the site's date, with the 13-week timeline; a group
/// longer than the page shows is listed whole (`expiry/<group>.html`, paged). Its non-empty
/// groups become highlights of the index page.
struct ExpiryStep: SiteStep {
    static let folder = "expiry"

    let title = "Render expiry alerts"
    let templates = ["expiry", "list-expiry"]
    let section: SiteSection? = SiteSection(title: "Expiry", path: ExpiryPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let list = ExpiryAlertList(graph: context.graph, dates: context.dates, asOf: context.asOf)
        let path = ExpiryPage.path
        var pages = 1
        var lists: [ExpiryGroup: ListSeries] = [:]
        for group in ExpiryGroup.allCases where list[group].count > TableExcerpt<ExpiryPage.Row>.limit {
            let items = list[group]
            let series = ListSeries(folder: Self.folder, base: group.rawValue, count: items.count)
            let links = context.links(from: series.path(1))
            try series.render(
                in: context, template: "list-expiry", heading: group.title,
                hint: "Lots with stock on hand as of \(list.asOf).", up: ("Expiry alerts", path), noun: "lot"
            ) { offset, _ in ExpiryPage.row(items[offset], link: links.lot(items[offset].lotID)) }
            pages += series.pageCount
            lists[group] = series
        }
        let links = context.links(from: path)
        let page = ExpiryPage(
            list, frame: context.frame(title: "Expiry alerts", path: path), limit: TableExcerpt<ExpiryPage.Row>.limit,
            lotLink: links.lot, moreHref: { lists[$0].map { links.to($0.path(1)) } })
        try context.render(page, template: "expiry", to: path)
        return SiteStepOutcome(count: pages, highlights: ExpiryPage.highlights(list, path: path))
    }
}
