/// Lot and serial numbers of new stock.
extension Story {
    /// Registers a new lot of `item`: purchased lots expire `E` days after the receipt's
    /// scheduled date, made lots `E` days after production (Odoo 17 semantics).
    func newLot(_ item: Item, base: Timestamp, vendorBatch: String = "") -> Int {
        let spec = item.spec
        let name: String
        if spec.tracking == .serial {
            let number = nextCounter(spec.lotPrefix)
            let digits = String(number)
            name = "\(spec.lotPrefix)-\(base.compactDate.prefix(2))" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        } else {
            let date = base.compactDate
            name = "\(spec.lotPrefix)-\(date)-\(nextCounter(spec.lotPrefix + date))"
        }
        let expiration = spec.expiry.map { base.adding(days: $0.expiration) }
        return book.add(LotRecord(item: item, name: name, internalReference: vendorBatch, created: now,
                                  expiration: expiration))
    }

    /// A vendor's own batch number, e.g. "GM-40213".
    func vendorBatch(_ vendor: Int) -> String {
        let initials = PartnerDirectory.vendors[vendor].company.split(separator: " ").prefix(2).map { $0.prefix(1) }
        return initials.joined() + "-" + String(40_000 + nextCounter("vendor\(vendor)") * 7 + rng.int(0...6))
    }

    private func nextCounter(_ key: String) -> Int {
        let value = (lotCounters[key] ?? 0) + 1
        lotCounters[key] = value
        return value
    }
}
