/// Builds, item by item (each item's lines applied in chronological order), the receipts and
/// deliveries grouped per reference, and nets customer returns against the deliveries
/// (docs/data-contract.md sections 3.5-3.6):
/// - a return whose transfer's Source Document is "Return of <ref>" nets against delivery
///   <ref> of the same item only; when <ref> is unknown or not delivered in this item, the
///   return stays unmatched;
/// - any other return nets against the item's deliveries to the same contact (no contact on
///   both sides counts as the same) whose date (latest line) is at or before the return's,
///   latest first (date, then latest line, descending);
/// - never more than a delivery's remaining quantity; what is left is an `UnmatchedReturn`.
/// Returns are netted in chronological order. Scratch arrays indexed by reference id replace
/// any hashing; they are reset after each item.
struct MovementBuilder {
    private(set) var receipts = Grouped<Receipt>()
    private(set) var deliveries = Grouped<Delivery>()
    private var unmatched: [UnmatchedReturn] = []

    private let lines: [MoveLine]
    private let usages: [LocationUsage]
    private let targets: ReturnTargets
    private var receiptSlot: [Int32]
    private var deliverySlot: [Int32]
    private var touchedReferences: [Int32] = []
    private var itemReceipts: [Receipt] = []
    private var itemDeliveries: [Delivery] = []
    /// Per item delivery: position (in the item's lines) of its latest line.
    private var lastPositions: [Int] = []
    private var returns: [Int32] = []
    /// Position of the next line in the current item's lines.
    private var position = 0

    init(dataset: Dataset, usages: [LocationUsage]) {
        lines = dataset.moveLines
        self.usages = usages
        targets = ReturnTargets(dataset: dataset)
        receiptSlot = [Int32](repeating: -1, count: dataset.references.count)
        deliverySlot = [Int32](repeating: -1, count: dataset.references.count)
    }

    /// Applies the next line (at `index` in `moveLines`) of the current item.
    @inline(__always)
    mutating func add(_ line: MoveLine, index: Int32) {
        let events = TrackingEvents(from: usages[Int(line.from.index)], to: usages[Int(line.to.index)])
        if events.contains(.receiving) { addReceipt(line) }
        if events.contains(.shipping) { addDelivery(line) }
        if events.contains(.customerReturn) { returns.append(index) }
        position += 1
    }

    private mutating func addReceipt(_ line: MoveLine) {
        let reference = Int(line.reference)
        if receiptSlot[reference] < 0 {
            receiptSlot[reference] = Int32(itemReceipts.count)
            touchedReferences.append(line.reference)
            itemReceipts.append(
                Receipt(
                    reference: line.reference, product: line.product, lot: line.lot, transfer: nil, date: line.date,
                    quantity: .zero))
        }
        let slot = Int(receiptSlot[reference])
        itemReceipts[slot].quantity += line.quantity
        itemReceipts[slot].date = line.date
        if let transfer = line.transfer { itemReceipts[slot].transfer = transfer }
    }

    private mutating func addDelivery(_ line: MoveLine) {
        let reference = Int(line.reference)
        if deliverySlot[reference] < 0 {
            deliverySlot[reference] = Int32(itemDeliveries.count)
            touchedReferences.append(line.reference)
            itemDeliveries.append(
                Delivery(
                    reference: line.reference, product: line.product, lot: line.lot, transfer: nil, date: line.date,
                    delivered: .zero, returned: .zero))
            lastPositions.append(position)
        }
        let slot = Int(deliverySlot[reference])
        itemDeliveries[slot].delivered += line.quantity
        itemDeliveries[slot].date = line.date
        lastPositions[slot] = position
        if let transfer = line.transfer { itemDeliveries[slot].transfer = transfer }
    }

    /// Ends the current item: nets its returns, and its receipts and deliveries form its groups.
    mutating func closeItem() {
        if !returns.isEmpty { netReturns() }
        for receipt in itemReceipts { receipts.append(receipt) }
        for delivery in itemDeliveries { deliveries.append(delivery) }
        receipts.closeGroup()
        deliveries.closeGroup()
        for reference in touchedReferences {
            receiptSlot[Int(reference)] = -1
            deliverySlot[Int(reference)] = -1
        }
        touchedReferences.removeAll(keepingCapacity: true)
        itemReceipts.removeAll(keepingCapacity: true)
        itemDeliveries.removeAll(keepingCapacity: true)
        lastPositions.removeAll(keepingCapacity: true)
        returns.removeAll(keepingCapacity: true)
        position = 0
    }

    /// Nets the item's return lines (chronological) against its deliveries.
    private mutating func netReturns() {
        let latestFirst = itemDeliveries.indices.sorted { [itemDeliveries, lastPositions] a, b in
            (itemDeliveries[a].date, lastPositions[a]) > (itemDeliveries[b].date, lastPositions[b])
        }
        let deliveryContacts = itemDeliveries.map { [targets] in targets.contact(of: $0.transfer) }
        for index in returns {
            let line = lines[Int(index)]
            var remaining = line.quantity
            let returned = line.transfer.map { targets.returnedReferences[Int($0.index)] } ?? ReturnTargets.notAReturn
            if returned != ReturnTargets.notAReturn {
                if returned >= 0, deliverySlot[Int(returned)] >= 0 {
                    MovementBuilder.take(&remaining, from: &itemDeliveries[Int(deliverySlot[Int(returned)])])
                }
            } else {
                let contact = targets.contact(of: line.transfer)
                for slot in latestFirst where remaining > .zero {
                    guard deliveryContacts[slot] == contact, itemDeliveries[slot].date <= line.date else { continue }
                    MovementBuilder.take(&remaining, from: &itemDeliveries[slot])
                }
            }
            if remaining > .zero { unmatched.append(UnmatchedReturn(line: Int(index), quantity: remaining)) }
        }
    }

    /// Moves as much of `remaining` as the delivery still holds into its returned quantity.
    private static func take(_ remaining: inout Quantity, from delivery: inout Delivery) {
        let taken = min(remaining, delivery.quantity)
        guard taken > .zero else { return }
        delivery.returned += taken
        remaining -= taken
    }

    /// The unmatched returns in chronological order of their lines.
    var unmatchedReturns: [UnmatchedReturn] {
        unmatched.sorted { [lines] a, b in
            (lines[a.line].date, lines[a.line].sequence) < (lines[b.line].date, lines[b.line].sequence)
        }
    }
}
