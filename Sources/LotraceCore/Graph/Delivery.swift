/// The done lines of one (reference, product, lot) that went into a customer location, with the
/// customer returns netted against them.
public struct Delivery: Sendable, Hashable {
    /// Index into `Dataset.references`.
    public var reference: Int32
    public var product: ProductID
    public var lot: LotID?
    /// The transfer of the group's latest line that has one (its contact is the customer).
    public var transfer: TransferID?
    /// The latest line date of the group.
    public var date: LocalDateTime
    /// Sum of the group's quantities.
    public var delivered: Quantity
    /// Customer returns netted against this delivery (never more than `delivered`).
    public var returned: Quantity

    /// Delivered net of returns.
    public var quantity: Quantity { delivered - returned }
}
