import LotraceCore

/// The lots dashboard: stock by location (`stock.html`) and lots by product (`products.html`).
struct LotsDashboardStep: SiteStep {
    let title = "Render lots dashboard"
    let templates = ["stock", "products"]
    let section: SiteSection? = SiteSection(title: "Stock", path: StockPages.locationsPath)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let report = OnHandReport(graph: context.graph, asOf: context.asOf)
        let locations = StockPages.locationsPath
        let byLocation = StockByLocationPage(
            report: report, dataset: context.dataset, frame: context.frame(title: "Stock by location", path: locations),
            links: context.links(from: locations))
        try context.render(byLocation, template: "stock", to: locations)
        let products = StockPages.productsPath
        let byProduct = StockByProductPage(
            report: report, dataset: context.dataset, frame: context.frame(title: "Lots by product", path: products),
            links: context.links(from: products))
        try context.render(byProduct, template: "products", to: products)
        return SiteStepOutcome(count: 2)
    }
}
