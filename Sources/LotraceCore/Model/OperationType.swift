import LotraceDiagnostics

/// An operation type (`stock.picking.type`), displayed "<Warehouse>: <Operation Type>".
public struct OperationType: Sendable, Hashable {
    public var id: OperationTypeID
    public var displayName: String
    public var name: String
    public var warehouse: String?
    public var kind: OperationKind
    /// "Create New Lots/Serial Numbers"; nil when the file does not say.
    public var createsLots: Bool?
    /// "Use Existing Lots/Serial Numbers"; nil when the file does not say.
    public var usesExistingLots: Bool?
    public var position: SourcePosition?
}
