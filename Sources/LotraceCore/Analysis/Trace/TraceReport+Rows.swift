extension TraceReport {
    /// One done line of the lot, as Odoo's traceability report lists it.
    public struct HistoryRow: Sendable, Hashable {
        public var reference: String
        public var date: LocalDateTime
        /// `Product.key`.
        public var product: String
        public var lot: String
        /// Full location names.
        public var from: String
        public var to: String
        public var quantity: Quantity
        public var unit: String
        public var kind: LineKind
    }

    /// One row of an upstream or downstream tree: a lot linked to the row above it at
    /// `depth - 1` (the report's lot is depth 0, not listed) by a manufacturing order.
    public struct TreeRow: Sendable, Hashable {
        /// 1 for lots linked directly to the report's lot.
        public var depth: Int
        public var product: String
        public var lot: String
        /// The manufacturing order linking the two lots.
        public var reference: String
        /// Upstream: quantity of this lot consumed by the order; downstream: produced by it.
        public var quantity: Quantity
        public var unit: String
        /// True when this lot is already expanded higher up the tree (its subtree is not repeated).
        public var repeated: Bool
    }

    /// What the lot came from.
    public struct Upstream: Sendable, Hashable {
        /// Every ancestor lot, without the lot itself.
        public var lots: [ReportRow.Lot]
        /// Receipts of the lot and of its ancestors.
        public var receipts: [ReportRow.Receipt]
        public var tree: [TreeRow]
    }

    /// What the lot went into.
    public struct Downstream: Sendable, Hashable {
        /// Every descendant lot, without the lot itself.
        public var lots: [ReportRow.Lot]
        /// Deliveries of the lot and of its descendants.
        public var deliveries: [ReportRow.Delivery]
        public var tree: [TreeRow]
    }
}
