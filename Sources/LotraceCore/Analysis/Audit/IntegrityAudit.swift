/// The integrity audit of a data folder: every rule of `rules` run over the graph, findings
/// grouped by rule (in `AuditRuleID` order), each rule's findings in chronological order.
public struct IntegrityAudit: Sendable {
    /// Every rule, one per `AuditRuleID`, in that order.
    public static let rules: [any AuditRule] = [
        MissingLotRule(), UntrackedStockRule(), SerialQuantityRule(), SerialDuplicateRule(), SerialDeliveredTwiceRule(),
        PhantomLotRule(), NegativeStockRule(), LotProductMismatchRule(), ExpiredDeliveredRule(), FEFOViolationRule(),
        RiskyOperationTypeRule(),
    ]

    public let findings: [AuditFinding]

    /// Runs every rule over `graph`, with lot dates from `dates`.
    public init(graph: TraceGraph, dates: LotDateBook) {
        let context = AuditContext(graph: graph, dates: dates)
        var findings: [AuditFinding] = []
        for rule in Self.rules {
            var collector = AuditCollector(dataset: graph.dataset)
            rule.check(context, into: &collector)
            findings += collector.findings
        }
        self.findings = findings
    }

    /// True when a finding has severity error (`lotrace audit` then exits 65).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Number of findings per rule, every rule listed (0 included), in rule order.
    public var counts: [(rule: AuditRuleID, count: Int)] {
        AuditRuleID.allCases.map { rule in (rule, findings.lazy.filter { $0.rule == rule }.count) }
    }

    /// The findings of one rule.
    public func findings(of rule: AuditRuleID) -> [AuditFinding] { findings.filter { $0.rule == rule } }
}
