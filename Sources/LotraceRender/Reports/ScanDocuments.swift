import LotraceCore

/// `lotrace scan`: what a scanned GS1 label says and the trace of the lot it names, as text or
/// JSON.
public struct ScanDocuments: Sendable {
    public let report: ScanReport

    /// The reading of `scanned` against `graph`'s products and lots (`product` chooses among
    /// products sharing a GTIN; `referenceYear` settles the century of YYMMDD dates).
    public init(scanning scanned: String, graph: TraceGraph, product: String?, referenceYear: Int) {
        report = ScanReport(scanning: scanned, graph: graph, product: product, referenceYear: referenceYear)
    }

    /// The reading in `format`.
    public func render(_ format: TextOrJSON) -> RenderedDocument { report.render(format) }
}

extension ScanReport: TextAndJSONReport {}
