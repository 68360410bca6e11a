import LotraceCore

/// The view model of the integrity findings (`templates/audit.mustache`): a table of every rule
/// with its severity and count, then each rule's findings (file and line, product, lot linked
/// to its page, location, the explanation).
struct AuditPage: Sendable, Encodable {
    /// The site path of the page.
    static let path = "audit.html"

    var frame: PageFrame
    var summary: String
    var rules: [Rule]

    /// One rule and its findings.
    struct Rule: Sendable, Encodable {
        var id: String
        var severity: String
        var explanation: String
        var count: String
        var hasFindings: Bool
        var findings: TableExcerpt<Finding>
    }

    /// One finding.
    struct Finding: Sendable, Encodable {
        var place: String
        var product: String
        var lot: String
        var href: String?
        var location: String
        var detail: String
    }

    /// The page of `audit` over `dataset`; `lotLink` gives a lot's page link, `moreHref` the list of
    /// a rule's findings when there are more than the page shows.
    init(
        _ audit: IntegrityAudit, dataset: Dataset, frame: PageFrame, lotLink: (LotID) -> String?,
        moreHref: (AuditRuleID) -> String?
    ) {
        self.frame = frame
        let errors = audit.findings.filter { $0.severity == .error }.count
        summary = "\(DisplayFormat.count(audit.findings.count, "finding")): \(DisplayFormat.count(errors, "error")), \(DisplayFormat.count(audit.findings.count - errors, "warning"))"
        rules = audit.counts.map { rule, count in
            Rule(
                id: rule.rawValue, severity: rule.severity.rawValue, explanation: rule.summary,
                count: DisplayFormat.grouped(count), hasFindings: count > 0,
                findings: TableExcerpt(Self.findings(of: rule, audit, dataset: dataset, lotLink: lotLink), moreHref: moreHref(rule)))
        }
    }

    /// The findings of `rule`.
    static func findings(of rule: AuditRuleID, _ audit: IntegrityAudit, dataset: Dataset, lotLink: (LotID) -> String?) -> [Finding] {
        audit.findings(of: rule).map { finding in
            let lot = finding.moveLine.flatMap { dataset.moveLines[$0].lot }
            return Finding(
                place: finding.file.map { file in finding.line.map { "\(file):\($0)" } ?? file } ?? "",
                product: finding.product ?? "", lot: finding.lot ?? "", href: lot.flatMap(lotLink),
                location: finding.location ?? "", detail: finding.detail)
        }
    }

    /// The index-page line of each rule with findings.
    static func highlights(_ audit: IntegrityAudit, path: String) -> [SiteHighlight] {
        audit.counts.filter { $0.count > 0 }.map { rule, count in
            SiteHighlight(
                text: "\(DisplayFormat.count(count, "finding")) \(rule.rawValue): \(rule.summary)", path: path + "#" + rule.rawValue,
                severity: rule.severity == .error ? .error : .warning)
        }
    }
}
