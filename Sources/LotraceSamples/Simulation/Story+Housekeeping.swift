/// Scrapping expired stock, cycle counts (inventory adjustments) and customer returns.
extension Story {
    /// Odoo's reference of inventory-adjustment lines.
    static let adjustmentReference = "Product Quantity Updated"

    /// Scraps every expired lot still on hand, one scrap order per lot and place.
    func scrapExpired() {
        for item in Item.allCases where item.spec.expiry != nil {
            for lot in Array(book.active(item)) where book.lots[lot].isExpired(at: now) {
                for place in Place.internalPlaces where book.lots[lot][place] > 0 {
                    guard !isFull else { return }
                    scrap(lot, from: place, quantity: book.lots[lot][place])
                }
            }
        }
    }

    /// One scrap order ("SP/00012") moving a lot to Virtual Locations/Scrap.
    func scrap(_ lot: Int, from place: Place, quantity: Int) {
        tick()
        ledger.post(now, reference: transfers.nextName("SP/"), lot: lot, from: place, to: .scrap, quantity: quantity)
    }

    /// Opening stock of untracked supplies on the first day; a cycle count each new month.
    func countInventory() {
        let month = dayStart.civil.month
        defer { lastCountMonth = month }
        if businessDay == 0 {
            let needs = dailyPurchaseNeeds()
            for item in Item.purchased where item.spec.tracking == .none {
                let pack = item.spec.purchase!.pack
                let quantity = max(1, Int(needs[item.rawValue] * 5) / pack) * pack
                tick()
                ledger.post(now, reference: Story.adjustmentReference, lot: book.lotless(item), from: .adjustment,
                            to: .stock, quantity: quantity)
            }
        } else if month != lastCountMonth {
            for _ in 0..<3 where !isFull { adjustOneLot() }
        }
    }

    /// Corrects the counted quantity of one ingredient lot by a few percent, up or down.
    private func adjustOneLot() {
        let item = rng.pick(Item.purchased.filter { $0.spec.tracking == .lot })
        guard let lot = book.active(item).first(where: { book.lots[$0].total > 0 }) else { return }
        let place = Place.home(of: item)
        let onHand = book.lots[lot][place]
        guard onHand > 0 else { return }
        let step = item.spec.unit.step
        let delta = max(step, onHand * rng.int(1...3) / 100 / step * step)
        tick()
        if rng.chance(0.5) && delta <= onHand {
            ledger.post(now, reference: Story.adjustmentReference, lot: lot, from: place, to: .adjustment, quantity: delta)
        } else {
            ledger.post(now, reference: Story.adjustmentReference, lot: lot, from: .adjustment, to: place, quantity: delta)
        }
    }

    /// Receives today's customer returns ("Return of WH/OUT/…"); returned food is scrapped.
    func receiveReturns() {
        let due = returns.filter { $0.dueDay <= businessDay }
        returns.removeAll { $0.dueDay <= businessDay }
        for planned in due where !isFull {
            tick()
            let picking = transfers.open(.returns, origin: "Return of \(planned.delivery)", contact: planned.contact,
                                         scheduled: now)
            let name = transfers.name(picking)
            ledger.post(now, reference: name, lot: planned.lot, from: .customers, to: .stock,
                        quantity: planned.quantity, transfer: name)
            transfers.finish(picking, at: now)
            if !book.lots[planned.lot].item.spec.electronics {
                scrap(planned.lot, from: .stock, quantity: planned.quantity)
            }
        }
    }
}
