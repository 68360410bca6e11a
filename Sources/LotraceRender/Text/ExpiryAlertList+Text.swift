import LotraceCore

extension ExpiryAlertList {
    /// The list as text: a title line, then per group a heading with its lot count and a table
    /// (one row per lot and location; dates as `YYYY-MM-DD`).
    public var text: String {
        var out = "Expiry alert list as of \(asOf)\n"
        for group in ExpiryGroup.allCases {
            let items = self[group]
            out += "\n\(group.title) (\(items.count) lot\(items.count == 1 ? "" : "s"))\n"
            guard !items.isEmpty else {
                out += "  None.\n"
                continue
            }
            var table = TextTable(
                ["Product", "Lot/Serial", "Expiration", "Best before", "Removal", "Alert", "Days", "Location", "Quantity", "Unit"],
                rightAligned: [8])
            for item in items {
                let dates = [item.expirationDate, item.bestBeforeDate, item.removalDate, item.alertDate].map { $0?.dateText ?? "" }
                for stock in item.onHand {
                    table.append(
                        [item.product, item.lot] + dates + [item.daysText, stock.location, stock.quantity.description, item.unit])
                }
            }
            out += table.render()
        }
        return out
    }
}
