/// The FEFO compliance check of done deliveries (docs/data-contract.md section 5).
///
/// A delivery line (into a customer location) of a product that uses expiration dates, shipping
/// a lot from internal location S, breaks FEFO when, after every line of the same (Reference,
/// Date) is applied, another lot X of the product has positive stock in exactly S, a removal date
/// at or after the delivery's date (Odoo would still reserve it) and before the shipped lot's
/// (a shipped lot without removal date counts as the latest; X without one never counts). Of
/// several such X, the one with the earliest removal date (then lowest id) is named.
public enum FEFOCompliance {
    /// Every violation, in chronological order of the delivery lines.
    public static func violations(graph: TraceGraph, dates: LotDateBook) -> [FEFOViolation] {
        let dataset = graph.dataset
        let lines = dataset.moveLines
        let usages = dataset.locations.map(\.usage)
        var balances: [Int64: Quantity] = [:]
        var stocked: [Int64: Set<LotID>] = [:]
        var violations: [FEFOViolation] = []
        let order = graph.chronologicalLines
        var start = 0
        while start < order.count {
            var end = start
            var lastOfReference: [Int32: Int] = [:]
            while end < order.count, lines[Int(order[end])].date == lines[Int(order[start])].date {
                lastOfReference[lines[Int(order[end])].reference] = end
                end += 1
            }
            var waiting: [Int32: [Int]] = [:]
            for position in start..<end {
                let index = Int(order[position])
                let line = lines[index]
                if let lot = line.lot {
                    for (location, sign) in [(line.from, -1), (line.to, 1)] where usages[Int(location.index)].holdsStock {
                        let key = Int64(lot.index) << 32 | Int64(location.index)
                        let value = balances[key, default: .zero] + (sign < 0 ? -line.quantity : line.quantity)
                        balances[key] = value
                        let shelf = Int64(line.product.index) << 32 | Int64(location.index)
                        if value > .zero { stocked[shelf, default: []].insert(lot) } else { stocked[shelf]?.remove(lot) }
                    }
                    if graph.kind(ofLine: index) == .delivery, usages[Int(line.from.index)].holdsStock,
                        dates.usesExpirationDates(line.product)
                    {
                        waiting[line.reference, default: []].append(index)
                    }
                }
                guard lastOfReference[line.reference] == position, let due = waiting.removeValue(forKey: line.reference) else {
                    continue
                }
                for delivery in due {
                    if let violation = check(delivery, lines[delivery], stocked, dates) { violations.append(violation) }
                }
            }
            start = end
        }
        return violations
    }

    private static func check(
        _ index: Int, _ line: MoveLine, _ stocked: [Int64: Set<LotID>], _ dates: LotDateBook
    ) -> FEFOViolation? {
        guard let shipped = line.lot else { return nil }
        let shippedRemoval = dates.removal(of: shipped)
        let shelf = Int64(line.product.index) << 32 | Int64(line.from.index)
        var best: (lot: LotID, removal: LocalDateTime)?
        for lot in stocked[shelf] ?? [] where lot != shipped {
            guard let removal = dates.removal(of: lot), removal >= line.date,
                shippedRemoval.map({ removal < $0 }) ?? true
            else { continue }
            if best.map({ (removal, lot) < ($0.removal, $0.lot) }) ?? true { best = (lot, removal) }
        }
        guard let best else { return nil }
        return FEFOViolation(
            line: index, product: line.product, location: line.from, shipped: shipped, shippedRemoval: shippedRemoval,
            earlier: best.lot, earlierRemoval: best.removal)
    }
}
