import LotraceCore

/// A lot's traceability graph as an inline SVG picture: the lots it was made from on the left,
/// the lot in the middle, the lots made from it to the right, then the customers its deliveries
/// (and those of its descendants) went to. Edges are manufacturing orders (lot to lot) and
/// deliveries (lot to customer), each with a tooltip; every lot node links to its page.
///
/// Columns are generations (nearest distance from the lot). Each column shows at most
/// `columnLimit` nodes, sorted by product key and lot name; a final "+N more" node says what
/// was left out, so the picture stays readable for a lot delivered to thousands of customers
/// (the tables list everything). An edge to or from a node left out is drawn to or from its
/// "+N more" node, once for all the edges joining the same two nodes ("240 deliveries"), so
/// the picture's size is bounded by its nodes, not by the lot's deliveries.
struct LotGraphPicture {
    static let columnLimit = 12
    static let nodeWidth = 176
    static let nodeHeight = 40
    static let columnGap = 64
    static let rowGap = 14

    let svg: String

    /// The picture of `root` in `graph`, its nodes linking to lot pages through `links`.
    init(lot root: LotID, graph: TraceGraph, links: PageLinks) {
        let dataset = graph.dataset
        var layout = GraphLayout()
        let upstream = Self.generations(from: root) { graph.links(into: $0).map(\.parent) }
        let downstream = Self.generations(from: root) { graph.links(outOf: $0).map(\.child) }
        let sorted = { (lots: [LotID]) in
            lots.map { (key: ExactText(dataset[dataset[$0].product].key + "\u{0}" + dataset[$0].name), lot: $0) }
                .sorted { $0.key < $1.key }.map(\.lot)
        }
        let lotColumns = upstream.dropFirst().reversed().map(sorted) + [[root]] + downstream.dropFirst().map(sorted)
        for lots in lotColumns { layout.addColumn(lots.map { .lot($0) }, limit: Self.columnLimit) }
        var customers: [ExactText: [(lot: LotID, delivery: Delivery)]] = [:]
        for lot in [root] + downstream.dropFirst().flatMap({ $0 }) {
            for delivery in graph.deliveries(of: lot) {
                let name = delivery.transfer.flatMap { dataset[$0].contactName } ?? "Unknown customer"
                customers[ExactText(name), default: []].append((lot, delivery))
            }
        }
        layout.addColumn(customers.keys.sorted().map { .customer($0.text) }, limit: Self.columnLimit)

        var edges: [GraphLayout.Edge] = []
        for parent in lotColumns.joined() {
            for link in graph.links(outOf: parent) {
                edges.append(.init(from: .lot(parent), to: .lot(link.child), kind: "made", title: dataset.references[Int(link.reference)]))
            }
        }
        for (name, deliveries) in customers.sorted(by: { $0.key < $1.key }) {
            for (lot, delivery) in deliveries {
                edges.append(
                    .init(
                        from: .lot(lot), to: .customer(name.text), kind: "delivered",
                        title: dataset.references[Int(delivery.reference)], quantity: delivery.quantity))
            }
        }
        let drawn = layout.drawnEdges(edges) { $0 == "made" ? "manufacturing orders" : "deliveries" }
        svg = layout.svg(edges: drawn, root: .lot(root)) { node in
            switch node {
            case .lot(let lot):
                return (dataset[lot].name, dataset[dataset[lot].product].key, links.lot(lot))
            case .customer(let name):
                return (name, "customer", nil)
            case .more(_, let count):
                return ("+\(DisplayFormat.grouped(count)) more", "see the tables", nil)
            }
        }
    }

    /// Lots by generation from `root` (generation 0 is the root), each lot in the generation of
    /// its shortest distance; cycle-safe.
    private static func generations(from root: LotID, next: (LotID) -> [LotID]) -> [[LotID]] {
        var seen: Set<LotID> = [root]
        var result: [[LotID]] = [[root]]
        while let last = result.last, !last.isEmpty {
            let following = last.flatMap(next).filter { seen.insert($0).inserted }
            if following.isEmpty { break }
            result.append(following)
        }
        return result
    }
}
