/// One page per delivery slip (`slips/<reference>.html`) and their list (`slips.html`).
struct DeliverySlipsStep: SiteStep {
    let title = "Render delivery slips"
    let templates = ["slip", "slips"]
    let section: SiteSection? = SiteSection(title: "Delivery slips", path: "slips.html")

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let slips = context.slips
        let barcodes = SlipBarcodes(symbology: context.config.barcodes.symbology, referenceYear: context.asOf.components.year)
        try context.forEachPage(slips.count) { index in
            let slip = slips[index]
            guard let path = context.links.slipFile(slip.reference) else { return }
            let page = SlipPage(
                slip: slip, barcodes: barcodes, frame: context.frame(title: "Delivery slip \(slip.reference)", path: path),
                links: context.links(from: path))
            try context.render(page, template: "slip", to: path)
        }
        let listPath = "slips.html"
        let list = SlipListPage(
            slips: slips, frame: context.frame(title: "Delivery slips", path: listPath), links: context.links(from: listPath))
        try context.render(list, template: "slips", to: listPath)
        return SiteStepOutcome(count: slips.count + 1)
    }
}
