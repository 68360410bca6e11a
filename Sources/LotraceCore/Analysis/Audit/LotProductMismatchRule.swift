/// `lot_product_mismatch`: the first line of a (product, lot) whose name the lots file lists only
/// under other products (the lots file and the move lines disagree on the lot's product).
struct LotProductMismatchRule: AuditRule {
    let id = AuditRuleID.lotProductMismatch

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        var listed: [ExactText: [ProductID]] = [:]
        for lot in dataset.lots where lot.position != nil { listed[ExactText(lot.name), default: []].append(lot.product) }
        for lot in dataset.lots where lot.position == nil {
            guard let products = listed[ExactText(lot.name)], !products.contains(lot.product),
                let first = context.graph.lines(of: lot.id).first
            else { continue }
            let names = Set(products).map { dataset[$0].displayName }.sorted(by: ByteOrder.less)
            collector.report(
                id, line: first, location: context.internalLocation(of: context.line(first)),
                detail: "lot \(lot.name) is moved as \(dataset[lot.product].displayName) by \(context.when(context.line(first))), but the lots file lists it only under \(names.joined(separator: ", "))")
        }
    }
}
