/// `expired_delivered`: a done delivery line (into a customer location) of a lot whose
/// expiration date (exported or computed) is at or before the line's date.
struct ExpiredDeliveredRule: AuditRule {
    let id = AuditRuleID.expiredDelivered

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for index in context.graph.chronologicalLines.map(Int.init) where context.graph.kind(ofLine: index) == .delivery {
            let line = context.line(index)
            guard let lot = line.lot, let expiration = context.dates[lot].expiration, let date = expiration.value,
                date <= line.date
            else { continue }
            collector.report(
                id, line: index, location: context.internalLocation(of: line),
                detail: "lot \(dataset[lot].name) expired on \(date) (\(expiration.origin.explanation)) and was shipped by \(context.when(line))\(context.toContact(line))")
        }
    }
}
