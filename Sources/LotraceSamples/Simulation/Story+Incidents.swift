/// The last afternoon's incidents (15:00). Each leaves in the exports one real case of what
/// `lotrace audit` and `lotrace expiry` look for, the way warehouses produce them; a case whose
/// stock is missing (very small sets) is skipped. data/README.md tells the story.
extension Story {
    /// Records every incident, in this order.
    func recordIncidents() {
        at(hour: 15)
        forgottenCrate()
        fefoSlipUp()
        handMadeLabel()
        unlabelledButter()
        wrongLabelOnSugar()
        serialShippedAgain()
        twinPackSerial()
        serialFoundTwice()
        leftoversFound()
    }

    /// A crate of an expired butter lot turns up behind the cold-room door and is counted back in;
    /// the van driver takes part of it on an express delivery (expired group, `expired_delivered`;
    /// the Express Deliveries type has Create New on: `risky_operation_type`).
    private func forgottenCrate() {
        guard let lot = book.lots.indices.first(where: { book.lots[$0].item == .butter && book.lots[$0].isExpired(at: now) })
        else { return }
        tick()
        ledger.post(now, reference: Story.adjustmentReference, lot: lot, from: .adjustment, to: .coldRoom, quantity: 5_000)
        deliver(lot, from: .coldRoom, quantity: 2_000, kind: .expressDelivery, to: customers[0])
    }

    /// A picker takes the box at the front instead of the oldest lot: a delivery ships a later
    /// biscuit or cake lot while an earlier-expiring one sits in the same place (`fefo_violation`).
    private func fefoSlipUp() {
        for item in [Item.shortbread, .sandwich, .spongeCake, .layerCake] {
            let lots = book.active(item).filter { book.lots[$0].isReservable(at: now) }
            for place in Place.internalPlaces {
                let here = lots.filter { book.lots[$0][place] > 0 }
                guard let first = here.first, let last = here.last,
                    let early = book.lots[first].expiration, let late = book.lots[last].expiration, early < late
                else { continue }
                deliver(last, from: place, quantity: min(book.lots[last][place], 12_000), kind: .delivery,
                        to: customers[1 % customers.count])
                return
            }
        }
    }

    /// The office creates a sandwich-biscuit lot by hand to print a label; a picker selects it on
    /// a delivery although it never held stock (`phantom_lot`, `negative_stock`).
    private func handMadeLabel() {
        let expiry = Item.sandwich.spec.expiry!.expiration
        let lot = book.add(LotRecord(item: .sandwich, name: "CSB-\(now.compactDate)-99", internalReference: "",
                                     created: now, expiration: now.adding(days: expiry)))
        deliver(lot, from: .stock, quantity: 12_000, kind: .delivery, to: customers[2 % customers.count], booked: false)
    }

    /// The cold-room count finds butter without a label and posts it without a lot (`missing_lot`,
    /// `untracked_stock`).
    private func unlabelledButter() {
        tick()
        ledger.post(now, reference: Story.adjustmentReference, lot: book.lotless(.butter), from: .adjustment,
                    to: .coldRoom, quantity: 2_500, booked: false)
    }

    /// A sack of sugar is counted in under the flour lot printed on the pallet next to it
    /// (`lot_product_mismatch`; its dates are computed, the lots file does not know it).
    private func wrongLabelOnSugar() {
        guard let flour = book.lots.indices.first(where: { book.lots[$0].item == .flour && !book.lots[$0].name.isEmpty })
        else { return }
        tick()
        ledger.post(now, reference: Story.adjustmentReference, lot: flour, item: .sugar, from: .adjustment, to: .stock,
                    quantity: 25_000, booked: false)
    }

    /// A thermometer (else a logger) already delivered turns up on the shelf at the count and is
    /// shipped again to another customer, with no return in between (`serial_delivered_twice`).
    private func serialShippedAgain() {
        let shipped = { (item: Item) in
            self.book.lots.indices.first { self.book.lots[$0].item == item && !self.book.lots[$0].name.isEmpty && self.book.lots[$0].total == 0 }
        }
        guard let serial = shipped(.thermometer) ?? shipped(.logger) else { return }
        tick()
        ledger.post(now, reference: Story.adjustmentReference, lot: serial, from: .adjustment, to: .stock, quantity: 1_000)
        deliver(serial, from: .stock, quantity: 1_000, kind: .delivery, to: customers[3 % customers.count])
    }

    /// Voltaic ships two display thermometers under one serial label; the receipt posts 2 units on
    /// one serial number (`serial_quantity`, `serial_duplicate`).
    private func twinPackSerial() {
        let vendor = PartnerDirectory.vendors[Item.thermometer.spec.purchase!.vendor]
        let picking = transfers.open(.receipt, origin: transfers.nextName("P"), contact: vendor.contact, scheduled: now)
        let name = transfers.name(picking)
        tick()
        ledger.post(now, reference: name, lot: newLot(.thermometer, base: now), from: .vendors, to: .stock,
                    quantity: 2_000, transfer: name, booked: false)
        transfers.finish(picking, at: now)
    }

    /// The count finds, in the cold room, a probe carrying the label of one already on the shelf
    /// (`serial_duplicate`: one serial number in two places).
    private func serialFoundTwice() {
        guard let probe = book.active(.probe).first(where: { book.lots[$0][.stock] > 0 }) else { return }
        tick()
        ledger.post(now, reference: Story.adjustmentReference, lot: probe, from: .adjustment, to: .coldRoom,
                    quantity: 1_000, booked: false)
    }

    /// The count finds a few units of two older lots on a top shelf and counts them back in: one
    /// past its removal date but not expired (to-remove group), one past its alert date but not
    /// its removal date (alert group), both still so in the evening.
    private func leftoversFound() {
        let evening = Timestamp(seconds: now.seconds + 6 * 3_600)
        /// Whether the lot's date `start` days before expiration has passed and the one `end`
        /// days before it has not, even in the evening.
        let inWindow = { (lot: LotRecord, start: (ProductSpec.Expiry) -> Int, end: (ProductSpec.Expiry) -> Int) in
            guard let expiration = lot.expiration, let days = lot.item.spec.expiry, !lot.name.isEmpty else { return false }
            return expiration.adding(days: -start(days)) <= self.now && expiration.adding(days: -end(days)) > evening
        }
        let finds = [
            book.lots.indices.last { inWindow(book.lots[$0], \.removal, { _ in 0 }) },
            book.lots.indices.last { inWindow(book.lots[$0], \.alert, \.removal) },
        ]
        for lot in finds.compactMap({ $0 }) {
            tick()
            ledger.post(now, reference: Story.adjustmentReference, lot: lot, from: .adjustment, to: .stock, quantity: 1_000)
        }
    }

    /// One done delivery of one lot to `customer`.
    private func deliver(_ lot: Int, from place: Place, quantity: Int, kind: TransferBook.Kind, to customer: Customer,
                         booked: Bool = true) {
        let picking = transfers.open(kind, origin: transfers.nextName("S"), contact: customer.partner.contact, scheduled: now)
        let name = transfers.name(picking)
        tick()
        ledger.post(now, reference: name, lot: lot, from: place, to: .customers, quantity: quantity, transfer: name,
                    booked: booked)
        transfers.finish(picking, at: now)
    }
}
