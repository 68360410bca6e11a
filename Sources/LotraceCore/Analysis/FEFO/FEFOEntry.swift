/// One quantity of a product's stock in the FEFO order: a lot (or lot-less stock) in one
/// internal location.
public struct FEFOEntry: Sendable, Hashable {
    public var product: ProductID
    /// nil for stock without a lot (always after the lots).
    public var lot: LotID?
    public var location: LocationID
    public var quantity: Quantity
    /// The lot's removal date; nil for none (after the dated lots).
    public var removalDate: LocalDateTime?
    /// When the lot (or the lot-less stock) first came into an internal location.
    public var incomingDate: LocalDateTime?
    /// Reading order (`MoveLine.sequence`) of its earliest line (Odoo's quant id: first appearance).
    public var firstAppearance: Int
    /// False once its removal date is before the moment of the order (Odoo no longer reserves it).
    public var reservable: Bool

    /// FEFO precedence (docs/data-contract.md section 4.3): lot stock before lot-less stock; then removal date
    /// ascending, lots without one last; then incoming date; then first appearance; then
    /// location id.
    public static func precedes(_ a: FEFOEntry, _ b: FEFOEntry) -> Bool {
        if (a.lot == nil) != (b.lot == nil) { return a.lot != nil }
        if (a.removalDate == nil) != (b.removalDate == nil) { return a.removalDate != nil }
        if let ra = a.removalDate, let rb = b.removalDate, ra != rb { return ra < rb }
        let ia = a.incomingDate?.seconds ?? .max
        let ib = b.incomingDate?.seconds ?? .max
        if ia != ib { return ia < ib }
        if a.firstAppearance != b.firstAppearance { return a.firstAppearance < b.firstAppearance }
        return a.location < b.location
    }
}
