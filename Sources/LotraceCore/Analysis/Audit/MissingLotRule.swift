/// `missing_lot`: any done line of a lot- or serial-tracked product without a lot, whatever the
/// operation (inventory adjustments included). Tracking comes from the products file.
struct MissingLotRule: AuditRule {
    let id = AuditRuleID.missingLot

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for index in context.graph.chronologicalLines.map(Int.init) {
            let line = context.line(index)
            guard line.lot == nil, context.isTracked(line.product) else { continue }
            let what = dataset[line.product].tracking == .serial ? "serial number" : "lot"
            collector.report(
                id, line: index, location: context.internalLocation(of: line),
                detail: "\(context.amount(line.quantity, of: line)) moved from \(dataset[line.from].fullName) to \(dataset[line.to].fullName) by \(context.when(line)) without a \(what): this stock cannot be traced")
        }
    }
}
