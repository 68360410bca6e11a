/// Stock on hand (`lotrace onhand`): every non-zero balance of an internal location, sorted by
/// (location full name, product key, lot name) by UTF-8 bytes; lot-less stock has lot "".
public struct OnHandReport: Sendable, Hashable {
    /// One balance.
    public struct Row: Sendable, Hashable {
        /// `Product.key`.
        public var product: String
        /// "" for stock without a lot.
        public var lot: String
        /// Full location name.
        public var location: String
        public var quantity: Quantity
        public var unit: String
    }

    /// The date the stock is taken at (lines dated at or before it); nil for all lines.
    public var asOf: LocalDateTime?
    public var rows: [Row]

    /// The stock of `graph`, as of `asOf` when given.
    public init(graph: TraceGraph, asOf: LocalDateTime? = nil) {
        let names = ReportNames(graph: graph)
        let dataset = graph.dataset
        let locationRanks = ByteOrder.ranks(of: dataset.locations.map(\.fullName))
        let productRanks = ByteOrder.ranks(of: dataset.products.map(\.key))
        let balances = graph.onHand(asOf: asOf).sorted { a, b in
            let keyA = (locationRanks[Int(a.location.index)], productRanks[Int(a.product.index)])
            let keyB = (locationRanks[Int(b.location.index)], productRanks[Int(b.product.index)])
            return keyA != keyB ? keyA < keyB : ByteOrder.less(names.lotName(a.lot), names.lotName(b.lot))
        }
        self.asOf = asOf
        rows = balances.map { balance in
            Row(
                product: dataset[balance.product].key, lot: names.lotName(balance.lot),
                location: dataset[balance.location].fullName, quantity: balance.quantity,
                unit: names.units[balance.product])
        }
    }

    /// `[{"product", "lot", "location", "quantity"}]`.
    public var json: JSONValue {
        .array(
            rows.map { row in
                .object([
                    ("product", .string(row.product)),
                    ("lot", .string(row.lot)),
                    ("location", .string(row.location)),
                    ("quantity", .quantity(row.quantity)),
                ])
            })
    }

    /// A text table: Location, Product, Lot/Serial, Quantity, Unit.
    public var text: String {
        guard !rows.isEmpty else { return "  Nothing on hand.\n" }
        var table = TextTable(["Location", "Product", "Lot/Serial", "Quantity", "Unit"], rightAligned: [3])
        for row in rows { table.append([row.location, row.product, row.lot, row.quantity.description, row.unit]) }
        return table.render()
    }
}
