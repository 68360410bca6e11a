/// `serial_duplicate`: a serial number on hand more than once (a balance above 1) or in two
/// internal locations at once. One finding each time it becomes so, at the line that did it.
struct SerialDuplicateRule: AuditRule {
    let id = AuditRuleID.serialDuplicate

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for lot in dataset.lots where dataset[lot.product].tracking == .serial {
            var balances: [LocationID: Quantity] = [:]
            var duplicated = false
            for index in context.graph.lines(of: lot.id) {
                let line = context.line(index)
                if dataset[line.from].usage.holdsStock { balances[line.from, default: .zero] -= line.quantity }
                if dataset[line.to].usage.holdsStock { balances[line.to, default: .zero] += line.quantity }
                let places = balances.filter { $0.value > .zero }
                let now = places.count > 1 || places.values.contains { $0 > .one }
                if now && !duplicated {
                    let names = places.keys.map { dataset[$0].fullName }.sorted(by: ByteOrder.less)
                    let total = places.values.reduce(Quantity.zero, +)
                    collector.report(
                        id, line: index, location: dataset[line.to].usage.holdsStock ? line.to : line.from,
                        detail: "after \(context.when(line)) serial \(lot.name) is on hand \(total) times (\(names.joined(separator: ", "))): a serial number is one unit in one place")
                }
                duplicated = now
            }
        }
    }
}
