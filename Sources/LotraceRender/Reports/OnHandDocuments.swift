import LotraceCore

/// `lotrace onhand`: stock per product, lot and internal location, as text or JSON.
public struct OnHandDocuments: Sendable {
    public let report: OnHandReport

    /// The stock of `graph`.
    public init(graph: TraceGraph) {
        report = OnHandReport(graph: graph)
    }

    /// The stock in `format`.
    public func render(_ format: TextOrJSON) -> RenderedDocument { report.render(format) }
}

extension OnHandReport: TextAndJSONReport {}
