/// What every audit rule reads: the graph, its dataset and the lot dates, with the phrases
/// findings share.
public struct AuditContext: Sendable {
    public let graph: TraceGraph
    public let dates: LotDateBook
    public var dataset: Dataset { graph.dataset }

    /// A context over `graph` with lot dates `dates`.
    public init(graph: TraceGraph, dates: LotDateBook) {
        self.graph = graph
        self.dates = dates
    }

    /// The move line at `index`.
    func line(_ index: Int) -> MoveLine { dataset.moveLines[index] }

    /// The internal side of a line (its source when internal, else its destination); nil when neither is.
    func internalLocation(of line: MoveLine) -> LocationID? {
        if dataset[line.from].usage.holdsStock { return line.from }
        return dataset[line.to].usage.holdsStock ? line.to : nil
    }

    /// "WH/OUT/00042 on 2025-03-03 13:05:00" for a line.
    func when(_ line: MoveLine) -> String { "\(dataset.reference(of: line)) on \(line.date)" }

    /// A quantity with the line's unit: "12.5 kg".
    func amount(_ quantity: Quantity, of line: MoveLine) -> String {
        let unit = dataset.unit(of: line)
        return unit.isEmpty ? quantity.description : "\(quantity) \(unit)"
    }

    /// The contact a line's transfer names, as " to <contact>"; "" when unknown.
    func toContact(_ line: MoveLine) -> String {
        line.transfer.flatMap { dataset[$0].contactName }.map { " to \($0)" } ?? ""
    }

    /// True for a product tracked by lots or serial numbers (per the products file).
    func isTracked(_ product: ProductID) -> Bool { dataset[product].tracking?.isTracked ?? false }

    /// The chronological line indices of every item (each lot, then each product's lot-less stock).
    var itemCount: Int { graph.items.count }

    /// The chronological lines of one item and its product and lot.
    func item(_ item: Int) -> (product: ProductID, lot: LotID?, lines: ArraySlice<Int32>) {
        (graph.items.product(of: item), graph.items.lot(of: item), graph.itemLines[item])
    }
}
