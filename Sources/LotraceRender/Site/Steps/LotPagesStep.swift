import LotraceCore

/// One page per lot or serial number (`lots/<product>_<lot>.html`), with its long tables written
/// whole beside it (`LotTablesCSV`). A lot page depends on the as-of moment only through which
/// of its dates it reached and which of its lines it counts in the stock: on a rebuild of
/// unchanged data as of another moment, a page is kept without being made when neither changed.
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
            let dates = LotDateRows.rows(of: lot, dates: context.dates, asOf: context.asOf)
            let lines = context.graph.lines(of: lot)
            // The stock is made of the lines dated up to the as-of moment (a chronological prefix).
            let counted = (lines.lastIndex { context.dataset.moveLines[$0].date <= context.asOf } ?? -1) + 1
            let momentKey = String(dates.map { $0.reached ? "1" : "0" }) + " \(counted)"
            let tables = LotTablesCSV.Table.allCases.map { LotTablesCSV.path(of: $0, page: path) }
            if try context.reuse(path, momentKey: momentKey) {
                // Same data: the tables written whole beside the page are the same too.
                for table in tables { _ = try context.reuse(table, momentKey: "") }
                return
            }
            let stockSince = counted > 0 ? context.dataset.moveLines[lines[counted - 1]].date : nil
            let report = TraceReport(graph: context.graph, lot: lot)
            let plan = context.recallPlan
            let page = LotPage(
                report: report, lot: lot, graph: context.graph, stock: balances[index], stockSince: stockSince, dates: dates,
                recall: plan.sizes[index], hasRecallPage: plan.hasPage(lot),
                frame: context.timelessFrame(title: LotPage.title(of: report), path: path), links: context.links(from: path))
            try context.render(page, template: "lot", to: path, momentKey: momentKey)
            for (table, tablePath) in zip(LotTablesCSV.Table.allCases, tables)
            where LotTablesCSV.count(table, of: report) > TableExcerpt<LotPage.HistoryRow>.limit {
                try context.output.write(LotTablesCSV.csv(table, of: report), to: tablePath)
            }
        }
        return SiteStepOutcome(count: context.dataset.lots.count)
    }
}
