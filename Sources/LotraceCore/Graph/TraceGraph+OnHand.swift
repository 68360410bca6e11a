extension TraceGraph {
    /// Non-zero balances of internal locations per item, from the lines dated at or before
    /// `asOf` (each item's lines are chronological, so its walk stops at the first later line).
    static func balances(
        lines: [MoveLine], items: StockItems, itemLines: Grouped<Int32>, usages: [LocationUsage],
        asOf: LocalDateTime
    ) -> Grouped<StockBalance> {
        var builder = BalanceBuilder(usages: usages)
        for item in 0..<items.count {
            for index in itemLines[item] {
                let line = lines[Int(index)]
                if line.date > asOf { break }
                builder.add(line)
            }
            builder.closeItem(product: items.product(of: item), lot: items.lot(of: item))
        }
        return builder.balances
    }
}
