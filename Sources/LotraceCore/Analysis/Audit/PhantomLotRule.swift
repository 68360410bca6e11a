/// `phantom_lot`: the first line of a (product, lot) is neither out of a production location,
/// nor out of an inventory-loss location (an adjustment that found it), nor on a transfer whose
/// operation type may create lots. An unknown transfer or operation type counts as "may not
/// create"; a known type without the Create New column takes Odoo's default for its kind
/// (receipts and manufacturing create lots, the others do not).
struct PhantomLotRule: AuditRule {
    let id = AuditRuleID.phantomLot

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for lot in dataset.lots {
            guard let first = context.graph.lines(of: lot.id).first else { continue }
            let line = context.line(first)
            let from = dataset[line.from].usage
            guard from != .production, from != .inventory else { continue }
            let type = line.transfer.flatMap { dataset[$0].operationType }.map { dataset[$0] }
            if let type, Self.mayCreateLots(type) { continue }
            let typeName = type.map { "\"\($0.displayName)\", which may not create lots" }
                ?? line.transfer.flatMap { dataset[$0].operationTypeName }.map { "\"\($0)\", an operation type not in the exports" }
                ?? "no known transfer or operation type"
            collector.report(
                id, line: first, location: context.internalLocation(of: line),
                detail: "lot \(lot.name) first appears on \(context.when(line)) (\(typeName)) and was never received or produced before: check where it came from")
        }
    }

    /// The operation type's Create New Lots/Serial Numbers, else Odoo's default for its kind.
    static func mayCreateLots(_ type: OperationType) -> Bool {
        type.createsLots ?? (type.kind == .incoming || type.kind == .manufacturing)
    }
}
