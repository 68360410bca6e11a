import LotraceCore

/// The delivery slip of one outgoing transfer, done or not (docs/data-contract.md section 6.4), as
/// typed values: the HTML view model formats them, XML writers (UBL DespatchAdvice) use them as
/// they are. Built by `DeliverySlipBuilder`.
public struct DeliverySlip: Sendable, Equatable, Encodable {
    /// The transfer's reference ("WH/OUT/00006").
    public var reference: String
    /// The transfers-file row; nil for a delivery known only from its move lines.
    public var transfer: TransferID?
    /// The transfer's status; without a transfer row, done when any of its lines is done.
    public var status: MoveStatus?
    /// Source Document (Odoo's "Order:").
    public var order: String?
    /// Operation type display name as written ("Hartwell: Delivery Orders").
    public var operationType: String?
    public var scheduledDate: LocalDateTime?
    /// Date of Transfer (`date_done`).
    public var doneDate: LocalDateTime?
    /// The company that ships (`lotrace.json`).
    public var company: LotraceConfig.Company
    /// Who receives the goods; nil when the transfer names no contact.
    public var customer: Customer?
    /// One per move line, in move-line reading order: the done lines of a done transfer, the
    /// reserved or planned lines of one that is not.
    public var lines: [Line]
    /// "Remaining quantities not yet delivered": the demand of the open backorders.
    public var remaining: [RemainingLine]
    /// The references of the open (neither done nor cancelled) backorders.
    public var backorders: [String]
    /// The transfer this one is a backorder of, when it is one.
    public var backorderOf: String?

    /// Odoo's Shipping Date: Date of Transfer, else Scheduled Date.
    public var shippingDate: LocalDateTime? { doneDate ?? scheduledDate }

    /// True when the transfer is done (its lines moved stock).
    public var isDone: Bool { status?.isDone == true }

    /// True when the transfer was cancelled.
    public var isCancelled: Bool { Self.isCancelled(status) }

    /// True for Odoo's Cancelled status (key, or label in any language).
    public static func isCancelled(_ status: MoveStatus?) -> Bool { status?.isCancelled == true }

    /// The customer: the partners-file row when the transfer's contact is in it, and the
    /// contact's display name as the transfer wrote it.
    public struct Customer: Sendable, Hashable, Encodable {
        /// "Azure Interior, Brandon Freeman".
        public var name: String
        public var partner: Partner?
    }

    /// One move line of the slip.
    public struct Line: Sendable, Hashable, Encodable {
        /// Index into `Dataset.moveLines` (done) or `Dataset.pendingMoveLines` (not done).
        public var moveLine: Int
        public var product: ProductID
        /// "[FL-001] Wheat Flour T55".
        public var productName: String
        /// Internal Reference.
        public var internalReference: String?
        public var barcode: String?
        public var lot: LotID?
        public var lotName: String?
        /// True when the product is tracked by unique serial number.
        public var isSerial: Bool
        /// From the lots file, when it has one.
        public var expirationDate: LocalDateTime?
        public var quantity: Quantity
        /// "" when the export has no unit column.
        public var unit: String
        /// Full name of the source location ("WH/Stock").
        public var from: String
    }

    /// A product still to deliver on an open backorder.
    public struct RemainingLine: Sendable, Hashable, Encodable {
        public var product: ProductID
        public var productName: String
        public var internalReference: String?
        /// Sum of the backorders' lines of this product and unit.
        public var quantity: Quantity
        public var unit: String
    }
}
