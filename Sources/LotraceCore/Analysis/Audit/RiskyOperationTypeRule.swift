/// `risky_operation_type`: a delivery operation type (Type of Operation "Delivery") with Create
/// New Lots/Serial Numbers on: pickers can type a lot name that never existed, and Odoo creates
/// it on the fly (the article's warning). Reported at the operation-types row.
struct RiskyOperationTypeRule: AuditRule {
    let id = AuditRuleID.riskyOperationType

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        for type in context.dataset.operationTypes where type.kind == .outgoing && type.createsLots == true {
            collector.report(
                AuditFinding(
                    rule: id, file: type.position?.file, line: type.position?.line, product: nil, lot: nil, location: nil,
                    detail: "operation type \"\(type.displayName)\" is a delivery with Create New Lots/Serial Numbers on: a typed lot name that does not exist becomes a new lot instead of an error; untick it",
                    moveLine: nil))
        }
    }
}
