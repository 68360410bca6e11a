import LotraceCore

/// `products.html`: every product with its total on hand and every lot or serial it has, with
/// the lot's stock (as of the site's date) and where it is.
struct StockByProductPage: Sendable, Encodable {
    var frame: PageFrame
    var summary: String
    var products: [Product]

    /// One product.
    struct Product: Sendable, Encodable {
        var anchor: String
        var name: String
        var tracking: String
        var onHand: String
        var count: String
        var lots: CollapsedRows<Row>
    }

    /// One lot of the product (or its lot-less stock).
    struct Row: Sendable, Encodable {
        var lot: String
        var href: String?
        var expiry: String
        var quantity: String
        var locations: String
    }

    /// The lots of every product of `dataset` with their stock in `report`, framed by `frame`,
    /// linking through `links`.
    init(report: OnHandReport, dataset: Dataset, frame: PageFrame, links: PageLinks) {
        self.frame = frame
        var stock: [ExactText: [ReportRow.Stock]] = [:]
        for row in report.rows { stock[ExactText(row.product + "\u{0}" + row.lot), default: []].append(row) }
        var lotsByProduct: [[LotID]] = Array(repeating: [], count: dataset.products.count)
        for lot in dataset.lots { lotsByProduct[Int(lot.product.index)].append(lot.id) }
        let order = dataset.products.indices.sorted { ExactText(dataset.products[$0].key) < ExactText(dataset.products[$1].key) }
        products = order.map { index in
            let product = dataset.products[index]
            let lots = lotsByProduct[index].sorted { ExactText(dataset[$0].name) < ExactText(dataset[$1].name) }
            let names = [""] + lots.map { dataset[$0].name }
            let rows = zip(names, [nil] + lots).compactMap { name, lot -> (Row, [ReportRow.Stock])? in
                let balances = stock[ExactText(product.key + "\u{0}" + name)] ?? []
                if lot == nil && balances.isEmpty { return nil }
                return (Self.row(name: name, lot: lot, balances: balances, dataset: dataset, links: links), balances)
            }
            let all = rows.flatMap(\.1)
            let unit = all.first?.unit ?? product.unit ?? ""
            return Product(
                anchor: StockPages.anchor(of: product.id), name: product.displayName,
                tracking: product.tracking.map { $0 == .serial ? "serials" : $0 == .lot ? "lots" : "untracked" } ?? "",
                onHand: DisplayFormat.quantity(all.reduce(Quantity.zero) { $0 + $1.quantity }, unit: unit),
                count: DisplayFormat.count(lots.count, product.tracking == .serial ? "serial" : "lot"),
                lots: CollapsedRows(rows.map(\.0)))
        }
        summary = "\(DisplayFormat.count(products.count, "product")), \(DisplayFormat.count(dataset.lots.count, "lot or serial", plural: "lots and serials"))"
    }

    private static func row(name: String, lot: LotID?, balances: [ReportRow.Stock], dataset: Dataset, links: PageLinks) -> Row {
        let unit = balances.first?.unit ?? ""
        let total = balances.reduce(Quantity.zero) { $0 + $1.quantity }
        return Row(
            lot: lot == nil ? "(no lot)" : name, href: lot.map(links.lot),
            expiry: DisplayFormat.date(lot.flatMap { dataset[$0].expirationDate }),
            quantity: balances.isEmpty ? "\u{2014}" : DisplayFormat.quantity(total, unit: unit),
            locations: balances.map(\.location).joined(separator: ", "))
    }
}
