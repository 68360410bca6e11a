/// One critical tracking event of an affected lot (FDA FSMA 204, 21 CFR 1.1345/1.1340/1.1350)
/// with the key data elements the exports hold. Transformation events are one per input lot,
/// as FDA's sortable spreadsheet lists them.
public struct TraceabilityEvent: Sendable, Hashable {
    /// The critical tracking event.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case receiving = "Receiving"
        case transformation = "Transformation"
        case shipping = "Shipping"
    }

    /// A quantity of one lot of one product.
    public struct LotQuantity: Sendable, Hashable {
        /// The traceability lot code: the lot or serial name.
        public var lot: String
        /// Product name (without the Internal Reference).
        public var productName: String
        public var quantity: Quantity
        public var unit: String
    }

    public var kind: Kind
    /// Receive date, ship date, or transformation completion date (latest line).
    public var date: LocalDateTime
    /// Receiving and shipping: the lot moved; transformation: the lot produced (its new code).
    public var lot: LotQuantity
    /// Transformation: the input lot and what the order used of it.
    public var input: LotQuantity?
    /// Receiving: the immediate previous source (vendor, or customer for a return); shipping:
    /// the immediate subsequent recipient.
    public var party: RecallParty?
    /// Business name of the traceability lot code source: the company for lots it made, the
    /// vendor for lots it received; nil when unknown.
    public var lotCodeSource: String?
    /// "Receipt", "Delivery Order", "Return", "Manufacturing Order".
    public var documentType: String
    public var document: String
    /// The transfer's Source Document ("Purchase Order", "Sales Order" or "Source Document").
    public var secondDocumentType: String?
    public var secondDocument: String?
}
