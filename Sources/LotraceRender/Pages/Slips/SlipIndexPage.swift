/// The delivery slips by month of shipping (`templates/slips.mustache`): the months, newest
/// first, each with its number of slips, a link to its list (`list-slips`, paged) and links to
/// the pages that print a day's slips together.
struct SlipIndexPage: Sendable, Encodable {
    var frame: PageFrame
    var count: String
    var months: [Month]
    /// The days with slips the site does not print, when there are some.
    var unprinted: Unprinted?

    /// One month.
    struct Month: Sendable, Encodable {
        /// "2025-03", or "undated".
        var title: String
        var href: String
        var count: String
        /// The month's days with slips to print, oldest first.
        var days: [Day]
    }

    /// A day's slips printed together (`DaySlipsPage`), linked by its first part.
    struct Day: Sendable, Encodable {
        /// "25" (of the month).
        var title: String
        var href: String
        /// "3 parts" when the day prints in several (`SlipDay.parts`), else nil.
        var parts: String?
    }

    /// The days of shipping left out of the site's prints (`SiteSettings.dayPrints`): any of
    /// them prints with `lotrace slips --date`.
    struct Unprinted: Sendable, Encodable {
        /// "61 days".
        var count: String
        /// The newest of them, "2024-12-31".
        var newest: String
        /// "92 days": the site prints the days of shipping within this many days of the last one.
        var window: String
        /// True when the site prints no day at all (`SiteSettings.dayPrints` 0).
        var printsNone: Bool

        /// What `printed`, the days the site prints out of `all` (both newest first) within
        /// `window` days, leaves out; nil when it leaves out none.
        init?(all: [SlipDay], printed: [SlipDay], window: Int) {
            guard all.count > printed.count else { return nil }
            count = DisplayFormat.count(all.count - printed.count, "day")
            newest = all[printed.count].date
            self.window = DisplayFormat.count(window, "day")
            printsNone = printed.isEmpty
        }
    }

    /// The month a slip is listed under: its shipping date's "YYYY-MM", else "undated".
    static func month(of slip: DeliverySlip) -> String {
        guard let date = slip.shippingDate else { return "undated" }
        return String(date.dateText.prefix(7))
    }

    /// The months of `slips`, newest first, "undated" last.
    static func months(of slips: [DeliverySlip]) -> [String] {
        Set(slips.map(month)).sorted { a, b in
            if a == "undated" || b == "undated" { return b == "undated" && a != "undated" }
            return a > b
        }
    }

    /// The indices of `slips` newest first (by shipping date; undated last, in reading order).
    static func newestFirst(_ slips: [DeliverySlip]) -> [Int] {
        let seconds = slips.map { $0.shippingDate?.seconds ?? .min }
        return slips.indices.sorted { a, b in seconds[a] != seconds[b] ? seconds[a] > seconds[b] : a < b }
    }
}

/// One slip of a list (`templates/partials/slip-row.mustache`).
struct SlipListRow: Sendable, Encodable {
    var reference: String
    var href: String
    var status: String
    var state: String
    var customer: String
    var order: String
    var shippingDate: String
    var lines: Int

    /// The row of `slip`, linked through `links`.
    init(_ slip: DeliverySlip, links: PageLinks) {
        reference = slip.reference
        href = links.slip(slip.reference) ?? ""
        status = SlipContent.statusText(slip)
        state = SlipContent.state(slip)
        customer = slip.customer?.name ?? ""
        order = slip.order ?? ""
        shippingDate = DisplayFormat.minutes(slip.shippingDate)
        lines = slip.lines.count
    }
}
