import LotraceCore

/// `audit.html`: the integrity findings (every rule of `IntegrityAudit`); each rule with findings
/// becomes a highlight of the index page.
struct AuditStep: SiteStep {
    let title = "Render integrity audit"
    let templates = ["audit"]
    let section: SiteSection? = SiteSection(title: "Audit", path: AuditPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let audit = IntegrityAudit(graph: context.graph, dates: context.dates)
        let path = AuditPage.path
        let page = AuditPage(audit, dataset: context.dataset, frame: context.frame(title: "Integrity audit", path: path), lotLink: context.links(from: path).lot)
        try context.render(page, template: "audit", to: path)
        return SiteStepOutcome(count: 1, highlights: AuditPage.highlights(audit, path: path))
    }
}
