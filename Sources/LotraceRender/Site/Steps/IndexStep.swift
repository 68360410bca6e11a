/// `index.html` and `rejections.html`. Runs last: the index shows every earlier step's highlights.
struct IndexStep: SiteStep {
    let title = "Render index"
    let templates = ["index", "rejections"]
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        try context.render(IndexPage(context: context, path: "index.html"), template: "index", to: "index.html")
        try context.render(RejectionsPage(context: context), template: "rejections", to: RejectionsPage.path)
        return SiteStepOutcome(count: 2)
    }
}
