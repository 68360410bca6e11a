/// Receipts from vendors, and putting cold goods away into the cold room.
extension Story {
    /// Orders from each vendor whatever its products' stock no longer covers.
    func purchase() {
        let needs = dailyPurchaseNeeds()
        for vendor in PartnerDirectory.vendors.indices {
            var lines: [(Item, Int)] = []
            for item in Item.purchased where item.spec.purchase!.vendor == vendor {
                let terms = item.spec.purchase!
                let need = needs[item.rawValue]
                let available = Double(book.available(item, at: now))
                guard need > 0, available < need * Double(terms.reorderDays) else { continue }
                let wanted = Int(need * Double(terms.coverDays) - available)
                lines.append((item, max(1, (wanted + terms.pack - 1) / terms.pack) * terms.pack))
            }
            guard !lines.isEmpty, !isFull else { continue }
            receive(lines, from: vendor)
        }
    }

    /// Posts one receipt (one lot per vendor batch, one serial per unit) and puts away cold lots.
    func receive(_ lines: [(Item, Int)], from vendor: Int) {
        let scheduled = Timestamp(seconds: dayStart.seconds + 8 * 3600)
        let picking = transfers.open(.receipt, origin: transfers.nextName("P"),
                                     contact: PartnerDirectory.vendors[vendor].contact, scheduled: scheduled)
        let name = transfers.name(picking)
        tick()
        var cold: [(lot: Int, quantity: Int)] = []
        for (item, quantity) in lines {
            for chunk in chunks(of: quantity, item: item) {
                let lot = item.spec.tracking == .none
                    ? book.lotless(item) : newLot(item, base: scheduled, vendorBatch: vendorBatch(vendor))
                ledger.post(now, reference: name, lot: lot, from: .vendors, to: .stock, quantity: chunk, transfer: name)
                if item.spec.cold { cold.append((lot, chunk)) }
            }
        }
        transfers.finish(picking, at: now)
        putAway(cold)
    }

    /// Moves lots from WH/Stock into the cold room in one internal transfer.
    func putAway(_ lots: [(lot: Int, quantity: Int)]) {
        guard !lots.isEmpty else { return }
        tick()
        let picking = transfers.open(.internalTransfer, scheduled: now)
        let name = transfers.name(picking)
        for entry in lots {
            ledger.post(now, reference: name, lot: entry.lot, from: .stock, to: .coldRoom, quantity: entry.quantity,
                        transfer: name)
        }
        transfers.finish(picking, at: now)
    }

    private func chunks(of quantity: Int, item: Item) -> [Int] {
        let spec = item.spec
        guard spec.tracking != .none else { return [quantity] }
        let size = spec.tracking == .serial ? 1000 : spec.purchase!.lotMax
        let count = (quantity + size - 1) / size
        let base = quantity / count / spec.unit.step * spec.unit.step
        return (0..<count).map { $0 == count - 1 ? quantity - base * (count - 1) : base }
    }
}
