/// The rows several reports share, as plain stored values (names, not ids): the trace, the
/// recall, the on-hand list and the expiry list show the same lots, stock, receipts and
/// deliveries, and each is written in one way in every format.
public enum ReportRow {
    /// A lot named by product key and lot name, with the product's display name and unit.
    public struct Lot: Sendable, Hashable {
        /// `Product.key`.
        public var product: String
        /// "[CODE] Name".
        public var productName: String
        public var lot: String
        public var unit: String
    }

    /// Stock of a lot (or of a product without lot: lot "") in one internal location.
    public struct Stock: Sendable, Hashable {
        /// `Product.key`.
        public var product: String
        /// "" for stock without a lot.
        public var lot: String
        /// Full location name.
        public var location: String
        /// Negative when more left the location than came in (a data problem, shown as such).
        public var quantity: Quantity
        public var unit: String
    }

    /// Stock of one known lot in one internal location.
    public struct LocationStock: Sendable, Hashable {
        /// Full location name ("WH/Stock").
        public var location: String
        public var quantity: Quantity
    }

    /// A receipt of a lot from a vendor (one per reference, product and lot).
    public struct Receipt: Sendable, Hashable {
        public var reference: String
        /// The transfer's contact display name; nil when unknown.
        public var partner: String?
        public var date: LocalDateTime
        public var product: String
        public var lot: String
        public var quantity: Quantity
        public var unit: String
    }

    /// A delivery of a lot to a customer (one per reference, product and lot), net of returns.
    public struct Delivery: Sendable, Hashable {
        public var reference: String
        /// The transfer's contact display name; nil when unknown.
        public var partner: String?
        public var date: LocalDateTime
        public var product: String
        public var lot: String
        public var delivered: Quantity
        public var returned: Quantity
        /// Delivered net of returns.
        public var quantity: Quantity
        public var unit: String
    }
}
