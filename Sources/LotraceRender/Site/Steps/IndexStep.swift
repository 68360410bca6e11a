/// `index.html` and `rejections.html`. Runs last: the index shows every earlier step's highlights.
struct IndexStep: SiteStep {
    let title = "Render index"
    let templates = ["index", "rejections"]
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let path = "index.html"
        let index = IndexPage(
            dataset: context.dataset, slips: context.slips, highlights: context.outcomes.flatMap(\.outcome.highlights),
            frame: context.frame(title: "Overview", path: path), links: context.links(from: path))
        try context.render(index, template: "index", to: path)
        let rejections = RejectionsPage(
            files: context.dataset.files, frame: context.frame(title: "Rejected rows", path: RejectionsPage.path))
        try context.render(rejections, template: "rejections", to: RejectionsPage.path)
        return SiteStepOutcome(count: 2)
    }
}
