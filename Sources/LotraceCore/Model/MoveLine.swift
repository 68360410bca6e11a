/// One stock move line (`stock.move.line`, Moves History), with its references resolved.
/// Strings that repeat (references, units, companies) are interned in the Dataset.
public struct MoveLine: Sendable, Hashable {
    public var date: LocalDateTime
    /// Index into `Dataset.references`.
    public var reference: Int32
    public var product: ProductID
    public var lot: LotID?
    public var from: LocationID
    public var to: LocationID
    public var quantity: Quantity
    /// Index into `Dataset.units`; -1 when the file has no unit column.
    public var unit: Int32
    public var transfer: TransferID?
    /// Index into `Dataset.files`.
    public var file: Int32
    /// Physical line of the row (header = 1).
    public var line: Int32
    /// Reading order across all move-line files: the tie-breaker of chronological order.
    public var sequence: Int32
}
