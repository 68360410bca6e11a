/// `negative_stock`: a (product, lot, internal location) balance crosses from >= 0 to < 0; one
/// finding per crossing, at the line that crossed. Stock without a lot counts as one more lot.
struct NegativeStockRule: AuditRule {
    let id = AuditRuleID.negativeStock

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for item in 0..<context.itemCount {
            var balances: [LocationID: Quantity] = [:]
            for index in context.item(item).lines.map(Int.init) {
                let line = context.line(index)
                if dataset[line.to].usage.holdsStock { balances[line.to, default: .zero] += line.quantity }
                guard dataset[line.from].usage.holdsStock else { continue }
                let before = balances[line.from, default: .zero]
                let after = before - line.quantity
                balances[line.from] = after
                guard before >= .zero, after < .zero else { continue }
                let what = line.lot.map { "lot \(dataset[$0].name)" } ?? "stock without a lot"
                collector.report(
                    id, line: index, location: line.from,
                    detail: "\(context.when(line)) takes \(context.amount(line.quantity, of: line)) of \(what) from \(dataset[line.from].fullName), which held \(before): the balance falls to \(after)")
            }
        }
    }
}
