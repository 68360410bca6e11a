/// `untracked_stock`: at the end, a tracked product still has stock without a lot on hand in an
/// internal location (the article's "tracking enabled on existing stock"). One finding per
/// (product, location), at the first lot-less line that brought stock there.
struct UntrackedStockRule: AuditRule {
    let id = AuditRuleID.untrackedStock

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for balance in context.graph.onHand where balance.lot == nil && balance.quantity > .zero {
            guard context.isTracked(balance.product) else { continue }
            let item = context.graph.items.lotProducts.count + Int(balance.product.index)
            guard let first = context.item(item).lines.map(Int.init).first(where: { context.line($0).to == balance.location })
            else { continue }
            let line = context.line(first)
            collector.report(
                id, line: first, location: balance.location,
                detail: "\(context.amount(balance.quantity, of: line)) without a lot is still on hand in \(dataset[balance.location].fullName) (first brought in by \(context.when(line))): assign lots with an inventory adjustment")
        }
    }
}
