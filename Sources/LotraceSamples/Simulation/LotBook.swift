/// All lots and their on-hand stock, with a FEFO queue per product.
///
/// A product's lots share one shelf life, so creation order is expiry order: the queue is the
/// FEFO order, and taking from its front never leaves an earlier-expiring lot behind in a place.
final class LotBook {
    /// A quantity of one lot in one place.
    struct Piece {
        let lot: Int
        let place: Place
        let quantity: Int
    }

    private(set) var lots: [LotRecord] = []
    private var queues: [[Int]]
    private var heads: [Int]
    private var queued: [Bool] = []
    private var lotlessIndex: [Int] = []

    init() {
        queues = Array(repeating: [], count: Item.allCases.count)
        heads = Array(repeating: 0, count: Item.allCases.count)
        for item in Item.allCases {
            lotlessIndex.append(lots.count)
            lots.append(LotRecord(item: item, name: "", internalReference: "", created: Timestamp(seconds: 0),
                                  expiration: nil))
            queued.append(false)
            if item.spec.tracking == .none { enqueue(lots.count - 1) }
        }
    }

    /// The record of lot-less stock of `item`.
    func lotless(_ item: Item) -> Int {
        lotlessIndex[item.rawValue]
    }

    /// Registers a new lot (with no stock yet) and returns its index.
    func add(_ lot: LotRecord) -> Int {
        lots.append(lot)
        queued.append(false)
        return lots.count - 1
    }

    /// Adds (or, negative, removes) stock of a lot in an internal place.
    func change(_ lot: Int, at place: Place, by quantity: Int) {
        lots[lot][place] += quantity
        precondition(lots[lot][place] >= 0, "negative stock for \(lots[lot].name)")
        if quantity > 0 && !queued[lot] { enqueue(lot) }
    }

    /// Reservable stock of `item` at `now`.
    func available(_ item: Item, at now: Timestamp) -> Int {
        active(item).reduce(0) { sum, lot in lots[lot].isReservable(at: now) ? sum + lots[lot].total : sum }
    }

    /// The pieces FEFO would reserve for `quantity` of `item` (fewer if stock is short).
    func plan(_ item: Item, quantity: Int, at now: Timestamp) -> [Piece] {
        var pieces: [Piece] = []
        var missing = quantity
        for lot in active(item) where missing > 0 && lots[lot].isReservable(at: now) {
            for place in Place.internalPlaces where missing > 0 && lots[lot][place] > 0 {
                let taken = min(missing, lots[lot][place])
                pieces.append(Piece(lot: lot, place: place, quantity: taken))
                missing -= taken
            }
        }
        return pieces
    }

    /// Lots of `item` that may hold stock, FEFO order (drops emptied lots from the front).
    func active(_ item: Item) -> ArraySlice<Int> {
        let key = item.rawValue
        while heads[key] < queues[key].count, lots[queues[key][heads[key]]].total == 0 {
            queued[queues[key][heads[key]]] = false
            heads[key] += 1
        }
        if heads[key] > 1024 && heads[key] * 2 > queues[key].count {
            queues[key].removeFirst(heads[key])
            heads[key] = 0
        }
        return queues[key][heads[key]...]
    }

    private func enqueue(_ lot: Int) {
        queued[lot] = true
        queues[lots[lot].item.rawValue].append(lot)
    }
}
