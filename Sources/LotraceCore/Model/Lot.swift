import LotraceDiagnostics

/// A lot or serial number (`stock.lot`), identified by (product, name, company): two products
/// may each have a lot "0001".
public struct Lot: Sendable, Hashable, Encodable {
    public var id: LotID
    public var product: ProductID
    public var name: String
    /// Company, when the exports carry one; "" otherwise.
    public var company: String
    /// Internal Reference (`ref`).
    public var reference: String?
    public var createdOn: LocalDateTime?
    public var expirationDate: LocalDateTime?
    public var bestBeforeDate: LocalDateTime?
    public var removalDate: LocalDateTime?
    public var alertDate: LocalDateTime?
    /// The lots file's On Hand Quantity (`product_qty`, Odoo's quants): a snapshot independent of
    /// the move lines, used by recall mass balances; nil when the file does not carry it.
    public var onHandQuantity: Quantity?
    /// The lots-file row; nil for a lot only seen in move lines.
    public var position: SourcePosition?
}
