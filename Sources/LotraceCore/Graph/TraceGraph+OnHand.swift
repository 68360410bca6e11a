extension TraceGraph {
    /// Non-zero balances of internal locations per item, from the lines dated at or before
    /// `asOf` (all when nil). A dense per-location scratch array replaces any hashing.
    static func balances(
        lines: [MoveLine], items: StockItems, itemLines: Grouped<Int32>, usages: [LocationUsage],
        asOf: LocalDateTime?
    ) -> Grouped<StockBalance> {
        var result = Grouped<StockBalance>()
        var scratch = [Quantity](repeating: .zero, count: usages.count)
        var touched = [Bool](repeating: false, count: usages.count)
        var touchedLocations: [Int] = []
        for item in 0..<items.count {
            for index in itemLines[item] {
                let line = lines[Int(index)]
                if let asOf, line.date > asOf { break }
                let from = Int(line.from.index)
                let to = Int(line.to.index)
                if usages[from] == .internal {
                    if !touched[from] {
                        touched[from] = true
                        touchedLocations.append(from)
                    }
                    scratch[from] -= line.quantity
                }
                if usages[to] == .internal {
                    if !touched[to] {
                        touched[to] = true
                        touchedLocations.append(to)
                    }
                    scratch[to] += line.quantity
                }
            }
            touchedLocations.sort()
            for location in touchedLocations {
                if !scratch[location].isZero {
                    result.append(
                        StockBalance(
                            product: items.product(of: item), lot: items.lot(of: item),
                            location: LocationID(location), quantity: scratch[location]))
                }
                scratch[location] = .zero
                touched[location] = false
            }
            touchedLocations.removeAll(keepingCapacity: true)
            result.closeGroup()
        }
        return result
    }
}
