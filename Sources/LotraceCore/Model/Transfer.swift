import LotraceDiagnostics

/// A transfer (`stock.picking`): receipt, delivery, internal move. Manufacturing orders, scraps
/// and inventory adjustments have none.
public struct Transfer: Sendable, Hashable {
    public var id: TransferID
    public var reference: String
    /// Source Document ("S00042", "Return of WH/OUT/00005").
    public var origin: String?
    /// Contact display name as written ("Azure Interior, Brandon Freeman").
    public var contactName: String?
    /// The partners-file row of that contact, when there is one.
    public var contact: PartnerID?
    public var scheduledDate: LocalDateTime?
    /// Date of Transfer (`date_done`).
    public var doneDate: LocalDateTime?
    public var status: MoveStatus?
    /// Operation type display name as written ("San Francisco: Receipts").
    public var operationTypeName: String?
    public var operationType: OperationTypeID?
    /// Back Order of (reference).
    public var backorderOf: String?
    public var position: SourcePosition?
}
