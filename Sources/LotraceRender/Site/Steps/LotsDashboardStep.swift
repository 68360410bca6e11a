import LotraceCore

/// The lots dashboard: stock by location (`stock.html`) and lots by product (`products.html`).
struct LotsDashboardStep: SiteStep {
    let title = "Render lots dashboard"
    let templates = ["stock", "products"]
    let section: SiteSection? = SiteSection(title: "Stock", path: StockPages.locationsPath)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let report = OnHandReport(graph: context.graph, asOf: context.asOf)
        try context.render(StockByLocationPage(report: report, context: context), template: "stock", to: StockPages.locationsPath)
        try context.render(StockByProductPage(report: report, context: context), template: "products", to: StockPages.productsPath)
        return SiteStepOutcome(count: 2)
    }
}
