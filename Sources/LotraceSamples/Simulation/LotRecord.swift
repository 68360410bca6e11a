/// One lot or serial number (or the lot-less stock of an untracked product) and its stock.
struct LotRecord {
    let item: Item
    /// Empty for the lot-less stock of an untracked product.
    let name: String
    /// The vendor's batch number (Odoo's lot "Internal Reference"), empty for made lots.
    let internalReference: String
    let created: Timestamp
    let expiration: Timestamp?
    /// Stock per internal place, thousandths: `[WH/Stock, WH/Stock/Cold Room]`.
    var onHand = (stock: 0, coldRoom: 0)

    var total: Int { onHand.stock + onHand.coldRoom }

    /// Stock in one internal place.
    subscript(place: Place) -> Int {
        get { place == .stock ? onHand.stock : onHand.coldRoom }
        set {
            if place == .stock { onHand.stock = newValue } else { onHand.coldRoom = newValue }
        }
    }

    /// A lot Odoo would still reserve: not expired, removal date not passed.
    func isReservable(at now: Timestamp) -> Bool {
        guard let expiration, let days = item.spec.expiry else { return true }
        return expiration > now && expiration.adding(days: -days.removal) >= now
    }

    /// Expired (expiration <= now).
    func isExpired(at now: Timestamp) -> Bool {
        expiration.map { $0 <= now } ?? false
    }
}
