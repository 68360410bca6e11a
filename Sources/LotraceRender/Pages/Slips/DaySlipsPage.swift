import Foundation

/// A day's delivery slips printed in one go (`templates/slips-day.mustache`; the site's
/// `slips/<YYYY-MM-DD>.html` and `lotrace slips --date`): the slips one after another, each cut
/// into sheets by `SlipSheetLayout`, each sheet starting a new printed page. Every slip prints
/// on pages named after it (CSS named pages, in `pageRules`) that carry its own running header
/// and "Page N of M": N counted by the browser for that slip alone, M the slip's sheets.
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
    var slips: [Slip]

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
    /// `links` (nil outside the site).
    init(day: SlipDay, barcodes: SlipBarcodes, frame: PageFrame, links: PageLinks?, upHref: String?, css: String?) {
        self.frame = frame
        self.css = css
        date = day.date
        count = DisplayFormat.count(day.slips.count, "delivery slip")
        self.upHref = upHref
        var rules: [String] = []
        slips = day.slips.enumerated().map { offset, slip in
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
