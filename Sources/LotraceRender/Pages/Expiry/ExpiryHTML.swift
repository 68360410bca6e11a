import LotraceCore

/// The expiry alert list as a page of its own (`lotrace expiry --format html`).
enum ExpiryHTML {
    /// The site's expiry page alone: no links to other pages, the site's stylesheet inlined so
    /// the file reads on its own (`templates/expiry-standalone.mustache`).
    /// - Throws: `TemplateError` when a template is missing.
    static func standalone(
        _ list: ExpiryAlertList, company: String, templates: TemplateLibrary
    ) throws(TemplateError) -> String {
        try templates.lint(required: ["expiry-standalone"])
        let frame = PageFrame(standalone: "Expiry alert list", company: company, asOf: list.asOf)
        var page = ExpiryPage(list, frame: frame, limit: .max, lotLink: { _ in nil })
        page.css = templates.asset("site.css").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return try templates.renderText(page, template: "expiry-standalone")
    }
}

extension PageFrame {
    /// The frame of a page written outside a site: no navigation, links relative to itself;
    /// `asOf` is the moment its stock describes (nil for a page without stock).
    init(standalone title: String, company: String, asOf: LocalDateTime?) {
        self.title = title
        self.company = company
        root = ""
        stylesheet = "site.css"
        script = "search.js"
        searchIndex = "search.json"
        home = "index.html"
        self.asOf = asOf?.description
        navigation = []
    }
}
