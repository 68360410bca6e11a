import LotraceCore

/// The view model of the expiry alert list (`templates/expiry.mustache` in the site,
/// `templates/expiry-standalone.mustache` for `lotrace expiry --format html`; both render
/// `partials/expiry-body`): the four groups with every date, days left and stock per location,
/// and the 13-week timeline picture.
struct ExpiryPage: Sendable, Encodable {
    /// The site path of the page.
    static let path = "expiry.html"

    var frame: PageFrame
    var asOf: String
    var groups: [Group]
    /// Inline SVG built by `ExpiryTimelinePicture` (every text in it escaped).
    var timeline: String
    /// The site stylesheet, inlined by the standalone page; "" in the site.
    var css: String = ""

    /// One group of lots.
    struct Group: Sendable, Encodable {
        var key: String
        var title: String
        var count: String
        var rows: TableExcerpt<Row>
        /// "error", "warning" or "info" (the index page's markers).
        var severity: String
    }

    /// One lot of a group.
    struct Row: Sendable, Encodable {
        var product: String
        var lot: String
        var href: String?
        var expiration: String
        var bestBefore: String
        var removal: String
        var alert: String
        var days: String
        var dueWithin: String
        var stock: [Stock]
        var total: String
    }

    /// Stock in one location.
    struct Stock: Sendable, Encodable {
        var location: String
        var quantity: String
    }

    /// The page of `list`, each group showing at most `limit` lots (and linking to the whole
    /// group at `moreHref`); `lotLink` gives a lot's page link (nil when there is none).
    init(
        _ list: ExpiryAlertList, frame: PageFrame, limit: Int, lotLink: (LotID) -> String?,
        moreHref: (ExpiryGroup) -> String? = { _ in nil }
    ) {
        self.frame = frame
        asOf = list.asOf.description
        groups = ExpiryGroup.allCases.map { group in
            let items = list[group]
            return Group(
                key: group.rawValue, title: group.title, count: DisplayFormat.count(items.count, "lot"),
                rows: TableExcerpt(total: items.count, limit: limit, moreHref: moreHref(group)) {
                    Self.row(items[$0], link: lotLink(items[$0].lotID))
                },
                severity: Self.severity(group))
        }
        timeline = ExpiryTimelinePicture(weeks: list.timeline).svg
    }

    /// The index-page line of each non-empty group, linking to the page at `path`.
    static func highlights(_ list: ExpiryAlertList, path: String) -> [SiteHighlight] {
        ExpiryGroup.allCases.compactMap { group in
            let count = list[group].count
            guard count > 0, group != .upcoming else { return nil }
            let severity = SiteHighlight.Severity(rawValue: Self.severity(group)) ?? .info
            return SiteHighlight(text: "\(DisplayFormat.count(count, "lot")): \(group.title.lowercased())", path: path, severity: severity)
        }
    }

    private static func severity(_ group: ExpiryGroup) -> String {
        switch group {
        case .expired: "error"
        case .toRemove, .alert: "warning"
        case .upcoming: "info"
        }
    }

    /// The row of one lot.
    static func row(_ item: ExpiryAlertItem, link: String?) -> Row {
        Row(
            product: item.productName, lot: item.lot, href: link, expiration: DisplayFormat.dateTime(item.expirationDate),
            bestBefore: DisplayFormat.dateTime(item.bestBeforeDate), removal: DisplayFormat.dateTime(item.removalDate),
            alert: DisplayFormat.dateTime(item.alertDate), days: item.daysText,
            dueWithin: item.dueWithin.map { "within \($0) days" } ?? "",
            stock: item.onHand.map { Stock(location: $0.location, quantity: DisplayFormat.quantity($0.quantity, unit: item.unit)) },
            total: DisplayFormat.quantity(item.total, unit: item.unit))
    }
}
