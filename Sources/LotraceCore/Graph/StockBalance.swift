/// Stock of one product (and lot, when tracked) in one internal location: done quantities in
/// minus out. Negative when more left than arrived (the data is then inconsistent).
public struct StockBalance: Sendable, Hashable {
    public var product: ProductID
    /// nil for stock moved without a lot.
    public var lot: LotID?
    public var location: LocationID
    public var quantity: Quantity

    /// A balance.
    public init(product: ProductID, lot: LotID?, location: LocationID, quantity: Quantity) {
        self.product = product
        self.lot = lot
        self.location = location
        self.quantity = quantity
    }
}
