import LotraceCore

extension IntegrityAudit {
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
}
