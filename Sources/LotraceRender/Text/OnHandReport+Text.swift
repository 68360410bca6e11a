import LotraceCore

extension OnHandReport {
    /// A text table: Location, Product, Lot/Serial, Quantity, Unit.
    public var text: String {
        guard !rows.isEmpty else { return "  Nothing on hand.\n" }
        var table = TextTable(["Location", "Product", "Lot/Serial", "Quantity", "Unit"], rightAligned: [3])
        for row in rows { table.append([row.location, row.product, row.lot, row.quantity.description, row.unit]) }
        return table.render()
    }
}
