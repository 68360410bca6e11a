import LotraceDiagnostics

/// A stock location (`stock.location`) named by its full path ("WH/Stock/Shelf 1").
public struct Location: Sendable, Hashable {
    public var id: LocationID
    public var fullName: String
    public var usage: LocationUsage
    public var usageSource: LocationUsageSource
    /// The locations-file row; nil when inferred from a move line.
    public var position: SourcePosition?

    /// The last path segment ("Stock" for "WH/Stock"), as Odoo 17's traceability report shows it.
    public var shortName: String {
        fullName.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? fullName
    }
}
