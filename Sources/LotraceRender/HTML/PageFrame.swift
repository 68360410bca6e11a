import LotraceCore

/// What every page's layout shows around its content: title, company, navigation, links to the
/// stylesheet and search script (relative to the page), and the as-of moment of a page that shows
/// stock. View models keep it as `frame` (templates: `{{#frame}}{{title}}{{/frame}}`).
public struct PageFrame: Sendable, Encodable {
    /// The page's own title ("Lot FLR-250106-1").
    public var title: String
    /// The company name (`lotrace.json`).
    public var company: String
    /// "../" per folder level: prefix of site-relative links.
    public var root: String
    public var stylesheet: String
    public var script: String
    public var searchIndex: String
    public var home: String
    /// The moment the stock shown describes: "2025-03-31 23:59:59", or "2025-03-25 16:06:48
    /// (the last move)" when the as-of moment is later than every move; nil on a page that does
    /// not depend on the moment (a delivery slip, a lot's history), so the next day's build
    /// keeps it as it is.
    public var asOf: String?
    public var navigation: [NavigationLink]

    /// One navigation entry.
    public struct NavigationLink: Sendable, Encodable {
        public var title: String
        public var href: String
        /// True on the section's own page.
        public var current: Bool
    }

    /// The frame of the site page at `path`: `moment` is what its data describes (nil: the page
    /// does not depend on it), `sections` the navigation.
    init(title: String, path: String, company: String, moment: String?, sections: [SiteSection]) {
        self.title = title
        self.company = company
        let root = SiteLinks.relative("", from: path)
        self.root = root
        stylesheet = root + "site.css"
        script = root + "search.js"
        searchIndex = root + "search.json"
        home = root + "index.html"
        asOf = moment
        navigation = sections.map { section in
            NavigationLink(title: section.title, href: root + section.path, current: section.path == path)
        }
    }
}
