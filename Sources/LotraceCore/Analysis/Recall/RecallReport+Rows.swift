extension RecallReport {
    /// One link of the chain that makes a lot affected.
    public struct PathStep: Sendable, Hashable {
        public var product: String
        public var lot: String
        /// The manufacturing order that made this lot from the step before; nil for the first.
        public var order: String?
    }

    /// A recalled lot or a lot made from one, with the chain that makes it affected.
    public struct AffectedLot: Sendable, Hashable {
        public var lot: ReportRow.Lot
        /// 0 for a recalled lot, else the number of manufacturing orders on `path`.
        public var depth: Int
        /// From a recalled lot to this one (just this one for a recalled lot).
        public var path: [PathStep]
    }

    /// A delivery of an affected lot (one per reference, product and lot), net of the customer
    /// returns matched to it.
    public struct DeliveryRow: Sendable, Hashable {
        public var delivery: ReportRow.Delivery
        /// The transfer's Source Document (the sales order); nil when unknown.
        public var order: String?
    }

    /// What one customer received of one affected lot.
    public struct CustomerLot: Sendable, Hashable {
        public var product: String
        public var lot: String
        public var delivered: Quantity
        public var returned: Quantity
        /// Net of returns.
        public var quantity: Quantity
        public var unit: String
    }

    /// A customer to write to: contact details, its deliveries and what it received.
    public struct Customer: Sendable, Hashable {
        /// nil for the deliveries that name no customer.
        public var party: RecallParty?
        /// Delivery references, sorted.
        public var deliveries: [String]
        public var lots: [CustomerLot]
    }

    /// The mass balance of one affected lot.
    public struct BalanceRow: Sendable, Hashable {
        public var lot: ReportRow.Lot
        public var balance: LotMassBalance
        /// `accounted / in` in percent, rounded half up to 2 decimals; nil when nothing came in.
        public var recovery: Quantity?
    }

    /// The recall as a whole.
    public struct Recovery: Sendable, Hashable {
        /// Sum over the affected lots (units of different products added as numbers).
        public var quantityIn: Quantity
        public var accounted: Quantity
        public var unaccounted: Quantity
        /// `accounted / in` in percent (2 decimals); nil when nothing came in.
        public var percent: Quantity?
        /// Lots whose unaccounted quantity is not zero.
        public var flaggedLots: Int
    }
}
