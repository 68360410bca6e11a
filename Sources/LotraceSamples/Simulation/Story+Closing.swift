/// The last afternoon: deliveries still waiting for stock, and orders reserved but not shipped.
extension Story {
    /// Records the afternoon's incidents, then writes waiting deliveries, one order on hold for
    /// next week, then ready (reserved) deliveries until the target is reached.
    func closeBooks() {
        recordIncidents()
        at(hour: 16)
        for delivery in pending {
            writeUnshipped(delivery.picking, delivery.lines)
        }
        pending.removeAll()
        var customer = 0
        while ledger.count < target {
            let buyer = customers[customer % customers.count]
            customer += 1
            let lines = newOrder(for: buyer)
            let picking = transfers.open(.delivery, origin: transfers.nextName("S"), contact: buyer.partner.contact,
                                         scheduled: now)
            if customer == 1 {
                writeUnshipped(picking, lines)
            } else {
                reserve(picking, lines)
            }
        }
    }

    /// A delivery whose lines are reserved (status Ready, lines Available); stock is set aside
    /// so two deliveries never hold the same units.
    private func reserve(_ picking: Int, _ lines: [OrderLine]) {
        tick()
        let name = transfers.name(picking)
        var unreserved: [OrderLine] = []
        for line in lines {
            let pieces = book.plan(line.item, quantity: line.quantity, at: now)
            guard !pieces.isEmpty else {
                unreserved.append(line)
                continue
            }
            for piece in pieces {
                ledger.post(now, reference: name, lot: piece.lot, from: piece.place, to: .customers,
                            quantity: piece.quantity, status: .available, transfer: name)
                book.change(piece.lot, at: piece.place, by: -piece.quantity)
            }
        }
        guard unreserved.count < lines.count else {
            writeUnshipped(picking, lines)
            return
        }
        transfers.mark(picking, .ready)
        writeUnshipped(picking, unreserved, status: .ready)
    }

    /// Lines of a delivery waiting for stock: no lot reserved yet.
    private func writeUnshipped(_ picking: Int, _ lines: [OrderLine], status: TransferBook.Status = .waiting) {
        let name = transfers.name(picking)
        for line in lines {
            ledger.post(now, reference: name, lot: book.lotless(line.item), from: Place.home(of: line.item),
                        to: .customers, quantity: line.quantity, status: .waiting, transfer: name)
        }
        transfers.mark(picking, status)
    }
}
