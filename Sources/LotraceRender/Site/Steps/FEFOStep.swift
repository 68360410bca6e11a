import LotraceCore

/// `fefo.html`: per product, the FEFO order of its stock as of the site's date and the lot to
/// pick next; a product with more entries than the page shows gets its whole order as a list
/// (`fefo/<product>.html`, paged).
struct FEFOStep: SiteStep {
    static let folder = "fefo"

    let title = "Render FEFO pick order"
    let templates = ["fefo", "list-fefo"]
    let section: SiteSection? = SiteSection(title: "FEFO", path: FEFOPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let order = FEFOOrder(graph: context.graph, dates: context.dates, asOf: context.asOf)
        let dataset = context.dataset
        let path = FEFOPage.path
        var pages = 1
        var lists: [ProductID: ListSeries] = [:]
        for stock in order.products where stock.entries.count > TableExcerpt<FEFOPage.Entry>.limit {
            let series = ListSeries(folder: Self.folder, base: context.links.productBase(stock.product), count: stock.entries.count)
            // Every page of the series is in one folder: one set of links serves them all.
            let entries = FEFOPage.entries(stock, dataset: dataset, lotLink: context.links(from: series.path(1)).lot)
            try series.render(
                in: context, template: "list-fefo", heading: dataset[stock.product].displayName,
                hint: "Stock as of \(context.momentText) in First Expiry First Out order.", up: ("FEFO pick order", path),
                noun: "entry", plural: "entries"
            ) { offset, _ in entries[offset] }
            pages += series.pageCount
            lists[stock.product] = series
        }
        let links = context.links(from: path)
        let page = FEFOPage(
            order, dataset: dataset, frame: context.frame(title: "FEFO pick order", path: path), lotLink: links.lot,
            moreHref: { lists[$0].map { links.to($0.path(1)) } })
        try context.render(page, template: "fefo", to: path)
        return SiteStepOutcome(count: pages)
    }
}
