import LotraceCore

/// The links a page of the site makes, relative to its own path: to lots (by id, or by product
/// key and name as reports name them), to slips (by reference), to products on the stock page,
/// and to any other site path.
struct PageLinks: Sendable {
    let site: SiteLinks
    /// The page's own site path ("lots/FL-001_F1.html").
    let path: String

    /// The site path `target` ("expiry.html") as seen from this page.
    func to(_ target: String) -> String { SiteLinks.relative(target, from: path) }

    /// The page of `lot`.
    func lot(_ lot: LotID) -> String { to(site.lotPage(lot)) }

    /// The lot page of (product key, lot name); nil when there is none (lot-less rows).
    func lot(_ product: String, _ lot: String) -> String? {
        site.lotPage(product: product, lot: lot).map(to)
    }

    /// The slip of `reference`; nil when it is not a delivery.
    func slip(_ reference: String) -> String? {
        site.slipFile(reference).map(to)
    }

    /// The product's list of lots (its first page).
    func product(_ product: ProductID) -> String { to(site.productPage(product)) }
}
