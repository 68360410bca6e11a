import LotraceCore

/// One page per lot or serial number (`lots/<product>_<lot>.html`).
struct LotPagesStep: SiteStep {
    let title = "Render lot pages"
    let templates = ["lot"]
    let section: SiteSection? = SiteSection(title: "Lots", path: StockPages.productsPath)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        var stock: [[StockBalance]] = Array(repeating: [], count: context.dataset.lots.count)
        for balance in context.stock {
            if let lot = balance.lot { stock[Int(lot.index)].append(balance) }
        }
        let balances = stock
        try context.forEachPage(context.dataset.lots.count) { index in
            let lot = LotID(index)
            let path = context.links.lotPage(lot)
            let report = TraceReport(graph: context.graph, lot: lot)
            let page = LotPage(
                report: report, lot: lot, graph: context.graph, stock: balances[index],
                dates: LotDateRows.rows(of: lot, dates: context.dates, asOf: context.asOf), recall: context.recallPlan.sizes[index],
                hasRecallPage: context.recallPlan.hasPage(lot),
                frame: context.frame(title: LotPage.title(of: report), path: path), links: context.links(from: path))
            try context.render(page, template: "lot", to: path)
            for table in LotTablesCSV.Table.allCases where LotTablesCSV.count(table, of: report) > TableExcerpt<LotPage.HistoryRow>.limit {
                try context.output.write(LotTablesCSV.csv(table, of: report), to: LotTablesCSV.path(of: table, page: path))
            }
        }
        return SiteStepOutcome(count: context.dataset.lots.count)
    }
}
