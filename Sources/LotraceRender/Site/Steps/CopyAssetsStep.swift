/// Copies the template folder's assets (the shared stylesheet, the search script) into the
/// site, keeping their relative paths.
struct CopyAssetsStep: SiteStep {
    let title = "Copy stylesheet and scripts"
    let templates = ["layout"]
    let section: SiteSection? = nil

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        for path in context.templates.assets {
            guard let data = context.templates.asset(path) else {
                throw OutputError("cannot read \(context.templates.directory)/\(path)")
            }
            try context.output.write(data, to: path)
        }
        return SiteStepOutcome(count: context.templates.assets.count, noun: "file")
    }
}
