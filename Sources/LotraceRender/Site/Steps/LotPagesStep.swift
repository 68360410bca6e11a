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
            try context.render(LotPage(lot: lot, stock: balances[index], path: path, context: context), template: "lot", to: path)
        }
        return SiteStepOutcome(count: context.dataset.lots.count)
    }
}
