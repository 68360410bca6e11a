import LotraceCore

/// The lots dashboard, as Odoo's Lots/Serial Numbers view groups it: stock by location and every
/// lot by product, as of the site's date. Each has an index (`stock.html`, `products.html`) and
/// one list per location or product (`stock/<location>.html`, `products/<product>.html`, paged
/// by `ListSeries`).
enum StockPages {
    static let locationsPath = "stock.html"
    static let productsPath = "products.html"
    static let locationsFolder = "stock"
    static let productsFolder = "products"
}

/// `stock.html`: every internal location holding stock, with its number of balances.
struct LocationIndexPage: Sendable, Encodable {
    var frame: PageFrame
    var summary: String
    var locations: [Location]

    /// One location.
    struct Location: Sendable, Encodable {
        var name: String
        var href: String
        var count: String
    }
}

/// `products.html`: every product, with how many lots it has and its stock on hand.
struct ProductIndexPage: Sendable, Encodable {
    var frame: PageFrame
    var summary: String
    var products: [Product]

    /// One product.
    struct Product: Sendable, Encodable {
        var name: String
        var href: String
        var tracking: String
        var count: String
        var onHand: String
    }
}

/// A balance of a location's list (`templates/partials/stock-row.mustache`).
struct StockRow: Sendable, Encodable {
    var product: String
    var productHref: String?
    var lot: String
    var href: String?
    var quantity: String
    var negative: Bool
}

/// A lot of a product's list, or its lot-less stock (`templates/partials/product-lot-row.mustache`).
struct ProductLotRow: Sendable, Encodable {
    var lot: String
    var href: String?
    var expiry: String
    var quantity: String
    var locations: String
}
