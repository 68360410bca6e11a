/// The upstream or downstream tree of a lot as indented rows: depth first from the lot, each
/// node's links sorted by (product key, lot name, reference), a lot met again after it was
/// expanded listed as `repeated` without its subtree (so cycles end).
struct TraceTree {
    /// Which way the tree grows.
    enum Direction {
        /// Towards the lots a lot was made from.
        case upstream
        /// Towards the lots made from a lot.
        case downstream
    }

    let graph: TraceGraph
    let names: ReportNames
    let direction: Direction

    /// The rows under `root` (not included).
    func rows(from root: LotID) -> [TraceReport.TreeRow] {
        var rows: [TraceReport.TreeRow] = []
        var expanded: Set<LotID> = [root]
        var stack: [(lot: LotID, link: ProductionLink, depth: Int)] = neighbours(of: root).reversed().map {
            ($0.lot, $0.link, 1)
        }
        while let (lot, link, depth) = stack.popLast() {
            let repeated = !expanded.insert(lot).inserted
            rows.append(row(lot: lot, link: link, depth: depth, repeated: repeated))
            if !repeated {
                stack += neighbours(of: lot).reversed().map { ($0.lot, $0.link, depth + 1) }
            }
        }
        return rows
    }

    /// The lots linked to `lot` in this direction, sorted.
    private func neighbours(of lot: LotID) -> [(lot: LotID, link: ProductionLink)] {
        let dataset = graph.dataset
        let linked: [(lot: LotID, link: ProductionLink)] =
            switch direction {
            case .upstream: graph.links(into: lot).map { ($0.parent, $0) }
            case .downstream: graph.links(outOf: lot).map { ($0.child, $0) }
            }
        return ByteOrder.sorted(linked) {
            [dataset[dataset[$0.lot].product].key, dataset[$0.lot].name, dataset.references[Int($0.link.reference)]]
        }
    }

    /// A tree row: upstream, what `lot` gave to the order (its lines into a production
    /// location); downstream, what the order made of it (its lines out of one), the same rule
    /// as the links.
    private func row(lot: LotID, link: ProductionLink, depth: Int, repeated: Bool) -> TraceReport.TreeRow {
        let dataset = graph.dataset
        var quantity = Quantity.zero
        for index in graph.lines(of: lot) {
            let line = dataset.moveLines[index]
            guard line.reference == link.reference else { continue }
            let into = dataset[line.to].usage == .production && dataset[line.from].usage != .production
            let outOf = dataset[line.from].usage == .production && dataset[line.to].usage != .production
            if direction == .upstream ? into : outOf { quantity += line.quantity }
        }
        let product = dataset[lot].product
        return TraceReport.TreeRow(
            depth: depth, product: dataset[product].key, lot: dataset[lot].name,
            reference: dataset.references[Int(link.reference)], quantity: quantity, unit: names.units[product],
            repeated: repeated)
    }
}
