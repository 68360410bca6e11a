import LotraceCore

/// The lots dashboard, as Odoo's Lots/Serial Numbers view groups it: stock by location
/// (`stock.html`) and every lot by product (`products.html`), as of the site's date.
enum StockPages {
    static let locationsPath = "stock.html"
    static let productsPath = "products.html"

    /// The anchor of a product's entry on `products.html` (its id: safe and unique).
    static func anchor(of product: ProductID) -> String { "product-\(product.index)" }
}

/// `stock.html`: each internal location with its lots, products and quantities.
struct StockByLocationPage: Sendable, Encodable {
    var frame: PageFrame
    var summary: String
    var locations: [Location]

    /// One location and its stock.
    struct Location: Sendable, Encodable {
        var name: String
        var count: String
        var rows: CollapsedRows<Row>
    }

    /// One balance.
    struct Row: Sendable, Encodable {
        var product: String
        var productHref: String
        var lot: String
        var href: String?
        var quantity: String
        var negative: Bool
    }

    /// The balances of `report` grouped by location, products of `dataset` linked, framed by
    /// `frame`, linking through `links`.
    init(report: OnHandReport, dataset: Dataset, frame: PageFrame, links: PageLinks) {
        self.frame = frame
        let products = Dictionary(dataset.products.map { (ExactText($0.key), $0.id) }, uniquingKeysWith: { a, _ in a })
        var locations: [Location] = []
        var start = 0
        let rows = report.rows
        while start < rows.count {
            var end = start
            while end < rows.count && ExactText(rows[end].location) == ExactText(rows[start].location) { end += 1 }
            let group = rows[start..<end].map { row in
                Row(
                    product: row.product,
                    productHref: products[ExactText(row.product)].map {
                        StockPages.productsPath + "#" + StockPages.anchor(of: $0)
                    } ?? StockPages.productsPath,
                    lot: row.lot, href: links.lot(row.product, row.lot),
                    quantity: DisplayFormat.quantity(row.quantity, unit: row.unit), negative: row.quantity.isNegative)
            }
            locations.append(Location(name: rows[start].location, count: DisplayFormat.count(group.count, "balance"), rows: CollapsedRows(group)))
            start = end
        }
        self.locations = locations
        summary = "\(DisplayFormat.count(locations.count, "location")) holding stock, \(DisplayFormat.count(rows.count, "balance"))"
    }
}
