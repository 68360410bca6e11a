import LotraceCore

/// `lotrace audit`: the integrity findings, as text or JSON.
public struct AuditDocuments: Sendable {
    public let audit: IntegrityAudit

    /// The audit of `graph`, with its lots' dates.
    public init(graph: TraceGraph) {
        audit = IntegrityAudit(graph: graph, dates: LotDateBook(graph: graph))
    }

    /// The findings in `format`.
    public func render(_ format: TextOrJSON) -> RenderedDocument { audit.render(format) }
}

extension IntegrityAudit: TextAndJSONReport {}
