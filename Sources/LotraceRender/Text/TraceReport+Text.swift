import LotraceCore

extension TraceReport {
    /// The report as readable plain text (`lotrace trace --format text`): facts, where the lot
    /// is now, its history, and the upstream and downstream trees, receipts and deliveries.
    public var text: String {
        var out = "Lot \(lot) of \(productName)\n"
        out += factsTable.render()
        out += "\nWhere it is now\n"
        out += section(onHand.isEmpty ? nil : onHandTable, empty: "Nothing on hand.")
        out += "\nHistory (newest first)\n"
        out += section(history.isEmpty ? nil : historyTable, empty: "No operation made on this lot.")
        out += "\nUpstream: made from\n"
        out += section(upstream.tree.isEmpty ? nil : TraceReport.treeTable(upstream.tree), empty: "No other lots.")
        out += "\nReceipts\n"
        out += section(upstream.receipts.isEmpty ? nil : receiptsTable, empty: "No receipts.")
        out += "\nDownstream: went into\n"
        out += section(downstream.tree.isEmpty ? nil : TraceReport.treeTable(downstream.tree), empty: "No other lots.")
        out += "\nDeliveries\n"
        out += section(downstream.deliveries.isEmpty ? nil : deliveriesTable, empty: "No deliveries.")
        return out
    }

    private func section(_ table: TextTable?, empty: String) -> String {
        table?.render() ?? "  \(empty)\n"
    }

    private var factsTable: TextTable {
        var table = TextTable(["Product", productName])
        table.append(["Lot/Serial", lot])
        if !company.isEmpty { table.append(["Company", company]) }
        if let tracking { table.append(["Tracking", TraceReport.label(tracking)]) }
        let dates = [
            ("Expiration Date", expirationDate), ("Best Before Date", bestBeforeDate),
            ("Removal Date", removalDate), ("Alert Date", alertDate),
        ]
        for (label, date) in dates { if let date { table.append([label, date.description]) } }
        return table
    }

    private var onHandTable: TextTable {
        var table = TextTable(["Location", "Quantity", "Unit"], rightAligned: [1])
        for row in onHand { table.append([row.location, row.quantity.description, unit]) }
        return table
    }

    private var historyTable: TextTable {
        var table = TextTable(["Reference", "Date", "Product", "Lot/Serial", "From", "To", "Quantity", "Unit"], rightAligned: [6])
        for row in history {
            table.append([
                row.reference, row.date.description, row.product, row.lot, row.from, row.to, row.quantity.description, row.unit,
            ])
        }
        return table
    }

    private var receiptsTable: TextTable {
        var table = TextTable(["Reference", "Partner", "Date", "Product", "Lot/Serial", "Quantity", "Unit"], rightAligned: [5])
        for row in upstream.receipts {
            table.append([
                row.reference, row.partner ?? "-", row.date.description, row.product, row.lot, row.quantity.description, row.unit,
            ])
        }
        return table
    }

    private var deliveriesTable: TextTable {
        var table = TextTable(
            ["Reference", "Partner", "Date", "Product", "Lot/Serial", "Delivered", "Returned", "Net", "Unit"],
            rightAligned: [5, 6, 7])
        for row in downstream.deliveries {
            table.append([
                row.reference, row.partner ?? "-", row.date.description, row.product, row.lot,
                row.delivered.description, row.returned.description, row.quantity.description, row.unit,
            ])
        }
        return table
    }

    private static func treeTable(_ rows: [TreeRow]) -> TextTable {
        var table = TextTable(["Lot", "Order", "Quantity", "Unit"], rightAligned: [2])
        for row in rows {
            let indent = String(repeating: "  ", count: row.depth - 1)
            let name = "\(indent)\(row.product) / \(row.lot)" + (row.repeated ? " (see above)" : "")
            table.append([name, row.reference, row.quantity.description, row.unit])
        }
        return table
    }

    private static func label(_ tracking: Tracking) -> String {
        switch tracking {
        case .none: "No Tracking"
        case .lot: "By Lots"
        case .serial: "By Unique Serial Number"
        }
    }
}
