extension TraceGraph {
    /// The manufacturing links between lots.
    ///
    /// A line into a production location (from elsewhere) is a consumed component of the order
    /// named by its Reference; a line out of one is a produced good. Every lot consumed under a
    /// reference is a parent of every lot produced under it, except for a produced line that
    /// `dataset.consumedBy` links explicitly: its parents are then the lots of exactly those
    /// consumed lines. Lines without a lot make no link; a lot is never its own parent.
    static func productionLinks(dataset: Dataset, usages: [LocationUsage]) -> [ProductionLink] {
        let lines = dataset.moveLines
        var consumedKeys = [Int32](repeating: -1, count: lines.count)
        var producedKeys = [Int32](repeating: -1, count: lines.count)
        for (index, line) in lines.enumerated() where line.lot != nil {
            let from = usages[Int(line.from.index)]
            let to = usages[Int(line.to.index)]
            if to == .production && from != .production { consumedKeys[index] = line.reference }
            if from == .production && to != .production { producedKeys[index] = line.reference }
        }
        let indices = lines.indices.map(Int32.init)
        let consumed = Grouped(keyCount: dataset.references.count, keys: consumedKeys, values: indices)
        let produced = Grouped(keyCount: dataset.references.count, keys: producedKeys, values: indices)
        var links: [ProductionLink] = []
        for reference in 0..<dataset.references.count where !produced[reference].isEmpty {
            let orderLots = Set(consumed[reference].compactMap { lines[Int($0)].lot })
            for index in produced[reference] {
                guard let child = lines[Int(index)].lot else { continue }
                let explicit = dataset.consumedBy[Int(index)] ?? []
                let parents = explicit.isEmpty ? orderLots : Set(explicit.compactMap { lines[$0].lot })
                for parent in parents where parent != child {
                    links.append(ProductionLink(parent: parent, child: child, reference: Int32(reference)))
                }
            }
        }
        links.sort()
        var unique: [ProductionLink] = []
        unique.reserveCapacity(links.count)
        for link in links where unique.last != link { unique.append(link) }
        return unique
    }
}
