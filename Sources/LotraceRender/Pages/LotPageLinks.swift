import LotraceCore

/// The links a lot page makes, relative to its own path: to other lots (by product key and
/// name, as reports name them), to slips (by reference) and to products on the stock page.
struct LotPageLinks {
    let context: SiteContext
    let path: String

    /// The lot page of (product key, lot name); nil when there is none (lot-less rows).
    func lot(_ product: String, _ lot: String) -> String? {
        context.links.lotPage(product: product, lot: lot).map { context.href($0, from: path) }
    }

    /// The slip of `reference`; nil when it is not a delivery.
    func slip(_ reference: String) -> String? {
        context.links.slipFile(reference).map { context.href($0, from: path) }
    }

    /// The product's entry on the per-product stock page.
    func product(_ product: ProductID) -> String {
        context.href(StockPages.productsPath, from: path) + "#" + StockPages.anchor(of: product)
    }

    /// A tree row of a trace report.
    func treeRow(_ row: TraceReport.TreeRow) -> LotPage.TreeRow {
        LotPage.TreeRow(
            indent: (row.depth - 1) * 20, product: row.product, lot: row.lot, href: lot(row.product, row.lot),
            reference: row.reference, quantity: DisplayFormat.quantity(row.quantity, unit: row.unit),
            repeated: row.repeated)
    }
}
