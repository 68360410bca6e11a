/// Stock on hand (`lotrace onhand`): every non-zero balance of an internal location, sorted by
/// (location full name, product key, lot name) by UTF-8 bytes; lot-less stock has lot "".
public struct OnHandReport: Sendable, Hashable {
    /// The date the stock is taken at (lines dated at or before it); nil for all lines.
    public var asOf: LocalDateTime?
    public var rows: [ReportRow.Stock]

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
        rows = balances.map(names.stockRow)
    }
}
