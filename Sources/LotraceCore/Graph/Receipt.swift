/// The done lines of one (reference, product, lot) that came from a vendor location.
public struct Receipt: Sendable, Hashable {
    /// Index into `Dataset.references`.
    public var reference: Int32
    public var product: ProductID
    public var lot: LotID?
    /// The transfer of the group's latest line that has one.
    public var transfer: TransferID?
    /// The latest line date of the group.
    public var date: LocalDateTime
    /// Sum of the group's quantities.
    public var quantity: Quantity
}
