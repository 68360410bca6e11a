import LotraceCore

extension ScanReport {
    /// The scan as JSON (keys in this order, null when absent): `{"elements": [{"ai",
    /// "value"}], "gtin", "lot", "serial", "expiry" (YYYY-MM-DD), "product", "trace" (the
    /// object of `TraceReport.json`), "errors": [text]}`.
    public var json: JSONValue {
        .object([
            ("elements", .array(elements.map { .object([("ai", .string($0.ai)), ("value", .string($0.value))]) })),
            ("gtin", Self.optional(gtin)),
            ("lot", Self.optional(lot)),
            ("serial", Self.optional(serial)),
            ("expiry", Self.optional(expiry?.dateText)),
            ("product", Self.optional(product)),
            ("trace", trace?.json ?? .null),
            ("errors", .array(problems.map { .string($0.description) })),
        ])
    }

    private static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
}
