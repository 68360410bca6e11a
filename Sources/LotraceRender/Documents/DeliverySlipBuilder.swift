import LotraceCore

/// Builds the delivery slips of a dataset: one per outgoing transfer, done or not.
///
/// A transfer is outgoing when its operation type is of kind `.outgoing`; when its type is
/// unknown (no operation-types file, or a name not in it), when any of its lines (done or not)
/// goes into a customer location. Delivery lines whose reference has no transfers-file row
/// still get a slip, named by their reference. A done transfer lists its done lines; one that
/// is not done lists its pending lines (reserved or planned). Open backorders are the transfers
/// whose "Back Order of" is this reference and that are neither done nor cancelled.
public struct DeliverySlipBuilder: Sendable {
    private let dataset: Dataset
    private let config: LotraceConfig
    private let doneByTransfer: [TransferID: [Int]]
    private let pendingByTransfer: [TransferID: [Int]]
    private let doneByReference: [Int32: [Int]]
    private let pendingByReference: [Int32: [Int]]
    private let backorders: [ExactText: [TransferID]]

    /// Indexes the lines of `dataset` by transfer; `config` gives the company.
    public init(dataset: Dataset, config: LotraceConfig) {
        self.dataset = dataset
        self.config = config
        (doneByTransfer, doneByReference) = Self.index(dataset.moveLines, dataset: dataset)
        (pendingByTransfer, pendingByReference) = Self.index(dataset.pendingMoveLines, dataset: dataset)
        var backorders: [ExactText: [TransferID]] = [:]
        for transfer in dataset.transfers {
            guard let origin = transfer.backorderOf, !origin.isEmpty else { continue }
            backorders[ExactText(origin), default: []].append(transfer.id)
        }
        self.backorders = backorders
    }

    /// Every slip, sorted by reference (UTF-8 byte order).
    public func slips() -> [DeliverySlip] {
        let outgoing = dataset.transfers.filter(isOutgoing).map(\.id)
        var slips = [DeliverySlip](count: outgoing.count) { slip(for: outgoing[$0]) }
        let orphans = Set(doneByReference.keys).union(pendingByReference.keys)
        slips += orphans.map(slip(reference:))
        let keys = slips.map { ExactText($0.reference) }
        return slips.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }.map { slips[$0] }
    }

    /// The slip of the outgoing transfer (or delivery lines without a transfer row) named
    /// `reference`; nil when there is none.
    public func slip(named reference: String) -> DeliverySlip? {
        let wanted = ExactText(reference)
        if let id = dataset.transferByReference[wanted] {
            return isOutgoing(dataset[id]) ? slip(for: id) : nil
        }
        guard let index = dataset.references.firstIndex(where: { ExactText($0) == wanted }) else { return nil }
        let key = Int32(index)
        return doneByReference[key] != nil || pendingByReference[key] != nil ? slip(reference: key) : nil
    }

    /// True when `transfer` is an outgoing one.
    public func isOutgoing(_ transfer: Transfer) -> Bool {
        if let type = transfer.operationType { return dataset[type].kind == .outgoing }
        let lines = (doneByTransfer[transfer.id] ?? []).map { dataset.moveLines[$0] }
            + (pendingByTransfer[transfer.id] ?? []).map { dataset.pendingMoveLines[$0] }
        return lines.contains { dataset[$0.to].usage == .customer }
    }

    /// The slip of one transfer (outgoing or not: the caller decides).
    public func slip(for id: TransferID) -> DeliverySlip {
        let transfer = dataset[id]
        let done = doneByTransfer[id] ?? []
        var lines = done.map { line(dataset.moveLines[$0], index: $0) }
        if transfer.status?.isDone != true {
            lines += (pendingByTransfer[id] ?? []).map { line(dataset.pendingMoveLines[$0], index: $0) }
        }
        let open = (backorders[ExactText(transfer.reference)] ?? []).filter { isOpen(dataset[$0]) }
        return DeliverySlip(
            reference: transfer.reference, transfer: id, status: transfer.status, order: transfer.origin,
            operationType: transfer.operationTypeName, scheduledDate: transfer.scheduledDate,
            doneDate: transfer.doneDate, company: config.company,
            customer: transfer.contactName.map { name in
                DeliverySlip.Customer(name: name, partner: transfer.contact.map { dataset[$0] })
            },
            lines: lines, remaining: remaining(of: open), backorders: open.map { dataset[$0].reference },
            backorderOf: transfer.backorderOf.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// A slip for delivery lines that have no transfers-file row.
    private func slip(reference: Int32) -> DeliverySlip {
        let done = doneByReference[reference] ?? []
        let lines =
            done.map { line(dataset.moveLines[$0], index: $0) }
            + (pendingByReference[reference] ?? []).map { line(dataset.pendingMoveLines[$0], index: $0) }
        return DeliverySlip(
            reference: dataset.references[Int(reference)], transfer: nil, status: done.isEmpty ? nil : .done,
            order: nil, operationType: nil, scheduledDate: nil,
            doneDate: done.map { dataset.moveLines[$0].date }.max(), company: config.company, customer: nil,
            lines: lines, remaining: [], backorders: [], backorderOf: nil)
    }

    private func line(_ moveLine: MoveLine, index: Int) -> DeliverySlip.Line {
        let product = dataset[moveLine.product]
        let lot = moveLine.lot.map { dataset[$0] }
        return DeliverySlip.Line(
            moveLine: index, product: product.id, productName: product.displayName, internalReference: product.code,
            barcode: product.barcode, lot: moveLine.lot, lotName: lot?.name, isSerial: product.tracking == .serial,
            expirationDate: lot?.expirationDate, quantity: moveLine.quantity, unit: dataset.unit(of: moveLine),
            from: dataset[moveLine.from].fullName)
    }

    /// The backorders' lines summed per (product, unit), in order of first appearance.
    private func remaining(of backorders: [TransferID]) -> [DeliverySlip.RemainingLine] {
        var rows: [DeliverySlip.RemainingLine] = []
        var slots: [ProductUnitKey: Int] = [:]
        for id in backorders {
            for index in pendingByTransfer[id] ?? [] {
                let moveLine = dataset.pendingMoveLines[index]
                let unit = dataset.unit(of: moveLine)
                let key = ProductUnitKey(product: moveLine.product, unit: ExactText(unit))
                if let slot = slots[key] {
                    rows[slot].quantity += moveLine.quantity
                } else {
                    let product = dataset[moveLine.product]
                    slots[key] = rows.count
                    rows.append(
                        DeliverySlip.RemainingLine(
                            product: product.id, productName: product.displayName, internalReference: product.code,
                            quantity: moveLine.quantity, unit: unit))
                }
            }
        }
        return rows
    }

    private func isOpen(_ transfer: Transfer) -> Bool {
        transfer.status?.isDone != true && !DeliverySlip.isCancelled(transfer.status)
    }

    private struct ProductUnitKey: Hashable {
        var product: ProductID
        var unit: ExactText
    }

    /// Line indices by transfer, and the delivery lines without a transfer by reference.
    private static func index(
        _ lines: [MoveLine], dataset: Dataset
    ) -> (byTransfer: [TransferID: [Int]], byReference: [Int32: [Int]]) {
        var byTransfer: [TransferID: [Int]] = [:]
        var byReference: [Int32: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            if let transfer = line.transfer {
                byTransfer[transfer, default: []].append(index)
            } else if dataset[line.to].usage == .customer {
                byReference[line.reference, default: []].append(index)
            }
        }
        return (byTransfer, byReference)
    }
}
