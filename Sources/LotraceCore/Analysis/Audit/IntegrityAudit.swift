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

    /// `[{"rule", "file", "line", "product", "lot", "location", "detail", "severity"}]`, absent
    /// values null.
    public var json: JSONValue {
        .array(
            findings.map { finding in
                .object([
                    ("rule", .string(finding.rule.rawValue)),
                    ("file", .optional(finding.file)),
                    ("line", finding.line.map(JSONValue.integer) ?? .null),
                    ("product", .optional(finding.product)),
                    ("lot", .optional(finding.lot)),
                    ("location", .optional(finding.location)),
                    ("detail", .string(finding.detail)),
                    ("severity", .string(finding.rule.severity.rawValue)),
                ])
            })
    }

    /// One line per finding, compiler style (`file:line: severity: rule: product lot location:
    /// detail`), then the number of findings per rule.
    public var text: String {
        var out = ""
        for finding in findings {
            let place = finding.file.map { file in finding.line.map { "\(file):\($0)" } ?? file } ?? "-"
            let subject = [finding.product, finding.lot, finding.location].compactMap { $0 }.joined(separator: " ")
            out += "\(place): \(finding.severity.rawValue): \(finding.rule.rawValue): \(subject.isEmpty ? "" : subject + ": ")\(finding.detail)\n"
        }
        let errors = findings.filter { $0.severity == .error }.count
        out += "\n\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s"), \(findings.count - errors) warning\(findings.count - errors == 1 ? "" : "s"))\n"
        var table = TextTable(["Rule", "Severity", "Findings"], rightAligned: [2])
        for (rule, count) in counts { table.append([rule.rawValue, rule.severity.rawValue, String(count)]) }
        return out + table.render()
    }
}
