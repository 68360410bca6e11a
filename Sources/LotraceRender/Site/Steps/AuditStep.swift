import LotraceCore

/// `audit.html`: the integrity findings (every rule of `IntegrityAudit`); a rule with more
/// findings than the page shows has them listed whole (`audit/<rule>.html`, paged). Each rule
/// with findings becomes a highlight of the index page.
struct AuditStep: SiteStep {
    static let folder = "audit"

    let title = "Render integrity audit"
    let templates = ["audit", "list-findings"]
    let section: SiteSection? = SiteSection(title: "Audit", path: AuditPage.path)

    func run(in context: SiteContext) throws -> SiteStepOutcome {
        let audit = IntegrityAudit(graph: context.graph, dates: context.dates)
        let path = AuditPage.path
        var pages = 1
        var lists: [AuditRuleID: ListSeries] = [:]
        for (rule, count) in audit.counts where count > TableExcerpt<AuditPage.Finding>.limit {
            let series = ListSeries(folder: Self.folder, base: rule.rawValue, count: count)
            let findings = AuditPage.findings(
                of: rule, audit, dataset: context.dataset, lotLink: context.links(from: series.path(1)).lot)
            try series.render(
                in: context, template: "list-findings", heading: rule.rawValue, hint: rule.summary, up: ("Integrity audit", path),
                noun: "finding"
            ) { offset, _ in findings[offset] }
            pages += series.pageCount
            lists[rule] = series
        }
        let links = context.links(from: path)
        let page = AuditPage(
            audit, dataset: context.dataset, frame: context.frame(title: "Integrity audit", path: path), lotLink: links.lot,
            moreHref: { lists[$0].map { links.to($0.path(1)) } })
        try context.render(page, template: "audit", to: path)
        return SiteStepOutcome(count: pages, highlights: AuditPage.highlights(audit, path: path))
    }
}
