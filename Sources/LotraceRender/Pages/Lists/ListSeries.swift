/// A list too long for one page, cut into pages of `pageSize` rows: `<folder>/<base>.html`, then
/// `<folder>/<base>.2.html`, `.3.html`... (safe file names hold no dot, so these never meet
/// another name), each with a `Pager`.
struct ListSeries: Sendable {
    /// The most rows a list page shows.
    static let pageSize = 500

    /// The first page's site path without ".html" ("products/FL-001").
    let stem: String
    /// How many rows the list has.
    let count: Int

    /// The series of `count` rows starting at `<folder>/<base>.html`.
    init(folder: String, base: String, count: Int) {
        stem = folder + "/" + base
        self.count = count
    }

    /// Pages: at least one, even for an empty list.
    var pageCount: Int { max(1, (count + Self.pageSize - 1) / Self.pageSize) }

    /// The site path of page `number` (1-based).
    func path(_ number: Int) -> String { number == 1 ? stem + ".html" : "\(stem).\(number).html" }

    /// The rows of page `number`.
    func range(_ number: Int) -> Range<Int> {
        let start = (number - 1) * Self.pageSize
        return start..<min(count, start + Self.pageSize)
    }

    /// The pager of page `number`, linking through `links`; `noun` names the rows ("lot").
    func pager(_ number: Int, links: PageLinks, noun: String, plural: String? = nil) -> Pager {
        let rows = range(number)
        let counted = DisplayFormat.count(count, noun, plural: plural)
        return Pager(
            summary: pageCount == 1
                ? counted : "\(DisplayFormat.grouped(rows.lowerBound + 1))–\(DisplayFormat.grouped(rows.upperBound)) of \(counted)",
            hasPages: pageCount > 1,
            pages: (1...pageCount).map { Pager.Link(number: $0, href: links.to(path($0)), current: $0 == number) },
            previous: number > 1 ? links.to(path(number - 1)) : nil,
            next: number < pageCount ? links.to(path(number + 1)) : nil)
    }
}

/// The navigation between the pages of a `ListSeries`.
struct Pager: Sendable, Encodable {
    /// "501–1,000 of 6,412 lots", or "6 lots" on a single page.
    var summary: String
    var hasPages: Bool
    var pages: [Link]
    var previous: String?
    var next: String?

    /// A link to one page.
    struct Link: Sendable, Encodable {
        var number: Int
        var href: String
        var current: Bool
    }
}

/// One page of a `ListSeries`: the frame, what the list is, the way back to its index, the
/// pager and the page's rows (`templates/list-*.mustache`).
struct ListPage<Row: Sendable & Encodable>: Sendable, Encodable {
    var frame: PageFrame
    /// "Wheat Flour T55".
    var heading: String
    /// What the list is ("Lots and serial numbers, with their stock as of ...").
    var hint: String
    /// The index the list belongs to ("Lots by product").
    var upTitle: String
    var upHref: String
    var pager: Pager
    var rows: [Row]
    var isEmpty: Bool
}

extension ListSeries {
    /// Renders every page of the series with `template`: page `number` shows the rows `row`
    /// makes for its indices, under `heading` and `hint`, linking back to `up`. A `timeless` list
    /// (slips of a month, rejected rows) does not depend on the site's as-of moment. Pages are
    /// made on every core.
    func render<Row: Sendable & Encodable>(
        in context: SiteContext, template: String, heading: String, hint: String, up: (title: String, path: String),
        noun: String, plural: String? = nil, timeless: Bool = false, row: @Sendable (Int, PageLinks) -> Row
    ) throws {
        try context.forEachPage(pageCount) { index in
            let number = index + 1
            let path = path(number)
            let momentKey = timeless ? "" : context.momentText
            if try context.reuse(path, momentKey: momentKey) { return }
            let links = context.links(from: path)
            let rows = range(number).map { row($0, links) }
            let title = number == 1 ? heading : "\(heading) (\(number))"
            let page = ListPage(
                frame: timeless ? context.timelessFrame(title: title, path: path) : context.frame(title: title, path: path),
                heading: heading,
                hint: hint, upTitle: up.title, upHref: links.to(up.path),
                pager: pager(number, links: links, noun: noun, plural: plural), rows: rows, isEmpty: rows.isEmpty)
            try context.render(page, template: template, to: path, momentKey: momentKey)
        }
    }
}
