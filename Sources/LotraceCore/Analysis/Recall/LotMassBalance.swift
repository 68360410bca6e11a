/// Where every unit of one lot went (the recall's quantity check):
///
///     in = delivered + consumed + onHand + scrapped + adjusted + returnedToVendor + transit + unaccounted
///
/// with `in = received + produced + found`, from the lot's done lines by the usage of each
/// line's two locations:
/// - from a vendor location: `received`; out of a production location: `produced`; out of an
///   inventory-loss location (opening stock, a count that found more): `found`;
/// - into a customer location: `delivered`, less every customer return (from a customer
///   location); into a production location: `consumed` (into other lots); into an
///   inventory-loss location: `scrapped` when it is a scrap location, else `adjusted`; into a
///   vendor location: `returnedToVendor`; transit locations: what is still in them, `transit`;
/// - `onHand`: the lots file's On Hand Quantity (Odoo's quants, a snapshot independent of the
///   move lines) when it carries one, else the positive balances of internal locations from the
///   lines (a negative balance is stock that left without having come in: it is unaccounted).
///
/// `unaccounted` is what is left: not zero when the lines and the stock disagree (a line
/// missing from the export, stock moved through a view location, more out than in).
public struct LotMassBalance: Sendable, Hashable {
    public var lot: LotID
    public var received: Quantity = .zero
    public var produced: Quantity = .zero
    public var found: Quantity = .zero
    /// Delivered net of every customer return.
    public var delivered: Quantity = .zero
    public var consumed: Quantity = .zero
    public var onHand: Quantity = .zero
    /// True when `onHand` comes from the lots file, false when from the move lines.
    public var onHandFromLotsFile = false
    /// Positive balances of internal locations from the move lines (equal to `onHand` when
    /// that is not from the lots file).
    public var onHandFromMoves: Quantity = .zero
    public var scrapped: Quantity = .zero
    public var adjusted: Quantity = .zero
    public var returnedToVendor: Quantity = .zero
    public var transit: Quantity = .zero

    /// What came in.
    public var quantityIn: Quantity { received + produced + found }
    /// What the lines and the stock account for.
    public var accounted: Quantity {
        delivered + consumed + onHand + scrapped + adjusted + returnedToVendor + transit
    }
    /// What came in and is not accounted for (negative: more accounted for than came in).
    public var unaccounted: Quantity { quantityIn - accounted }

    /// Quantities this lot gave to each manufacturing order (reference index -> quantity).
    var consumedByOrder: [Int32: Quantity] = [:]
    /// Quantities each manufacturing order made of this lot.
    var producedByOrder: [Int32: Quantity] = [:]

    /// The balance of `lot` in `graph`; `scrap` tells, per location id, the scrap locations.
    init(graph: TraceGraph, lot: LotID, scrap: [Bool]) {
        self.lot = lot
        let dataset = graph.dataset
        for index in graph.lines(of: lot) {
            let line = dataset.moveLines[index]
            let from = dataset[line.from].usage
            let to = dataset[line.to].usage
            let quantity = line.quantity
            switch from {
            case .supplier: received += quantity
            case .production:
                produced += quantity
                producedByOrder[line.reference, default: .zero] += quantity
            case .inventory: found += quantity
            case .customer: delivered -= quantity
            case .transit: transit -= quantity
            case .internal, .view: break
            }
            switch to {
            case .customer: delivered += quantity
            case .production:
                consumed += quantity
                consumedByOrder[line.reference, default: .zero] += quantity
            case .inventory:
                if scrap[Int(line.to.index)] { scrapped += quantity } else { adjusted += quantity }
            case .supplier: returnedToVendor += quantity
            case .transit: transit += quantity
            case .internal, .view: break
            }
        }
        onHandFromMoves = graph.onHand(of: lot).reduce(.zero) { $0 + max($1.quantity, .zero) }
        if let snapshot = dataset[lot].onHandQuantity {
            onHand = snapshot
            onHandFromLotsFile = true
        } else {
            onHand = onHandFromMoves
        }
    }

    /// Per location id: an inventory-loss location with a path segment containing "scrap" (any
    /// ASCII case), as Odoo's `Virtual Locations/Scrap`.
    static func scrapLocations(of dataset: Dataset) -> [Bool] {
        dataset.locations.map { location in
            location.usage == .inventory
                && location.fullName.split(separator: "/").contains { $0.lowercased().contains("scrap") }
        }
    }
}
