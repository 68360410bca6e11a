/// One page per delivery slip (`slips/<reference>.html`) and their list (`slips.html`).
struct DeliverySlipsStep: SiteStep {
    let title = "Render delivery slips"
    let templates = ["slip", "slips"]
    let section: SiteSection? = SiteSection(title: "Delivery slips", path: "slips.html")

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let slips = context.slips
        try context.forEachPage(slips.count) { index in
            guard let path = context.links.slipFile(slips[index].reference) else { return }
            try context.render(SlipPage(slip: slips[index], path: path, context: context), template: "slip", to: path)
        }
        let listPath = "slips.html"
        try context.render(SlipListPage(context: context, path: listPath), template: "slips", to: listPath)
        return SiteStepOutcome(count: slips.count + 1)
    }
}
