import LotraceDiagnostics

/// A product (`product.product`): from the products file, or learnt from a move line's
/// "[CODE] Name" cell when there is no products file.
public struct Product: Sendable, Hashable, Encodable {
    public var id: ProductID
    /// As Odoo displays it and move lines reference it: "[CODE] Name", or Name without a code.
    public var displayName: String
    public var name: String
    /// Internal Reference (`default_code`); nil when empty.
    public var code: String?
    public var barcode: String?
    /// nil when no products file told.
    public var tracking: Tracking?
    public var usesExpirationDate: Bool?
    /// product_expiry day counts (16+ semantics: expiration after receipt, the rest before expiration).
    public var expirationDays: Int?
    public var bestBeforeDays: Int?
    public var removalDays: Int?
    public var alertDays: Int?
    public var unit: String?
    /// The row that defined it; nil when learnt from move lines.
    public var position: SourcePosition?

    /// How JSON names the product: its Internal Reference, else its display name.
    public var key: String { code ?? displayName }
}
