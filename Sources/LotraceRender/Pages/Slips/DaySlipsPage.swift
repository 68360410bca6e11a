import Foundation

/// A day's delivery slips printed in one go (`templates/slips-day.mustache`; the site's
/// `slips/<YYYY-MM-DD>.html` and `lotrace slips --date`): the slips one after another, each cut
/// into sheets by `SlipSheetLayout`, each sheet starting a new printed page. Every slip prints
/// on pages named after it (CSS named pages, in `pageRules`) that carry its own running header
/// and "Page N of M": N counted by the browser for that slip alone, M the slip's sheets.
/// The site prints a long day in parts (`SlipDay.parts`), each a page of its own.
struct DaySlipsPage: Sendable, Encodable {
    var frame: PageFrame
    /// The stylesheet, inlined in a page written outside the site; nil in the site.
    var css: String?
    /// The named pages of the slips (CSS built by Lotrace: its strings hex-escaped).
    var pageRules: String
    /// "2025-03-25".
    var date: String
    /// "3 delivery slips".
    var count: String
    /// The list of every slip (the site's `slips.html`); nil outside the site.
    var upHref: String?
    /// Which part of its day the page prints; nil when it prints the whole day.
    var part: Part?
    var slips: [Slip]

    /// One part of a day printed in several (`SlipDay.parts`): its number, the day's parts, the
    /// numbers of its first and last slips within the day, the links to the other parts.
    struct Part: Sendable, Encodable {
        var number: Int
        var partCount: Int
        var firstSlip: String
        var lastSlip: String
        var pager: Pager

        /// Part `number` (1-based) of `day`'s print in the site, linking through `links`.
        init(_ number: Int, of day: SlipDay, links: PageLinks) {
            let parts = day.parts
            let slips = parts[number - 1]
            self.number = number
            partCount = parts.count
            firstSlip = DisplayFormat.grouped(slips.lowerBound + 1)
            lastSlip = DisplayFormat.grouped(slips.upperBound)
            let href = { (part: Int) in links.to(links.site.dayPage(day.date, part: part)) }
            pager = Pager(
                summary: "Part \(number) of \(parts.count)", hasPages: true,
                pages: (1...parts.count).map { Pager.Link(number: $0, href: href($0), current: $0 == number) },
                previous: number > 1 ? href(number - 1) : nil, next: number < parts.count ? href(number + 1) : nil)
        }
    }

    /// One slip: its content, the class that puts it on its named pages, the widths of its
    /// table's columns in millimetres ("66.24"), its sheets.
    struct Slip: Sendable, Encodable {
        var slip: SlipContent
        var pageClass: String
        var columns: [String]
        var sheets: [Sheet]
    }

    /// One printed page of a slip.
    struct Sheet: Sendable, Encodable {
        /// 1-based, within the slip.
        var number: Int
        var sheetCount: Int
        var first: Bool
        var last: Bool
        /// True when the sheet has rows or the total row.
        var hasTable: Bool
        var rows: [SlipContent.Row]
    }

    /// The page of `day`, symbols drawn by `barcodes`, framed by `frame`, linking through
    /// `links` (nil outside the site); only the slips of `part` when it is given.
    init(
        day: SlipDay, part: Part? = nil, barcodes: SlipBarcodes, frame: PageFrame, links: PageLinks?, upHref: String?, css: String?
    ) {
        let printed = part.map { day.slips[day.parts[$0.number - 1]] } ?? day.slips[...]
        self.frame = frame
        self.css = css
        date = day.date
        count = DisplayFormat.count(printed.count, "delivery slip")
        self.upHref = upHref
        self.part = part
        var rules: [String] = []
        slips = printed.enumerated().map { offset, slip in
            let content = SlipContent(slip: slip, barcodes: barcodes, links: links)
            let name = "day-slip-\(offset + 1)"
            let layout = SlipSheetLayout(content)
            let cuts = layout.sheets()
            rules.append(
                ".\(name) { page: \(name); }\n@page \(name) { counter-increment: \(name); "
                    + "@top-left { content: \(CSSString.quoted(SlipContent.printHeader(slip))); } "
                    + "@bottom-right { content: \"Page \" counter(\(name)) \" of \(cuts.count)\"; } }")
            let sheets = cuts.enumerated().map { index, rows in
                let last = index == cuts.count - 1
                return Sheet(
                    number: index + 1, sheetCount: cuts.count, first: index == 0, last: last, hasTable: !rows.isEmpty || last,
                    rows: Array(content.rows[rows]))
            }
            let columns = layout.columns.map { String(format: "%.2f", $0) }
            return Slip(slip: content, pageClass: name, columns: columns, sheets: sheets)
        }
        pageRules = rules.joined(separator: "\n")
    }
}
