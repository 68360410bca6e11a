/// `serial_quantity`: a done line of a serial-tracked product, with a serial, whose quantity is
/// not 1 (a line without a serial is `missing_lot`).
struct SerialQuantityRule: AuditRule {
    let id = AuditRuleID.serialQuantity

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for index in context.graph.chronologicalLines.map(Int.init) {
            let line = context.line(index)
            guard let lot = line.lot, dataset[line.product].tracking == .serial, line.quantity != .one else { continue }
            collector.report(
                id, line: index, location: context.internalLocation(of: line),
                detail: "serial \(dataset[lot].name) moved \(context.amount(line.quantity, of: line)) by \(context.when(line)): a serial number is exactly one unit")
        }
    }
}
