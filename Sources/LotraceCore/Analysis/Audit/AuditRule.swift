/// One integrity rule: reads the context, reports findings to the collector, never throws.
///
/// To add a rule: add its id (and severity, summary) to `AuditRuleID`, write one file with a
/// type conforming to `AuditRule`, and list it in `IntegrityAudit.rules`.
public protocol AuditRule: Sendable {
    /// The rule's id (its findings carry it).
    var id: AuditRuleID { get }
    /// Reports every finding of the rule in `context` to `collector`, in chronological order.
    func check(_ context: AuditContext, into collector: inout AuditCollector)
}
