import LotraceCore

extension OnHandReport {
    /// `[{"product", "lot", "location", "quantity"}]`.
    public var json: JSONValue { .array(rows.map(\.json)) }
}
