/// Deliveries: new orders, partial shipments with backorders, cancellations.
extension Story {
    /// Chance that a new order is cancelled before shipping.
    private static let cancelChance = 0.015
    /// Chance that a customer sends back part of a shipped line.
    private static let returnChance = 0.006

    /// Ships waiting deliveries first, then today's new orders.
    func sell() {
        let waiting = pending
        pending.removeAll()
        for (index, delivery) in waiting.enumerated() {
            guard !isFull else {
                pending.append(contentsOf: waiting[index...])
                return
            }
            ship(delivery)
        }
        for customer in customers where rng.chance(Story.orderChance) {
            guard !isFull else { return }
            let lines = newOrder(for: customer)
            let picking = transfers.open(.delivery, origin: transfers.nextName("S"), contact: customer.partner.contact,
                                         scheduled: now)
            if rng.chance(Story.cancelChance) {
                cancel(picking, lines)
            } else {
                ship(PendingDelivery(picking: picking, lines: lines))
            }
        }
    }

    /// Ships what stock allows; the rest goes to a backorder (or the delivery keeps waiting).
    private func ship(_ delivery: PendingDelivery) {
        tick()
        let name = transfers.name(delivery.picking)
        var remaining: [OrderLine] = []
        var shipped = false
        for line in delivery.lines {
            var missing = line.quantity
            for piece in book.plan(line.item, quantity: line.quantity, at: now) {
                ledger.post(now, reference: name, lot: piece.lot, from: piece.place, to: .customers,
                            quantity: piece.quantity, transfer: name)
                missing -= piece.quantity
                shipped = true
                planReturn(of: piece, delivery: delivery.picking)
            }
            if missing > 0 { remaining.append(OrderLine(item: line.item, quantity: missing)) }
        }
        guard shipped else {
            pending.append(delivery)
            return
        }
        transfers.finish(delivery.picking, at: now)
        guard !remaining.isEmpty else { return }
        let original = transfers.records[delivery.picking]
        let backorder = transfers.open(.delivery, origin: original.origin, contact: original.contact,
                                       scheduled: original.scheduled, backorderOf: name)
        pending.append(PendingDelivery(picking: backorder, lines: remaining))
    }

    private func cancel(_ picking: Int, _ lines: [OrderLine]) {
        tick()
        let name = transfers.name(picking)
        for line in lines {
            ledger.post(now, reference: name, lot: book.lotless(line.item), from: Place.home(of: line.item),
                        to: .customers, quantity: line.quantity, status: .cancelled, transfer: name)
        }
        transfers.mark(picking, .cancelled)
    }

    private func planReturn(of piece: LotBook.Piece, delivery: Int) {
        guard rng.chance(Story.returnChance) || (returnsPlanned == 0 && businessDay >= 5) else { return }
        returnsPlanned += 1
        let record = transfers.records[delivery]
        let quantity = max(1000, piece.quantity / 4000 * 1000)
        returns.append(PlannedReturn(dueDay: businessDay + rng.int(1...4), delivery: record.name,
                                     contact: record.contact, lot: piece.lot, quantity: min(quantity, piece.quantity)))
    }
}
