/// `fefo_violation`: the findings of `FEFOCompliance` (a delivery that shipped a lot while a lot
/// with an earlier removal date, still reservable, sat in the same location).
struct FEFOViolationRule: AuditRule {
    let id = AuditRuleID.fefoViolation

    func check(_ context: AuditContext, into collector: inout AuditCollector) {
        let dataset = context.dataset
        for violation in FEFOCompliance.violations(graph: context.graph, dates: context.dates) {
            let line = context.line(violation.line)
            let shippedRemoval = violation.shippedRemoval.map { "removal \($0)" } ?? "no removal date"
            collector.report(
                id, line: violation.line, location: violation.location,
                detail: "\(context.when(line)) shipped lot \(dataset[violation.shipped].name) (\(shippedRemoval)) while lot \(dataset[violation.earlier].name) (removal \(violation.earlierRemoval)) was in \(dataset[violation.location].fullName) and should have gone first")
        }
    }
}
