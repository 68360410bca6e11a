/// What to recall, as `lotrace recall` is asked (every part optional, at least one given):
/// named lots, the lots of a lots list (`--lots-file`), the lots of a product received in a date
/// range, the lots of a supplier's lot number, or (`upstream`) the sources of a
/// complained-about lot instead of the lot itself.
public struct RecallSelection: Sendable, Hashable {
    /// Lot or serial names, exactly as exported.
    public var lots: [String]
    /// The lots list read from `--lots-file` (its rows name lots by product and name).
    public var lotList: LotList?
    /// Internal Reference or display name: qualifies `lots` and the rows of `lotList` that name
    /// no product, restricts `supplierLot`, names the product of `received`, and alone selects
    /// every lot of the product.
    public var product: String?
    /// Receipt dates of the product's lots to recall (needs `product`).
    public var received: ReceivedRange?
    /// A supplier's lot number: the lots whose Internal Reference (the vendor's batch number) is
    /// exactly this, or received from a vendor under this name.
    public var supplierLot: String?
    /// Recall what fed the selected lots: each one's source lots (received from a vendor, or
    /// made from nothing), then everything downstream of those.
    public var upstream: Bool

    /// A selection.
    public init(
        lots: [String] = [], lotList: LotList? = nil, product: String? = nil, received: ReceivedRange? = nil,
        supplierLot: String? = nil, upstream: Bool = false
    ) {
        self.lots = lots
        self.lotList = lotList
        self.product = product
        self.received = received
        self.supplierLot = supplierLot
        self.upstream = upstream
    }
}
