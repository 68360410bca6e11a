/// `index.html` and `rejections.html` (a file with more rejected rows than the page shows has
/// them listed whole: `rejections/<n>.html`, paged). Runs last: the index shows every earlier
/// step's highlights.
struct IndexStep: SiteStep {
    static let rejectionsFolder = "rejections"

    let title = "Render index"
    let templates = ["index", "rejections", "list-rejections"]
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let path = "index.html"
        let index = IndexPage(
            dataset: context.dataset, slips: context.slips, highlights: context.outcomes.flatMap(\.outcome.highlights),
            frame: context.frame(title: "Overview", path: path), links: context.links(from: path))
        try context.render(index, template: "index", to: path)
        var pages = 2
        var lists: [Int: ListSeries] = [:]
        for (number, file) in context.dataset.files.enumerated() where file.rejected.count > TableExcerpt<RejectionsPage.Row>.limit {
            let series = ListSeries(folder: Self.rejectionsFolder, base: String(number + 1), count: file.rejected.count)
            try series.render(
                in: context, template: "list-rejections", heading: file.name,
                hint: "Rejected rows are left out of every answer; fix them in Odoo or in the export.",
                up: ("Rejected rows", RejectionsPage.path), noun: "rejected row", timeless: true
            ) { offset, _ in RejectionsPage.row(file.rejected[offset]) }
            pages += series.pageCount
            lists[number] = series
        }
        let links = context.links(from: RejectionsPage.path)
        let rejections = RejectionsPage(
            files: context.dataset.files, frame: context.timelessFrame(title: "Rejected rows", path: RejectionsPage.path),
            moreHref: { lists[$0].map { links.to($0.path(1)) } })
        try context.render(rejections, template: "rejections", to: RejectionsPage.path, momentKey: "")
        return SiteStepOutcome(count: pages)
    }
}
