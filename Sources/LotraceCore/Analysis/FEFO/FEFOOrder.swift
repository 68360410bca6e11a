/// The FEFO order of each product's stock on hand (docs/data-contract.md section 4.3): what a First Expiry
/// First Out removal strategy would reserve, in order, and the entry to pick next.
public struct FEFOOrder: Sendable {
    /// One product's positive stock, FEFO order.
    public struct ProductStock: Sendable, Hashable {
        public var product: ProductID
        /// The product's unit (products file, else its first done line).
        public var unit: String
        public var entries: [FEFOEntry]

        /// The first entry Odoo would still reserve (removal date not passed); nil when none.
        public var pickNext: FEFOEntry? { entries.first { $0.reservable } }
    }

    /// The moment the stock is taken at; nil for all lines.
    public var asOf: LocalDateTime?
    /// Products with positive stock in internal locations, by product key (bytes).
    public var products: [ProductStock]

    /// The order of `graph`'s stock as of `asOf` (all lines when nil), removal dates from
    /// `dates`. Without a moment, every lot counts as reservable.
    public init(graph: TraceGraph, dates: LotDateBook, asOf: LocalDateTime? = nil) {
        self.asOf = asOf
        let dataset = graph.dataset
        let units = graph.units
        var byProduct: [ProductID: [FEFOEntry]] = [:]
        for balance in graph.onHand(asOf: asOf) where balance.quantity > .zero {
            let item = balance.lot.map { Int($0.index) } ?? graph.items.lotProducts.count + Int(balance.product.index)
            let lines = graph.itemLines[item]
            let incoming = lines.first { index in
                let line = dataset.moveLines[Int(index)]
                return dataset[line.to].usage.holdsStock && !dataset[line.from].usage.holdsStock
            }
            let removal = dates.removal(of: balance.lot)
            byProduct[balance.product, default: []].append(
                FEFOEntry(
                    product: balance.product, lot: balance.lot, location: balance.location, quantity: balance.quantity,
                    removalDate: removal, incomingDate: incoming.map { dataset.moveLines[Int($0)].date },
                    firstAppearance: lines.first.map { Int(dataset.moveLines[Int($0)].sequence) } ?? 0,
                    reservable: removal.map { date in asOf.map { date >= $0 } ?? true } ?? true))
        }
        let stocks = byProduct.map { product, entries in
            ProductStock(product: product, unit: units[product], entries: entries.sorted(by: FEFOEntry.precedes))
        }
        products = ByteOrder.sorted(stocks) { [dataset[$0.product].key] }
    }
}
