/// One integrity finding: the rule, where in the exports, what it concerns, and why it matters.
public struct AuditFinding: Sendable, Hashable {
    public var rule: AuditRuleID
    /// The export file and physical line of the row at fault; nil when no single row is.
    public var file: String?
    public var line: Int?
    /// `Product.key`; nil when no product is concerned.
    public var product: String?
    /// The lot or serial number; nil for stock without a lot or when no lot is concerned.
    public var lot: String?
    /// The internal location concerned; nil when none is.
    public var location: String?
    /// One line a warehouse manager understands.
    public var detail: String
    /// Index into `Dataset.moveLines` of the line at fault, when there is one.
    public var moveLine: Int?

    /// The rule's severity.
    public var severity: AuditSeverity { rule.severity }
}
