/// Turns the graph's integer ids into the names reports show: products by key, locations by
/// full name, references and partners as text.
struct ReportNames {
    let graph: TraceGraph
    let dataset: Dataset
    let units: ProductUnits

    init(graph: TraceGraph) {
        self.graph = graph
        dataset = graph.dataset
        units = graph.units
    }

    /// The contact display name of a transfer; nil when there is no transfer or no contact.
    func partner(of transfer: TransferID?) -> String? { transfer.flatMap { dataset[$0].contactName } }

    /// The name of a lot, "" for none.
    func lotName(_ lot: LotID?) -> String { lot.map { dataset[$0].name } ?? "" }

    /// The line at `index` as a history row.
    func historyRow(line index: Int) -> TraceReport.HistoryRow {
        let line = dataset.moveLines[index]
        return TraceReport.HistoryRow(
            reference: dataset.reference(of: line), date: line.date, product: dataset[line.product].key,
            lot: lotName(line.lot), from: dataset[line.from].fullName, to: dataset[line.to].fullName,
            quantity: line.quantity, unit: dataset.unit(of: line), kind: graph.kind(ofLine: index))
    }

    /// A lot as a row.
    func lotRow(_ lot: LotID) -> ReportRow.Lot {
        let product = dataset[dataset[lot].product]
        return ReportRow.Lot(product: product.key, productName: product.displayName, lot: dataset[lot].name, unit: units[product.id])
    }

    /// Lots as rows, sorted by (product key, lot name).
    func lotRows(_ lots: [LotID]) -> [ReportRow.Lot] {
        ByteOrder.sorted(lots.map(lotRow), by: { [$0.product, $0.lot] })
    }

    /// A balance as a row.
    func stockRow(_ balance: StockBalance) -> ReportRow.Stock {
        ReportRow.Stock(
            product: dataset[balance.product].key, lot: lotName(balance.lot), location: dataset[balance.location].fullName,
            quantity: balance.quantity, unit: units[balance.product])
    }

    /// A receipt as a row.
    func receiptRow(_ receipt: Receipt) -> ReportRow.Receipt {
        ReportRow.Receipt(
            reference: dataset.references[Int(receipt.reference)], partner: partner(of: receipt.transfer),
            date: receipt.date, product: dataset[receipt.product].key, lot: lotName(receipt.lot),
            quantity: receipt.quantity, unit: units[receipt.product])
    }

    /// A delivery as a row.
    func deliveryRow(_ delivery: Delivery) -> ReportRow.Delivery {
        ReportRow.Delivery(
            reference: dataset.references[Int(delivery.reference)], partner: partner(of: delivery.transfer),
            date: delivery.date, product: dataset[delivery.product].key, lot: lotName(delivery.lot),
            delivered: delivery.delivered, returned: delivery.returned, quantity: delivery.quantity,
            unit: units[delivery.product])
    }
}
