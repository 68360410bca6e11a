import LotraceCore

/// The view model of the FEFO page (`templates/fefo.mustache`): per product with stock, the
/// entry to pick next and the whole FEFO order (removal date, then incoming date, then first
/// appearance; lots without removal date last; lot stock before stock without a lot).
struct FEFOPage: Sendable, Encodable {
    /// The site path of the page.
    static let path = "fefo.html"

    var frame: PageFrame
    var products: [Product]

    /// One product's stock in FEFO order.
    struct Product: Sendable, Encodable {
        var name: String
        var pickNext: Entry?
        var entries: TableExcerpt<Entry>
    }

    /// One lot (or lot-less stock) in one location.
    struct Entry: Sendable, Encodable {
        var rank: Int
        var lot: String
        var href: String?
        var location: String
        var quantity: String
        var removal: String
        var incoming: String
        /// "removal date passed" when Odoo no longer reserves it; "" otherwise.
        var note: String
    }

    /// The page of `order`; `lotLink` gives a lot's page link, `moreHref` the list of a product's
    /// whole order when it is longer than the page shows.
    init(_ order: FEFOOrder, dataset: Dataset, frame: PageFrame, lotLink: (LotID) -> String?, moreHref: (ProductID) -> String?) {
        self.frame = frame
        products = order.products.map { stock in
            let entries = Self.entries(stock, dataset: dataset, lotLink: lotLink)
            let next = stock.pickNext.flatMap { next in stock.entries.firstIndex(of: next) }.map { entries[$0] }
            return Product(
                name: dataset[stock.product].displayName, pickNext: next,
                entries: TableExcerpt(entries, moreHref: moreHref(stock.product)))
        }
    }

    /// Every entry of one product's stock, ranked.
    static func entries(_ stock: FEFOOrder.ProductStock, dataset: Dataset, lotLink: (LotID) -> String?) -> [Entry] {
        stock.entries.enumerated().map { rank, entry in
            Entry(
                rank: rank + 1, lot: entry.lot.map { dataset[$0].name } ?? "(no lot)", href: entry.lot.flatMap(lotLink),
                location: dataset[entry.location].fullName, quantity: DisplayFormat.quantity(entry.quantity, unit: stock.unit),
                removal: DisplayFormat.dateTime(entry.removalDate), incoming: DisplayFormat.dateTime(entry.incomingDate),
                note: entry.reservable ? "" : "removal date passed")
        }
    }
}
